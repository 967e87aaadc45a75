// `astro build` in the current folder with the build-phases integration added, for the bench:
// `node scripts/lib/astro-build.mjs <record.json>`. Astro merges the integration after the site's
// own (arrays in an inline config are appended), so the site's config is used unchanged.
import { build } from 'astro';
import { buildPhases } from './build-phases.mjs';

const file = process.argv[2];
if (!file) {
  console.error('Usage: node scripts/lib/astro-build.mjs <record.json>');
  process.exit(2);
}
try {
  await build({ root: process.cwd(), integrations: [buildPhases(file)] });
} catch (error) {
  console.error(error);
  process.exit(1);
}
