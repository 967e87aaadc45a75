import { describe, expect, it } from 'vitest';
import { categoryPage } from '../../../src/glossary/pages/category-page';
import { pageGlossary } from './page-fixtures';

describe('category page', () => {
  it('titles the page by the category and lists only its terms', () => {
    const g = pageGlossary();
    expect(categoryPage(g, g.category('ux')!)).toEqual({
      title: 'UX terms',
      heading: 'UX',
      description: 'Using.',
      crumbs: [
        { name: 'Home', href: '/' },
        { name: 'Glossary', href: '/glossary/' },
        { name: 'UX', href: '/glossary/category/ux/' },
      ],
      list: { terms: [g.term('session')], listPath: '/glossary/category/ux/', category: 'ux' },
    });
  });
});
