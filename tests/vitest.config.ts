import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The project is the root, so paths read the same as in the rest of the tooling; only unit
    // tests are collected (the browser tests in tests/e2e are Playwright's).
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
