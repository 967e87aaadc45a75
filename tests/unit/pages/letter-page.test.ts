import { describe, expect, it } from 'vitest';
import { groupByLetter } from '../../../src/glossary/glossary';
import { categoryLetterPage, glossaryLetterPage } from '../../../src/glossary/pages/letter-page';
import { pageGlossary, SITE_URL } from './page-fixtures';

const g = pageGlossary();
const groupOf = (letter: string) => groupByLetter(g.terms).find((group) => group.letter === letter)!;

const definedTermSet = (description: string, terms: { name: string; url: string }[]) => ({
  '@context': 'https://schema.org',
  '@type': 'DefinedTermSet',
  '@id': 'https://lexicon.test/glossary/',
  name: 'Lexicon glossary',
  url: 'https://lexicon.test/glossary/',
  description,
  hasDefinedTerm: terms.map((t) => ({ '@type': 'DefinedTerm', ...t })),
});

describe('letter pages', () => {
  it('show one letter of the whole glossary', () => {
    const description = '1 terms of the Lexicon glossary under S, with one-sentence definitions.';
    expect(glossaryLetterPage(g, groupOf('S'), SITE_URL)).toEqual({
      title: 'Terms under S',
      heading: 'Terms under S',
      categoryTitle: undefined,
      description,
      crumbs: [
        { name: 'Home', href: '/' },
        { name: 'Glossary', href: '/glossary/' },
        { name: 'S', href: '/glossary/letter/s/' },
      ],
      list: { terms: g.terms, listPath: '/glossary/', letter: 'S' },
      jsonLd: [definedTermSet(description, [{ name: 'Session', url: 'https://lexicon.test/glossary/session/' }])],
    });
  });

  it('show one letter of a category, named after it, with "#" as other terms', () => {
    const group = { letter: '#', terms: [g.term('user')!] };
    const description = '1 Analytics terms of the Lexicon glossary under #, with one-sentence definitions.';
    expect(categoryLetterPage(g, g.category('analytics')!, group, SITE_URL)).toEqual({
      title: 'Other terms · Analytics',
      heading: 'Other terms',
      categoryTitle: 'Analytics',
      description,
      crumbs: [
        { name: 'Home', href: '/' },
        { name: 'Glossary', href: '/glossary/' },
        { name: 'Analytics', href: '/glossary/category/analytics/' },
        { name: '#', href: '/glossary/category/analytics/letter/other/' },
      ],
      list: { terms: g.termsIn('analytics'), listPath: '/glossary/category/analytics/', category: 'analytics', letter: '#' },
      jsonLd: [definedTermSet(description, [{ name: 'User', url: 'https://lexicon.test/glossary/user/' }])],
    });
  });
});
