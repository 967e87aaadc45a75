import { describe, expect, it } from 'vitest';
import { reviewDeckData } from '../../../src/glossary/pages/review-deck-data';
import { pageGlossary } from './page-fixtures';

describe('review deck data', () => {
  it('carries each card’s two sides as plain text, and every path and category as a deck of slugs', () => {
    const glossary = pageGlossary();
    const data = reviewDeckData(glossary);
    expect(data.version).toBe(1);
    expect(data.terms.map((t) => t.slug)).toEqual(glossary.terms.map((t) => t.slug));
    for (const term of data.terms) {
      expect(Object.keys(term)).toEqual(['slug', 'title', 'plainEnglish', 'summary']);
      expect(`${term.plainEnglish} ${term.summary}`).not.toMatch(/\[\[|\]\]/);
    }
    expect(data.paths).toEqual([{ id: 'path:measuring', title: 'Measuring', terms: ['user', 'session'] }]);
    expect(data.categories.map((c) => c.id)).toEqual(glossary.categories.map((c) => `category:${c.slug}`));
    for (const category of data.categories) {
      expect(category.terms).toEqual(glossary.termsIn(category.id.slice('category:'.length)).map((t) => t.slug));
    }
  });
});
