#!/usr/bin/env node
// A copy of the site whose content/ is a generated corpus: what the benchmark builds at each size,
// and what the large-glossary browser tests run against (a glossary too long for one index page).
// Usage: npm run corpus-site -- --terms 1000 --port 4330
//   builds the copy in $TMPDIR/lexicon-corpus-1000 and serves it with `astro preview` until killed.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.mjs';
import { logEvent } from './lib/phases.mjs';
import { createProgress } from './lib/progress.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
export const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * Copies a site's code into `dir` (replacing it; a new temporary folder if omitted) with `count`
 * generated terms. `from` is the checkout to copy (this one by default; the bench passes an older
 * revision's); `content` an already generated corpus to copy instead of generating one.
 * @param {number} count
 * @param {string} [dir]
 * @param {{ from?: string, content?: string, onProgress?: (done: number, total: number) => void }} [options]
 */
export function siteWithCorpus(count, dir, { from = ROOT, content, onProgress } = {}) {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir ??= mkdtempSync(join(tmpdir(), `lexicon-bench-${count}-`));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(from, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // The Session page embeds the demo; a generated corpus has no such term, so that is all it loses.
  if (content) cpSync(content, join(dir, 'content'), { recursive: true });
  else generateCorpus({ terms: count, out: join(dir, 'content'), onProgress });
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { terms: { type: 'string', default: '1000' }, port: { type: 'string', default: '4330' } } });
  const progress = createProgress();
  const label = `corpus site, ${values.terms} terms`;
  const dir = siteWithCorpus(Number(values.terms), join(tmpdir(), `lexicon-corpus-${values.terms}`), {
    onProgress: (count, total) => progress.update({ label, detail: 'writing terms', count, total }),
  });
  // The build's log is read for progress only; its warnings and errors (stderr) go straight through.
  const build = spawn(process.execPath, [ASTRO, 'build'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  const stopBuild = (signal) => build.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stopBuild);
  let detail = 'building';
  let routes = 0;
  createInterface({ input: build.stdout }).on('line', (line) => {
    const event = logEvent(line);
    if (event?.kind === 'bundle:start') detail = 'bundling';
    if (event?.kind === 'render:start') detail = 'rendering routes';
    if (event?.kind === 'search:start') detail = 'indexing for search';
    if (event?.kind === 'route') routes++;
    progress.update({ label, detail, ...(detail === 'rendering routes' ? { count: routes } : {}) });
  });
  build.on('close', (status) => {
    if (status !== 0) process.exit(status ?? 1);
    for (const signal of ['SIGINT', 'SIGTERM']) process.off(signal, stopBuild);
    progress.log(`${label}: built in ${dir}, serving on port ${values.port}`);
    const server = spawn(process.execPath, [ASTRO, 'preview', '--host', '127.0.0.1', '--port', values.port], { cwd: dir, stdio: 'inherit' });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
    server.on('exit', (code) => process.exit(code ?? 0));
  });
}
