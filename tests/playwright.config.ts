import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/browser.mjs';

const PORT = Number(process.env.PREVIEW_PORT ?? 4329);
// A generated glossary too long for one index page, built from the same code (scripts/corpus-site.mjs).
const CORPUS_PORT = PORT + 1;
const CORPUS_TERMS = 1000;
// The site built under a base path, as GitHub Pages serves a project site (scripts/base-path-site.mjs).
const BASE_PATH_PORT = PORT + 2;
const executablePath = await findChromium();

// The tests run against the built site, as a reader gets it: `npm test` builds first, and
// `npm run test:e2e` uses the last build.
if (!existsSync(new URL('../dist/index.html', import.meta.url))) {
  console.error('✖ No built site in dist/. Run `npm run build` first (or `npm test`, which builds), then `npm run test:e2e`.');
  process.exit(1);
}

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', testIgnore: /large-glossary|base-path|author-loop/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    // Starts its own `astro dev` (on PREVIEW_PORT+3) on a temporary copy of the site.
    { name: 'author-loop', testMatch: /author-loop/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    {
      name: 'large-glossary',
      testMatch: /large-glossary/,
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${CORPUS_PORT}` },
    },
    {
      name: 'base-path',
      testMatch: /base-path/,
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${BASE_PATH_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
      cwd: '..',
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node scripts/corpus-site.mjs --terms ${CORPUS_TERMS} --port ${CORPUS_PORT}`,
      cwd: '..',
      url: `http://127.0.0.1:${CORPUS_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      command: `node scripts/base-path-site.mjs --base /lexicon/ --port ${BASE_PATH_PORT}`,
      cwd: '..',
      url: `http://127.0.0.1:${BASE_PATH_PORT}/lexicon/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
