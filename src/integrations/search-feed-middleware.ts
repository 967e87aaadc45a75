/**
 * Build-time middleware: passes every rendered HTML page to the search feed (see search-feed.ts).
 * The page itself is returned unchanged.
 */
import { defineMiddleware } from 'astro:middleware';
import { pathInSite, searchFeed } from './search-feed';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = searchFeed();
  if (!feed || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  feed(pathInSite(context.url.pathname, import.meta.env.BASE_URL), html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
