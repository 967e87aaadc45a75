/**
 * The site's base path (Astro's `base`, "/" or e.g. "/lexicon/") applied to site paths. Pure, so
 * build code, the markdown plugin and browser code share it; each layer knows its base its own way
 * (build code and browser bundles from `import.meta.env.BASE_URL`, the plugin from its options).
 */

/** `/glossary/x/` under base `/lexicon/` → `/lexicon/glossary/x/`; with base `/` it is unchanged.
 *  Only root-relative paths are prefixed (not absolute URLs, fragments or relative paths). */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return base.replace(/\/+$/, '') + path;
}

/** The site path of a URL path under the base (`/lexicon/glossary/x/` → `/glossary/x/`); a path
 *  outside the base is returned as it is, so root-relative author links stay recognisable. */
export function withoutBase(base: string, path: string): string {
  const prefix = base.replace(/\/+$/, '');
  return prefix && (path === prefix || path.startsWith(`${prefix}/`)) ? path.slice(prefix.length) || '/' : path;
}
