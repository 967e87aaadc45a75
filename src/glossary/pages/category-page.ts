/** One category's A–Z index (/glossary/category/<slug>/). */
import type { Glossary } from '../glossary';
import type { CategoryEntry } from '../records';
import { categoryPath } from '../site';
import { GLOSSARY_CRUMB, HOME_CRUMB, type Crumb } from './crumbs';
import type { TermList } from './term-list';

export interface CategoryPage {
  title: string;
  heading: string;
  description: string;
  crumbs: Crumb[];
  list: TermList;
}

export function categoryPage(glossary: Glossary, category: CategoryEntry): CategoryPage {
  const { title, description } = category.data;
  const listPath = categoryPath(category.slug);
  return {
    title: `${title} terms`,
    heading: title,
    description,
    crumbs: [HOME_CRUMB, GLOSSARY_CRUMB, { name: title, href: listPath }],
    list: { terms: glossary.termsIn(category.slug), listPath, category: category.slug },
  };
}
