import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../../src/glossary/glossary';
import { INDEX_PAGE_LIMIT } from '../../../src/glossary/index-pages';
import { glossaryIndexPage } from '../../../src/glossary/pages/glossary-index-page';
import { termPage } from '../../../src/glossary/pages/term-page';
import { input, term } from '../fixtures';
import { pageGlossary, SITE_URL } from './page-fixtures';

type Node = Record<string, unknown>;
const setOf = (jsonLd: unknown[]) => jsonLd.find((d) => (d as Node)['@type'] === 'DefinedTermSet') as Node;
const termOf = (jsonLd: unknown[]) => jsonLd.find((d) => (d as Node)['@type'] === 'DefinedTerm') as Node;

describe('the DefinedTermSet and its DefinedTerms', () => {
  it('every term page’s inDefinedTermSet is the A–Z index’s set, by @id, name and URL', () => {
    const g = pageGlossary();
    const set = setOf(glossaryIndexPage(g, SITE_URL).jsonLd);
    expect(set['@id']).toBe('https://lexicon.test/glossary/');
    for (const t of g.terms) {
      const inSet = termOf(termPage(g, t, { headings: [], site: SITE_URL }).jsonLd)['inDefinedTermSet'] as Node;
      expect(inSet, t.slug).toEqual({ '@type': 'DefinedTermSet', '@id': set['@id'], name: set['name'], url: set['url'] });
    }
  });

  it('the set lists each term by the URL that is the term’s own @id', () => {
    const g = pageGlossary();
    const listed = (setOf(glossaryIndexPage(g, SITE_URL).jsonLd)['hasDefinedTerm'] as Node[]).map((d) => d['url']);
    expect(listed).toEqual(g.terms.map((t) => termOf(termPage(g, t, { headings: [], site: SITE_URL }).jsonLd)['@id']));
  });

  it('keeps the same @id once the index is paged', () => {
    const terms = Array.from({ length: INDEX_PAGE_LIMIT + 1 }, (_, i) => term(`term-${i}`));
    const g = createGlossary(input({ terms }));
    const set = setOf(glossaryIndexPage(g, SITE_URL).jsonLd);
    const inSet = termOf(termPage(g, g.terms[0]!, { headings: [], site: SITE_URL }).jsonLd)['inDefinedTermSet'] as Node;
    expect(inSet['@id']).toBe(set['@id']);
  });
});
