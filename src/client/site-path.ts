/**
 * Where the site lives, for browser code: Vite inlines `import.meta.env.BASE_URL` (Astro's `base`,
 * "/" or e.g. "/lexicon/") into the bundles as a plain string, so no script reads it at run time
 * and the CSP is unaffected. Every URL a script fetches, imports or links to goes through `sitePath`.
 */
import { withBase } from '../term-links/base-path';

export const BASE: string = import.meta.env.BASE_URL;

/** A site path (`/previews/x.json`) under the base (`/lexicon/previews/x.json`). */
export const sitePath = (path: string) => withBase(BASE, path);
