import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../../src/glossary/glossary';
import { termIndexView } from '../../../src/glossary/pages/term-index';
import { input, term } from '../fixtures';
import { CATEGORIES, pageGlossary } from './page-fixtures';

const g = pageGlossary();
const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** The letter bar of a list on one page: in-page links for letters with terms, the rest disabled. */
const letterBar = (counts: Record<string, number>) =>
  ALPHABET.map((letter) => ({
    letter,
    href: counts[letter] ? `#letter-${letter}` : undefined,
    label: counts[letter] ? `${letter}, ${counts[letter]} term${counts[letter] === 1 ? '' : 's'}` : `No terms under ${letter}`,
    current: false,
  }));

describe('A–Z index', () => {
  it('shows the whole glossary on one page while it fits', () => {
    expect(termIndexView(g, { terms: g.terms, listPath: '/glossary/' })).toEqual({
      allChip: { href: '/glossary/', title: 'All', current: 'page' },
      categoryChips: [
        { href: '/glossary/category/analytics/', title: 'Analytics', count: 3, current: undefined },
        { href: '/glossary/category/ux/', title: 'UX', count: 1, current: undefined },
      ],
      countText: 'Showing 3 of 3 terms',
      lettersLabel: 'Jump to letter',
      letters: letterBar({ E: 1, S: 1, U: 1 }),
      overview: undefined,
      groups: [
        { letter: 'E', id: 'letter-E', terms: [g.term('engaged-session')] },
        { letter: 'S', id: 'letter-S', terms: [g.term('session')] },
        { letter: 'U', id: 'letter-U', terms: [g.term('user')] },
      ],
      hideGroupHeadings: false,
    });
  });

  it("marks a category's chip as the page and counts its terms against the whole glossary", () => {
    const view = termIndexView(g, { terms: g.termsIn('ux'), listPath: '/glossary/category/ux/', category: 'ux' });
    expect(view.allChip).toEqual({ href: '/glossary/', title: 'All', current: undefined });
    expect(view.categoryChips.map((c) => c.current)).toEqual([undefined, 'page']);
    expect(view.countText).toBe('Showing 1 of 3 terms');
  });

  it('pages a long list: an overview of letters linking to letter pages, "#" only when used', () => {
    const terms = [...'abcdefg'].map((c) => term(`${c}-term`)).concat(term('zero', { title: '0 term' }));
    const long = createGlossary(input({ terms, categories: CATEGORIES }));
    const view = termIndexView(long, { terms: long.terms, listPath: '/glossary/' }, 7);
    expect(view.countText).toBe('8 of 8 terms, a page per letter');
    expect(view.lettersLabel).toBe('Letters');
    expect(view.letters.map((l) => l.href ?? '-')).toEqual([
      ...[...'abcdefg'].map((c) => `/glossary/letter/${c}/`),
      ...ALPHABET.slice(7).map(() => '-'),
      '/glossary/letter/other/',
    ]);
    expect(view.overview?.[0]).toEqual({
      letter: 'A',
      href: '/glossary/letter/a/',
      sample: [{ href: '/glossary/a-term/', title: 'A term' }],
      allText: 'All 1 term under A',
    });
    expect(view.overview?.map((o) => o.letter)).toEqual([...'ABCDEFG', '#']);
  });

  it("shows one letter's cards on its page, with the list's chip as the filter in force", () => {
    const view = termIndexView(g, { terms: g.terms, listPath: '/glossary/', letter: 'S' });
    expect(view.allChip.current).toBe('true');
    expect(view.countText).toBe('Showing 1 of 3 terms · S');
    expect(view.letters.filter((l) => l.current).map((l) => l.letter)).toEqual(['S']);
    expect(view.overview).toBeUndefined();
    expect(view.groups).toEqual([{ letter: 'S', id: 'letter-S', terms: [g.term('session')] }]);
    expect(view.hideGroupHeadings).toBe(true);
  });
});
