import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../../src/glossary/glossary';
import { INDEX_PAGE_LIMIT } from '../../../src/glossary/index-pages';
import { glossaryIndexPage } from '../../../src/glossary/pages/glossary-index-page';
import { input, term } from '../fixtures';
import { SITE_URL } from './page-fixtures';

describe('glossary index page', () => {
  it('lists every term in its lede, list and structured data while it fits on one page', () => {
    const g = createGlossary(input());
    expect(glossaryIndexPage(g, SITE_URL)).toEqual({
      description: 'All 2 terms of the Lexicon glossary, A to Z, with one-sentence definitions.',
      lede: 'Every term, with a one-sentence definition. Pick a letter, or narrow the list by category.',
      list: { terms: g.terms, listPath: '/glossary/' },
      jsonLd: [
        {
          '@context': 'https://schema.org',
          '@type': 'DefinedTermSet',
          '@id': 'https://lexicon.test/glossary/',
          name: 'Lexicon glossary',
          url: 'https://lexicon.test/glossary/',
          description: 'All 2 terms of the Lexicon glossary, A to Z, with one-sentence definitions.',
          hasDefinedTerm: [
            { '@type': 'DefinedTerm', name: 'Session', url: 'https://lexicon.test/glossary/session/' },
            { '@type': 'DefinedTerm', name: 'User', url: 'https://lexicon.test/glossary/user/' },
          ],
        },
      ],
    });
  });

  it('leaves the terms to the letter pages once the glossary is paged', () => {
    const terms = Array.from({ length: INDEX_PAGE_LIMIT + 1 }, (_, i) => term(`term-${i}`));
    const page = glossaryIndexPage(createGlossary(input({ terms })), SITE_URL);
    expect(page.lede).toBe('Every term, a page per letter, each with a one-sentence definition. Pick a letter, or narrow the list by category.');
    expect(page.jsonLd).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'DefinedTermSet',
        '@id': 'https://lexicon.test/glossary/',
        name: 'Lexicon glossary',
        url: 'https://lexicon.test/glossary/',
        description: `All ${INDEX_PAGE_LIMIT + 1} terms of the Lexicon glossary, A to Z, with one-sentence definitions.`,
      },
    ]);
  });
});
