/**
 * The terms an empty search offers: the ones most pages link to (terms, guides and services whose
 * text mentions them), so a reader who opens search without a word in mind starts from the hubs.
 * Computed at build time from the link graph; ties go A–Z.
 */
import type { Glossary } from './glossary';
import { termPath } from './site';

export interface PopularTerm {
  title: string;
  href: string;
  /** Pages linking to the term. */
  mentions: number;
}

export function popularTerms(glossary: Glossary, limit = 6): PopularTerm[] {
  return glossary.terms
    .map((term) => {
      const { terms, guides, services } = glossary.mentionedIn(term.slug);
      return { title: term.data.title, href: termPath(term.slug), mentions: terms.length + guides.length + services.length };
    })
    .filter((t) => t.mentions > 0)
    // Stable sort: the glossary's A–Z order settles ties.
    .sort((a, b) => b.mentions - a.mentions)
    .slice(0, limit);
}
