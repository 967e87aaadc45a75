/**
 * "Mentioned in": the pages whose text links to a term. A hub term can be mentioned by most of the
 * glossary ("User" by 100 of 132 terms; a thousand pages at 5,000 terms), which would make its page
 * the heaviest on the site, so a term page shows a chosen few and links to the full list.
 */
import type { Related } from './glossary';
import { guidePath, servicePath, termPath } from './site';

/** The most mentions a term page lists before linking to the full list. */
export const MENTIONS_SHOWN = 24;

export interface MentionLink {
  href: string;
  title: string;
  kind: 'Guide' | 'Service' | 'Term';
}

/** Every mention: guides, then services, then terms, each A–Z as the glossary sorts them. */
export function mentionLinks(mentions: Related): MentionLink[] {
  return [
    ...mentions.guides.map((g) => ({ href: guidePath(g.slug), title: g.data.title, kind: 'Guide' as const })),
    ...mentions.services.map((s) => ({ href: servicePath(s.slug), title: s.data.title, kind: 'Service' as const })),
    ...mentions.terms.map((t) => ({ href: termPath(t.slug), title: t.data.title, kind: 'Term' as const })),
  ];
}

/**
 * The mentions a term page lists: guides and services first (learning paths and services are few
 * and rarely found otherwise), then terms this term is close to (it links to them or lists them as
 * related), then the rest, keeping A–Z order within each group.
 */
export function featuredMentions(links: readonly MentionLink[], close: ReadonlySet<string>, limit = MENTIONS_SHOWN): MentionLink[] {
  const rank = (m: MentionLink) => (m.kind !== 'Term' ? 0 : close.has(m.href) ? 1 : 2);
  return links
    .map((m, i) => ({ m, i }))
    .sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
    .slice(0, limit)
    .map(({ m }) => m);
}

/** Where a term's full "Mentioned in" list lives, when it has more than a page shows. */
export const mentionsPath = (slug: string) => `${termPath(slug)}mentions/`;
