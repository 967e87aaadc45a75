/**
 * Vite wraps every dynamic import() in a helper that first preloads the imported chunk's
 * dependencies (its CSS and, with modulePreload, its JS). This site turns both off (one CSS file for
 * all pages, modulePreload: false), so the helper is always handed an empty list and only calls the
 * import, yet it ships with the first script that has a dynamic import: several hundred bytes of
 * eager JavaScript on every page. This plugin swaps it for a helper that just calls the import.
 *
 * Astro's client build still asks Vite for the dependency lists, so a chunk with a dynamic import
 * also starts with a `__vite__mapDeps` table of file names that the swapped helper never reads; the
 * plugin removes the table and passes an empty list instead.
 *
 * Vite's helper module and export: vite/src/node/plugins/importAnalysisBuild.ts (preloadHelperId,
 * preloadMethod, __vite__mapDeps), https://github.com/vitejs/vite/blob/main/packages/vite/src/node/plugins/importAnalysisBuild.ts
 */
import type { Plugin } from 'vite';

const HELPER_ID = '\0vite/preload-helper.js';
const MAP_DEPS_TABLE = /^const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);\n/;
const MAP_DEPS_CALL = /__vite__mapDeps\(\[[\d,]*\]\)/g;

/** A chunk's code without the dependency table: every lookup in it becomes an empty list. */
export function withoutMapDeps(code: string): string {
  if (!MAP_DEPS_TABLE.test(code)) return code;
  // The table's line stays as an empty one, so source maps still line up.
  return code.replace(MAP_DEPS_TABLE, '\n').replace(MAP_DEPS_CALL, '[]');
}

export function noPreloadHelper(): Plugin {
  return {
    name: 'lexicon:no-preload-helper',
    enforce: 'pre',
    apply: 'build',
    resolveId: (id) => (id === HELPER_ID ? id : undefined),
    load: (id) => (id === HELPER_ID ? 'export const __vitePreload = (load) => load();' : undefined),
    // After Vite's own generateBundle, which writes the table.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = withoutMapDeps(chunk.code);
      },
    },
  };
}
