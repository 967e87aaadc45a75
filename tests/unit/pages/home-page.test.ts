import { describe, expect, it } from 'vitest';
import { homePage } from '../../../src/glossary/pages/home-page';
import { pageGlossary } from './page-fixtures';

describe('home page', () => {
  it('counts terms, lists categories with their counts, the featured terms that exist and the paths', () => {
    const g = pageGlossary();
    expect(homePage(g)).toEqual({
      termCount: 3,
      categories: [
        { href: '/glossary/category/analytics/', title: 'Analytics', description: 'Counting.', count: '3 terms' },
        { href: '/glossary/category/ux/', title: 'UX', description: 'Using.', count: '1 terms' },
      ],
      featured: [g.term('session'), g.term('engaged-session')],
      guides: [{ href: '/guides/measuring/', title: 'Measuring', meta: '2 terms, about 7 min' }],
    });
  });
});
