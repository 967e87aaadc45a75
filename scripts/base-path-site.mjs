#!/usr/bin/env node
// A copy of the site built under a base path, as GitHub Pages serves a project site
// (https://owner.github.io/<repo>/): what the base-path browser tests crawl and search.
// Usage: npm run base-path-site -- --base /lexicon/ --port 4331
//   copies the site into $TMPDIR/lexicon-base-path, builds it with BASE_PATH and SITE_URL, and
//   serves it with `astro preview` (which honours `base`) until killed.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = new URL('..', import.meta.url).pathname;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

const { values } = parseArgs({ options: { base: { type: 'string', default: '/lexicon/' }, port: { type: 'string', default: '4331' } } });
// Its own folder, so its build caches and output never mix with the root-base build in dist/.
const dir = join(tmpdir(), 'lexicon-base-path');
rmSync(dir, { recursive: true, force: true });
for (const item of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));

const env = { ...process.env, BASE_PATH: values.base, SITE_URL: 'https://lexicon.example.github.io' };
const build = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn(process.execPath, [ASTRO, 'preview', '--host', '127.0.0.1', '--port', values.port], { cwd: dir, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
