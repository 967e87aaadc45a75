#!/usr/bin/env node
// A copy of the site whose content/ is a generated corpus: what the benchmark builds at each size,
// and what the large-glossary browser tests run against (a glossary too long for one index page).
// Usage: npm run corpus-site -- --terms 1000 --port 4330
//   builds the copy in $TMPDIR/lexicon-corpus-1000 and serves it with `astro preview` until killed.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Copies the site's code into `dir` (replacing it; a new temporary folder if omitted) with `count` generated terms. */
export function siteWithCorpus(count, dir) {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir ??= mkdtempSync(join(tmpdir(), `lexicon-bench-${count}-`));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // The Session page embeds the demo; a generated corpus has no such term, so that is all it loses.
  generateCorpus({ terms: count, out: join(dir, 'content') });
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { terms: { type: 'string', default: '1000' }, port: { type: 'string', default: '4330' } } });
  const dir = siteWithCorpus(Number(values.terms), join(tmpdir(), `lexicon-corpus-${values.terms}`));
  const build = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const server = spawn(process.execPath, [ASTRO, 'preview', '--host', '127.0.0.1', '--port', values.port], { cwd: dir, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}
