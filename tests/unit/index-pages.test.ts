import { describe, expect, it } from 'vitest';
import { INDEX_PAGE_LIMIT, isPaged, letterPages, letterPath, letterSlug } from '../../src/glossary/index-pages';
import { term } from './fixtures';

const terms = ['session', 'segment', 'funnel', 'bounce-rate', '404-page'].map((slug) => term(slug));

describe('index paging', () => {
  it('keeps a list on one page up to the limit and pages it beyond', () => {
    expect(isPaged(INDEX_PAGE_LIMIT)).toBe(false);
    expect(isPaged(INDEX_PAGE_LIMIT + 1)).toBe(true);
    expect(letterPages(terms, 5)).toEqual([]);
  });

  it('gives a paged list one page per letter that has terms, A–Z then "#", each sorted', () => {
    const pages = letterPages(terms, 4);
    expect(pages.map((p) => p.letter)).toEqual(['B', 'F', 'S', '#']);
    expect(pages.find((p) => p.letter === 'S')!.terms.map((t) => t.slug)).toEqual(['segment', 'session']);
    expect(pages.flatMap((p) => p.terms)).toHaveLength(terms.length);
  });

  it('names letter pages under their list, with "#" as "other"', () => {
    expect(letterSlug('S')).toBe('s');
    expect(letterSlug('#')).toBe('other');
    expect(letterPath('/glossary/', 'S')).toBe('/glossary/letter/s/');
    expect(letterPath('/glossary/category/analytics/', '#')).toBe('/glossary/category/analytics/letter/other/');
  });
});
