/** The A–Z index of the whole glossary (/glossary/). */
import type { Glossary } from '../glossary';
import { isPaged } from '../index-pages';
import { absoluteUrl, SITE, termPath } from '../site';
import { definedTermSet } from '../structured-data';
import { GLOSSARY_CRUMB } from './crumbs';
import type { TermList } from './term-list';

export interface GlossaryIndexPage {
  description: string;
  lede: string;
  list: TermList;
  jsonLd: unknown[];
}

export function glossaryIndexPage(glossary: Glossary, site: URL | undefined): GlossaryIndexPage {
  const { terms } = glossary;
  const paged = isPaged(terms.length);
  const description = `All ${terms.length} terms of the ${SITE.name} glossary, A to Z, with one-sentence definitions.`;
  return {
    description,
    lede: paged
      ? 'Every term, a page per letter, each with a one-sentence definition. Pick a letter, or narrow the list by category.'
      : 'Every term, with a one-sentence definition. Pick a letter, or narrow the list by category.',
    list: { terms, listPath: GLOSSARY_CRUMB.href },
    jsonLd: [
      definedTermSet({
        name: `${SITE.name} glossary`,
        url: absoluteUrl(GLOSSARY_CRUMB.href, site),
        description,
        // A paged index lists its terms on the letter pages instead.
        terms: (paged ? [] : terms).map((t) => ({ name: t.data.title, url: absoluteUrl(termPath(t.slug), site) })),
      }),
    ],
  };
}
