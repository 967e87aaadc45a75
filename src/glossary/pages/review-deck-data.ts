/**
 * /learn/deck.json: what the review deck page needs to draw cards and choose decks, and nothing
 * more (the page fetches it; no other page does). Terms carry the card's two sides; paths and
 * categories list the term slugs that make up each deck, in order.
 */
import { stripWikiLinks } from '../../term-links/render';
import type { Glossary } from '../glossary';
import { sitePath } from '../site';

export const REVIEW_DECK_DATA_PATH = sitePath('/learn/deck.json');
export const REVIEW_DECK_DATA_VERSION = 1;

export interface ReviewDeckTerm {
  slug: string;
  title: string;
  plainEnglish: string;
  /** One sentence, plain text. */
  summary: string;
}

export interface ReviewDeckGroup {
  /** "path:<guide slug>" or "category:<category slug>", the deck's id in /learn/?deck=. */
  id: string;
  title: string;
  terms: string[];
}

export interface ReviewDeckData {
  version: typeof REVIEW_DECK_DATA_VERSION;
  terms: ReviewDeckTerm[];
  paths: ReviewDeckGroup[];
  categories: ReviewDeckGroup[];
}

export function reviewDeckData(glossary: Glossary): ReviewDeckData {
  return {
    version: REVIEW_DECK_DATA_VERSION,
    terms: glossary.terms.map((t) => ({
      slug: t.slug,
      title: t.data.title,
      plainEnglish: stripWikiLinks(t.data.plainEnglish),
      summary: stripWikiLinks(t.data.summary),
    })),
    paths: glossary.guides.map((g) => ({ id: `path:${g.slug}`, title: g.data.title, terms: [...g.data.steps] })),
    categories: glossary.categories.map((c) => ({ id: `category:${c.slug}`, title: c.data.title, terms: glossary.termsIn(c.slug).map((t) => t.slug) })),
  };
}
