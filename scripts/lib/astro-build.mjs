// `astro build` in the current folder with the build-phases integration added, for the bench:
// `node scripts/lib/astro-build.mjs <record.json>`. Astro merges the integration after the site's
// own (arrays in an inline config are appended), so the site's config is used unchanged.
import { readFileSync } from 'node:fs';
import { build } from 'astro';
import { buildPhases } from './build-phases.mjs';
import { children } from './process-tree.mjs';

const file = process.argv[2];
if (!file) {
  console.error('Usage: node scripts/lib/astro-build.mjs <record.json>');
  process.exit(2);
}

/** This process's children whose command name starts with `name` (Linux: /proc; elsewhere none). */
const childrenNamed = (name) =>
  children(process.pid).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith(name);
    } catch {
      return false; // it ended between listing and reading
    }
  });

try {
  await build({ root: process.cwd(), integrations: [buildPhases(file)] });
  // Pagefind's indexer is told to close at the end of the build and exits a moment later. Until
  // this process has reaped it, its CPU time is not in the build's: `/usr/bin/time` counts only the
  // processes waited for, and a build that ends at once (images off, or every card cached) would
  // leave out the whole search index's CPU time, which a build that waits for cards includes.
  const deadline = Date.now() + 5000;
  while (childrenNamed('pagefind').length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
} catch (error) {
  console.error(error);
  process.exit(1);
}
