#!/usr/bin/env node
// `npm test`: unit tests, type check, the layer check, content lint, a production build, then browser tests
// against that build.
// Makes sure a Chromium exists first, getting one the way the ecosystem does when it is missing.
import { spawnSync } from 'node:child_process';
import { findChromium } from './lib/browser.mjs';

function run(label, command, args, options = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status === 0;
}

function must(label, command, args) {
  if (!run(label, command, args)) {
    console.error(`\n✖ ${label} failed.`);
    process.exit(1);
  }
}

async function ensureChromium() {
  let path = await findChromium();
  if (path) return path;
  console.log('No Chromium found. Trying Playwright’s installer…');
  run('playwright install', 'npx', ['playwright', 'install', 'chromium']);
  path = await findChromium();
  if (path) return path;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && spawnSync('which', ['apt-get']).status === 0) {
    console.log('Playwright could not download a browser; installing the distribution’s chromium package…');
    run('apt-get update', 'apt-get', ['update', '-qq']);
    run('apt-get install chromium', 'apt-get', ['install', '-y', '-qq', 'chromium']);
    path = await findChromium();
  }
  if (path) return path;
  console.error(
    '\n✖ No Chromium for the browser tests. Install one, then run `npm test` again:\n' +
      '    Debian/Ubuntu:  sudo apt-get install -y chromium\n' +
      '    elsewhere:      npx playwright install chromium\n' +
      '  or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
  process.exit(1);
}

const chromium = await ensureChromium();
console.log(`Using Chromium at ${chromium}`);
must('unit tests', 'npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts']);
must('type check', 'npx', ['astro', 'check']);
must('layers', 'npx', ['depcruise', '--config', 'scripts/dependency-rules.cjs', 'src', 'scripts', 'tests', 'astro.config.mjs']);
must('content lint', 'npx', ['tsx', 'scripts/lint-content.mjs']);
must('build', 'npx', ['astro', 'build']);
must('browser tests', 'npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts']);
