/**
 * "Mentioned in": the backlinks of a term, i.e. the pages whose text links to it. A hub term can be
 * linked from most of the glossary, which would make its page the heaviest on the site, so a term
 * page shows a chosen few and links to the full list on its own page (see BENCHMARKS.md).
 */
import type { Glossary, Related } from './glossary';
import type { TermEntry } from './records';
import { guidePath, servicePath, termPath } from './site';

/** The most backlinks a term page lists before linking to the full list. */
export const BACKLINKS_SHOWN = 24;

/** One page that links to a term, as the "Mentioned in" lists show it. */
export interface BacklinkCard {
  href: string;
  title: string;
  kind: 'Guide' | 'Service' | 'Term';
}

/** Every backlink: guides, then services, then terms, each A–Z as the glossary sorts them. */
export function backlinkCards(backlinks: Related): BacklinkCard[] {
  return [
    ...backlinks.guides.map((g) => ({ href: guidePath(g.slug), title: g.data.title, kind: 'Guide' as const })),
    ...backlinks.services.map((s) => ({ href: servicePath(s.slug), title: s.data.title, kind: 'Service' as const })),
    ...backlinks.terms.map((t) => ({ href: termPath(t.slug), title: t.data.title, kind: 'Term' as const })),
  ];
}

/**
 * The backlinks a term page lists: guides and services first (learning paths and services are few
 * and rarely found otherwise), then terms this term is close to (it links to them or lists them as
 * related), then the rest, keeping A–Z order within each group.
 */
export function featuredBacklinks(cards: readonly BacklinkCard[], close: ReadonlySet<string>, limit = BACKLINKS_SHOWN): BacklinkCard[] {
  const rank = (card: BacklinkCard) => (card.kind !== 'Term' ? 0 : close.has(card.href) ? 1 : 2);
  return cards
    .map((card, i) => ({ card, i }))
    .sort((a, b) => rank(a.card) - rank(b.card) || a.i - b.i)
    .slice(0, limit)
    .map(({ card }) => card);
}

/** Where a term's full "Mentioned in" list lives, when it has more than a term page shows. */
export const mentionedInPath = (slug: string) => `${termPath(slug)}mentions/`;

/** What a term page's "Mentioned in" section shows. */
export interface MentionedInSection {
  shown: BacklinkCard[];
  /** The full list's page, when the section shows only some. */
  fullList: { href: string; text: string } | undefined;
}

export function mentionedInSection(glossary: Glossary, term: TermEntry): MentionedInSection {
  const cards = backlinkCards(glossary.mentionedIn(term.slug));
  const close = new Set(
    [...glossary.linksFrom({ kind: 'term', slug: term.slug }), ...glossary.related(term).terms].map((t) => termPath(t.slug)),
  );
  const shown = featuredBacklinks(cards, close);
  const fullList =
    shown.length < cards.length
      ? { href: mentionedInPath(term.slug), text: `All ${cards.length} pages that mention ${term.data.title}` }
      : undefined;
  return { shown, fullList };
}
