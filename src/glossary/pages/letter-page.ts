/**
 * One letter of a list too long for one page (see index-pages.ts): the whole glossary's terms
 * under that letter (/glossary/letter/<l>/) or one category's (/glossary/category/<slug>/letter/<l>/).
 */
import type { Glossary, LetterGroup } from '../glossary';
import { letterPath } from '../index-pages';
import type { CategoryEntry } from '../records';
import { absoluteUrl, categoryPath, SITE, termPath } from '../site';
import { definedTermSet } from '../structured-data';
import { GLOSSARY_CRUMB, HOME_CRUMB, type Crumb } from './crumbs';
import type { TermList } from './term-list';

export interface LetterPage {
  title: string;
  heading: string;
  /** The category the page belongs to, shown after the heading; none for the whole glossary. */
  categoryTitle: string | undefined;
  description: string;
  crumbs: Crumb[];
  list: TermList;
  jsonLd: unknown[];
}

export function glossaryLetterPage(glossary: Glossary, group: LetterGroup, site: URL | undefined): LetterPage {
  return letterPage({ terms: glossary.terms, listPath: GLOSSARY_CRUMB.href }, group, undefined, site);
}

export function categoryLetterPage(glossary: Glossary, category: CategoryEntry, group: LetterGroup, site: URL | undefined): LetterPage {
  const list = { terms: glossary.termsIn(category.slug), listPath: categoryPath(category.slug), category: category.slug };
  return letterPage(list, group, category.data.title, site);
}

function letterPage(list: TermList, group: LetterGroup, categoryTitle: string | undefined, site: URL | undefined): LetterPage {
  const { letter, terms } = group;
  const heading = letter === '#' ? 'Other terms' : `Terms under ${letter}`;
  const description = `${terms.length} ${categoryTitle ? `${categoryTitle} ` : ''}terms of the ${SITE.name} glossary under ${letter}, with one-sentence definitions.`;
  return {
    title: `${heading}${categoryTitle ? ` · ${categoryTitle}` : ''}`,
    heading,
    categoryTitle,
    description,
    crumbs: [
      HOME_CRUMB,
      GLOSSARY_CRUMB,
      ...(categoryTitle ? [{ name: categoryTitle, href: list.listPath }] : []),
      { name: letter, href: letterPath(list.listPath, letter) },
    ],
    list: { ...list, letter },
    jsonLd: [
      definedTermSet({
        name: `${SITE.name} glossary`,
        url: absoluteUrl(GLOSSARY_CRUMB.href, site),
        description,
        terms: terms.map((t) => ({ name: t.data.title, url: absoluteUrl(termPath(t.slug), site) })),
      }),
    ],
  };
}
