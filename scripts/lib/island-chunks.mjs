/**
 * The JavaScript a page's React island can load, read from the built files: the island's component
 * and renderer (React) and every chunk they import, statically (loaded on scroll-in) or through
 * import() (loaded when the reader opts in). Shared by the island size script, the benchmark and the
 * size budget test, so all three count the same bytes.
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

/**
 * Every chunk of the island on `pagePath` (a built page under `dist`), each with its code and when it
 * loads: 'scroll-in' if a static import reaches it from the component or renderer, else 'opt-in'.
 * @returns {Map<string, { code: string, loads: 'scroll-in' | 'opt-in' }>}
 */
export function islandChunks(dist, pagePath) {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const island = /<astro-island[^>]*component-url="([^"]+)"[^>]*renderer-url="([^"]+)"/.exec(html);
  if (!island) throw new Error(`${pagePath} has no <astro-island>`);
  const chunks = new Map();
  // Breadth first over static imports, then the dynamic ones: a chunk reachable both ways is
  // counted once, as scroll-in.
  let queue = [island[1], island[2]].map((src) => new URL(src, 'http://site/').pathname);
  for (const loads of ['scroll-in', 'opt-in']) {
    const later = [];
    while (queue.length) {
      const path = queue.shift();
      if (chunks.has(path)) continue;
      const code = readFileSync(join(dist, path), 'utf8');
      chunks.set(path, { code, loads });
      const at = (spec) => new URL(spec, `http://site${path}`).pathname;
      for (const m of code.matchAll(STATIC_IMPORT)) queue.push(at(m[1]));
      for (const m of code.matchAll(DYNAMIC_IMPORT)) later.push(at(m[1] ?? m[2] ?? m[3]));
    }
    queue = later;
  }
  return chunks;
}

/** Chunks whose code is React's (react, react-dom, the scheduler, the JSX runtime, the renderer). */
export function isReactChunk(path, code) {
  return /\/(client|react|jsx-runtime|react-dom)[.-]/.test(path) || /react\.dev\/errors|__REACT_DEVTOOLS/.test(code);
}
