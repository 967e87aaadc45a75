/** The home page: categories with their counts, the featured terms and the learning paths. */
import type { Glossary } from '../glossary';
import type { TermEntry } from '../records';
import { categoryPath, guidePath } from '../site';

/** The terms a newcomer should read first, in this order; a slug that no longer exists is skipped. */
export const FEATURED_TERMS = ['session', 'engaged-session', 'conversion-rate', 'ab-test', 'funnel', 'bounce-rate'];

export interface CategoryTile {
  href: string;
  title: string;
  description: string;
  count: string;
}

export interface GuideLine {
  href: string;
  title: string;
  meta: string;
}

export interface HomePage {
  termCount: number;
  categories: CategoryTile[];
  featured: TermEntry[];
  guides: GuideLine[];
}

export function homePage(glossary: Glossary): HomePage {
  return {
    termCount: glossary.terms.length,
    categories: glossary.categories.map((c) => ({
      href: categoryPath(c.slug),
      title: c.data.title,
      description: c.data.description,
      count: `${glossary.termsIn(c.slug).length} terms`,
    })),
    featured: FEATURED_TERMS.flatMap((slug) => glossary.term(slug) ?? []),
    guides: glossary.guides.map((g) => ({
      href: guidePath(g.slug),
      title: g.data.title,
      meta: `${g.data.steps.length} terms, about ${g.data.minutes} min`,
    })),
  };
}
