/**
 * Hands each page Astro renders to the search indexer as soon as it is rendered, so Pagefind
 * reads pages on the other core while Astro renders the rest, instead of reading every file once
 * the build is done. The integration opens the feed for a build; the middleware that sees each
 * page's HTML writes to it. Kept on `globalThis` because the integration and the rendered pages
 * are separate module graphs of one process.
 */

/** Receives a rendered page: its path inside the site (before the base path) and its HTML. */
export type PageSink = (sitePath: string, html: string) => void;

const KEY = Symbol.for('lexicon:search-feed');
const shared = globalThis as unknown as Record<symbol, PageSink | undefined>;

/** Starts sending rendered pages to `sink` (one feed per process: a second open replaces it). */
export function openSearchFeed(sink: PageSink): void {
  shared[KEY] = sink;
}

export function closeSearchFeed(): void {
  shared[KEY] = undefined;
}

/** The open feed, if a build opened one (never in `astro dev`). */
export function searchFeed(): PageSink | undefined {
  return shared[KEY];
}

/** A page's path inside the site: the request path without the base path, always starting with `/`. */
export function pathInSite(pathname: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  const inside = prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`)) ? pathname.slice(prefix.length) : pathname;
  return inside.startsWith('/') ? inside : `/${inside}`;
}
