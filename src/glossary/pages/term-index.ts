/**
 * The A–Z index of a list of terms (TermIndex): category filter chips, the count, the letter bar
 * and either the cards grouped by letter or, for a list paged by letter (index-pages.ts), an
 * overview of the letters. Filtering is a plain link, so it works without JavaScript.
 */
import { groupByLetter, type Glossary } from '../glossary';
import { INDEX_PAGE_LIMIT, isPaged, letterPath, OVERVIEW_SAMPLE } from '../index-pages';
import type { TermEntry } from '../records';
import { categoryPath, termPath } from '../site';
import { GLOSSARY_CRUMB } from './crumbs';
import type { TermList } from './term-list';

/** `aria-current` of a chip: the page itself, or (on a letter page) the filter in force. */
type Current = 'page' | 'true' | undefined;

export interface FilterChip {
  href: string;
  title: string;
  current: Current;
}

export interface CategoryChip extends FilterChip {
  /** Terms in the category. */
  count: number;
}

export interface LetterLink {
  letter: string;
  /** Where the letter leads; none when no term starts with it. */
  href: string | undefined;
  /** Accessible name of a link, or the tooltip of an empty letter. */
  label: string;
  current: boolean;
}

export interface OverviewLetter {
  letter: string;
  href: string;
  sample: { href: string; title: string }[];
  allText: string;
}

export interface CardGroup {
  letter: string;
  id: string;
  terms: TermEntry[];
}

export interface TermIndexView {
  /** The chip of the unfiltered glossary. */
  allChip: FilterChip;
  categoryChips: CategoryChip[];
  countText: string;
  lettersLabel: string;
  letters: LetterLink[];
  /** The letters overview of a paged list; none when the page shows cards. */
  overview: OverviewLetter[] | undefined;
  groups: CardGroup[];
  /** A letter page's h1 already names the letter; its group heading stays for the outline only. */
  hideGroupHeadings: boolean;
}

const number = (n: number) => n.toLocaleString('en-GB');
const plural = (n: number) => `${number(n)} term${n === 1 ? '' : 's'}`;

export function termIndexView(glossary: Glossary, { terms, listPath, category, letter }: TermList, limit = INDEX_PAGE_LIMIT): TermIndexView {
  const groups = groupByLetter(terms);
  const total = glossary.terms.length;
  const paged = isPaged(terms.length, limit);
  const shown = letter ? groups.filter((g) => g.letter === letter) : groups;
  const count = shown.reduce((n, g) => n + g.terms.length, 0);
  // On a letter page the chip of the list shown is the current filter, not the current page.
  const chipCurrent: Current = letter ? 'true' : 'page';
  const letterHref = (l: string) => (paged ? letterPath(listPath, l) : `#letter-${l}`);
  return {
    allChip: { href: GLOSSARY_CRUMB.href, title: 'All', current: category ? undefined : chipCurrent },
    categoryChips: glossary.categories.map((c) => ({
      href: categoryPath(c.slug),
      title: c.data.title,
      count: glossary.termsIn(c.slug).length,
      current: c.slug === category ? chipCurrent : undefined,
    })),
    countText:
      paged && !letter
        ? `${number(terms.length)} of ${plural(total)}, a page per letter`
        : `Showing ${number(count)} of ${plural(total)}${letter ? ` · ${letter}` : ''}`,
    lettersLabel: paged ? 'Letters' : 'Jump to letter',
    letters: groups
      .filter((g) => g.letter !== '#' || g.terms.length)
      .map((g) => ({
        letter: g.letter,
        href: g.terms.length ? letterHref(g.letter) : undefined,
        label: g.terms.length ? `${g.letter}, ${plural(g.terms.length)}` : `No terms under ${g.letter}`,
        current: g.letter === letter,
      })),
    overview:
      paged && !letter
        ? groups
            .filter((g) => g.terms.length)
            .map((g) => ({
              letter: g.letter,
              href: letterPath(listPath, g.letter),
              sample: g.terms.slice(0, OVERVIEW_SAMPLE).map((t) => ({ href: termPath(t.slug), title: t.data.title })),
              allText: `All ${plural(g.terms.length)} under ${g.letter}`,
            }))
        : undefined,
    groups: shown.filter((g) => g.terms.length).map((g) => ({ letter: g.letter, id: `letter-${g.letter}`, terms: g.terms })),
    hideGroupHeadings: letter !== undefined,
  };
}
