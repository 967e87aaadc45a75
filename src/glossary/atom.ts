/**
 * The feed model as an Atom 1.0 document (RFC 4287). Written with the `feed` package rather than
 * by hand: a maintained writer gets the escaping, CDATA, date formats and required elements right,
 * and keeps them right, where hand-written XML tends to break on the first title with an `&`.
 */
import { Feed } from 'feed';
import type { FeedPage } from './pages/feed';

/** `feed` marks titles and summaries as type="html", so plain text is escaped as HTML first. */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function atomXml(page: FeedPage): string {
  const feed = new Feed({
    id: page.id,
    title: page.title,
    description: page.subtitle,
    link: page.siteUrl,
    feed: page.feedUrl,
    updated: page.updated,
    author: { name: page.author.name, link: page.author.url },
    // No generator element: it would name the library's site in every reader's feed details.
    generator: false,
  });
  for (const entry of page.entries) {
    feed.addItem({
      id: entry.id,
      title: html(entry.title),
      link: entry.url,
      date: entry.updated,
      description: html(entry.summary),
      category: entry.categories.map((c) => ({ term: c.term, name: c.label, ...(c.scheme ? { scheme: c.scheme } : {}) })),
    });
  }
  return feed.atom1();
}

/** The feed as a static file, typed so hosts that read the type serve it as Atom. */
export const atomResponse = (page: FeedPage) =>
  new Response(atomXml(page), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
