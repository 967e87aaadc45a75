/**
 * The JavaScript the session demo causes a reader to download, read from the built files: the
 * island's component and renderer (React) and every chunk they import, statically (loaded on
 * scroll-in) or through import() (loaded when the reader opts in), minus the chunks every page has
 * already loaded before any interaction (the static import closure of the BaseLayout page script):
 * the demo does not cause those. Shared by the island size script, the benchmark and the size budget
 * test, so all three count the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip at level 9: the size the budgets are stated in. */
export const gzip9 = (text) => gzipSync(text, { level: 9 }).length;

// import … from "x.js", import "x.js", and the re-exports of a facade chunk: export { … } from "x.js".
const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"`()]*?from\s*)?["']([^"']+\.js)["']/g;
// import("./x.js") or import(`./x.js`): rolldown writes both; a template with ${} is never a chunk.
const DYNAMIC_IMPORT = /\bimport\(\s*(?:"([^"]+\.js)"|'([^']+\.js)'|`([^`$]+\.js)`)\s*\)/g;

const sitePath = (src, from = '/') => new URL(src, `http://site${from}`).pathname;

/** `entries` (site paths of built scripts) and every chunk they reach through static imports, each with its code. */
export function staticClosure(dist, entries) {
  const seen = new Map();
  const queue = [...entries];
  while (queue.length) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    const code = readFileSync(join(dist, path), 'utf8');
    seen.set(path, code);
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(sitePath(m[1], path));
  }
  return seen;
}

/**
 * The chunks every page loads before any interaction: the BaseLayout page script on `pagePath` and
 * its static imports.
 */
export function everyPageChunks(dist, pagePath) {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const layout = /<script type="module" src="([^"]*\/BaseLayout\.astro_astro_type_script[^"]*\.js)"/.exec(html);
  if (!layout) throw new Error(`${pagePath} has no BaseLayout page script`);
  return new Set(staticClosure(dist, [sitePath(layout[1])]).keys());
}

/**
 * Every chunk the island on `pagePath` (a built page under `dist`) can load, each with its code, when
 * it loads ('scroll-in' if a static import reaches it from the component or renderer, else 'opt-in')
 * and whether it counts: false for a chunk every page has already loaded (see everyPageChunks).
 * @returns {Map<string, { code: string, loads: 'scroll-in' | 'opt-in', counted: boolean }>}
 */
export function islandChunks(dist, pagePath) {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const island = /<astro-island[^>]*component-url="([^"]+)"[^>]*renderer-url="([^"]+)"/.exec(html);
  if (!island) throw new Error(`${pagePath} has no <astro-island>`);
  const everyPage = everyPageChunks(dist, pagePath);
  const chunks = new Map();
  // Breadth first over static imports, then the dynamic ones: a chunk reachable both ways is
  // counted once, as scroll-in.
  let queue = [island[1], island[2]].map((src) => sitePath(src));
  for (const loads of ['scroll-in', 'opt-in']) {
    const later = [];
    while (queue.length) {
      const path = queue.shift();
      if (chunks.has(path)) continue;
      const code = readFileSync(join(dist, path), 'utf8');
      chunks.set(path, { code, loads, counted: !everyPage.has(path) });
      for (const m of code.matchAll(STATIC_IMPORT)) queue.push(sitePath(m[1], path));
      for (const m of code.matchAll(DYNAMIC_IMPORT)) later.push(sitePath(m[1] ?? m[2] ?? m[3], path));
    }
    queue = later;
  }
  return chunks;
}

/** Gzip -9 bytes of the chunks the demo causes a reader to download (the budgeted total). */
export function islandCost(dist, pagePath) {
  return [...islandChunks(dist, pagePath).values()].reduce((sum, chunk) => sum + (chunk.counted ? gzip9(chunk.code) : 0), 0);
}

/** Chunks whose code is React's (react, react-dom, the scheduler, the JSX runtime, the renderer). */
export function isReactChunk(path, code) {
  return /\/(client|react|jsx-runtime|react-dom)[.-]/.test(path) || /react\.dev\/errors|__REACT_DEVTOOLS/.test(code);
}
