/**
 * Vite wraps every dynamic import() in a helper that first preloads the imported chunk's
 * dependencies (its CSS and, with modulePreload, its JS). This site turns both off (one CSS file for
 * all pages, modulePreload: false), so the helper is always handed an empty list and only calls the
 * import, yet it ships with the first script that has a dynamic import: several hundred bytes of
 * eager JavaScript on every page. This plugin swaps it for a helper that just calls the import.
 *
 * Vite's helper module and export: vite/src/node/plugins/importAnalysisBuild.ts (preloadHelperId,
 * preloadMethod), https://github.com/vitejs/vite/blob/main/packages/vite/src/node/plugins/importAnalysisBuild.ts
 */
import type { Plugin } from 'vite';

const HELPER_ID = '\0vite/preload-helper.js';

export function noPreloadHelper(): Plugin {
  return {
    name: 'lexicon:no-preload-helper',
    enforce: 'pre',
    apply: 'build',
    resolveId: (id) => (id === HELPER_ID ? id : undefined),
    load: (id) => (id === HELPER_ID ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}
