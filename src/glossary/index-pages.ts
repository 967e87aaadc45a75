/**
 * How a list of terms (the A–Z index, a category) is paged. Up to INDEX_PAGE_LIMIT terms read best
 * as one page: one scroll, and the browser's find-in-page sees every term. Past that, one page gets
 * too heavy for a phone (see BENCHMARKS.md), so the list becomes an overview of letters plus one
 * page per letter.
 */
import { groupByLetter, type LetterGroup } from './glossary';
import type { TermEntry } from './records';

/** The most terms one list page shows before it is paged by letter (see BENCHMARKS.md). */
export const INDEX_PAGE_LIMIT = 800;

/** How many titles each letter of the overview shows before "All n terms under X". */
export const OVERVIEW_SAMPLE = 5;

export const isPaged = (count: number, limit = INDEX_PAGE_LIMIT) => count > limit;

/** The URL segment of a letter: lower case, and "other" for the "#" group. */
export const letterSlug = (letter: string) => (letter === '#' ? 'other' : letter.toLowerCase());

/** A letter's page under a list: `/glossary/` + S → `/glossary/letter/s/`. */
export const letterPath = (listPath: string, letter: string) => `${listPath}letter/${letterSlug(letter)}/`;

/** The letter pages a list needs: none while it fits on one page, else one per letter with terms. */
export function letterPages(terms: readonly TermEntry[], limit = INDEX_PAGE_LIMIT): LetterGroup[] {
  return isPaged(terms.length, limit) ? groupByLetter(terms).filter((g) => g.terms.length) : [];
}
