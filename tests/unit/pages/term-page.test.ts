import { describe, expect, it } from 'vitest';
import { termPage } from '../../../src/glossary/pages/term-page';
import { createGlossary } from '../../../src/glossary/glossary';
import { input, term } from '../fixtures';
import { CATEGORIES, pageGlossary, SITE_URL } from './page-fixtures';

const HEADINGS = [
  { depth: 2, slug: 'definition', text: 'Definition' },
  { depth: 3, slug: 'detail', text: 'Detail' },
  { depth: 2, slug: 'in-practice', text: 'In practice' },
];

describe('term page', () => {
  const g = pageGlossary();

  it('gives a full term everything its page shows', () => {
    expect(termPage(g, g.term('session')!, { headings: HEADINGS, site: SITE_URL })).toEqual({
      description: 'A session is a group of user interactions.',
      categoryTitles: 'Analytics, UX',
      aliases: 'visit',
      alsoCalled: ['visit'],
      inShort: { summary: 'A session is a group of user interactions.', plainEnglish: 'One visit.' },
      crumbs: [
        { name: 'Home', href: '/' },
        { name: 'Glossary', href: '/glossary/' },
        { name: 'Session', href: '/glossary/session/' },
      ],
      toc: [
        { id: 'definition', text: 'Definition' },
        { id: 'in-practice', text: 'In practice' },
        { id: 'common-questions', text: 'Common questions' },
        { id: 'related-terms', text: 'Related terms' },
        { id: 'related-guides', text: 'Related guides' },
        { id: 'related-services', text: 'Related services' },
        { id: 'sources', text: 'Sources' },
      ],
      faq: [
        {
          id: 'faq-1',
          question: 'How long is a session?',
          answerHtml: 'Until the <a href="/glossary/user/" class="term-link" data-term="user">user</a> is idle for 30 minutes.',
        },
      ],
      related: {
        terms: { id: 'related-terms', heading: 'Related terms', cards: [{ href: '/glossary/user/', title: 'User', text: 'A user is a thing.' }] },
        guides: {
          id: 'related-guides',
          heading: 'Related guides',
          cards: [{ href: '/guides/measuring/', title: 'Measuring', text: 'Learn measuring.', kicker: 'Guide · 2 steps' }],
        },
        services: {
          id: 'related-services',
          heading: 'Related services',
          cards: [{ href: '/services/audit/', title: 'Audit', text: 'We do audit.', kicker: 'Service' }],
        },
      },
      mentionedIn: {
        shown: [
          { href: '/guides/measuring/', title: 'Measuring', kind: 'Guide' },
          { href: '/glossary/user/', title: 'User', kind: 'Term' },
          { href: '/glossary/engaged-session/', title: 'Engaged session', kind: 'Term' },
        ],
        fullList: undefined,
      },
      updated: { iso: '2026-03-05', text: '5 March 2026' },
      jsonLd: [
        {
          '@context': 'https://schema.org',
          '@type': 'DefinedTerm',
          '@id': 'https://lexicon.test/glossary/session/',
          name: 'Session',
          description: 'A session is a group of user interactions.',
          url: 'https://lexicon.test/glossary/session/',
          alternateName: ['visit'],
          inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': 'https://lexicon.test/glossary/', name: 'Lexicon glossary', url: 'https://lexicon.test/glossary/' },
        },
        {
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://lexicon.test/' },
            { '@type': 'ListItem', position: 2, name: 'Glossary', item: 'https://lexicon.test/glossary/' },
            { '@type': 'ListItem', position: 3, name: 'Session', item: 'https://lexicon.test/glossary/session/' },
          ],
        },
      ],
      previewTerms: [g.term('user')],
      // 0.8 × the 204 characters of the fixture's body, summary, plain-English line and FAQ.
      previewBudget: 163,
    });
  });

  it('lists only the sections a sparse term has, and only the term and breadcrumb structured data', () => {
    const page = termPage(g, g.term('user')!, { headings: [], site: SITE_URL });
    expect(page.toc).toEqual([{ id: 'related-guides', text: 'Related guides' }]);
    expect(page.faq).toEqual([]);
    expect(page.aliases).toBe('');
    expect(page.alsoCalled).toEqual([]);
    expect(page.related).toEqual({
      terms: { id: 'related-terms', heading: 'Related terms', cards: [] },
      guides: {
        id: 'related-guides',
        heading: 'Related guides',
        cards: [{ href: '/guides/measuring/', title: 'Measuring', text: 'Learn measuring.', kicker: 'Guide · 2 steps' }],
      },
      services: { id: 'related-services', heading: 'Related services', cards: [] },
    });
    expect(page.jsonLd.map((data) => (data as { '@type': string })['@type'])).toEqual(['DefinedTerm', 'BreadcrumbList']);
    expect(page.previewTerms).toEqual([g.term('session')]);
  });

  it('shows other names as "Also called" and keeps every alias for search and structured data', () => {
    const bounceRate = term('bounce-rate', {
      title: 'Bounce rate',
      aliases: ['bounce', 'bounces', 'bounce rates', 'exit without engaging'],
      plainEnglish: 'The share of visits that leave at once.',
    });
    const glossary = createGlossary(input({ terms: [bounceRate], categories: CATEGORIES }));
    const page = termPage(glossary, glossary.term('bounce-rate')!, { headings: [], site: SITE_URL });
    expect(page.alsoCalled).toEqual(['bounce', 'exit without engaging']);
    expect(page.aliases).toBe('bounce, bounces, bounce rates, exit without engaging');
    expect((page.jsonLd[0] as { alternateName: string[] }).alternateName).toEqual(['bounce', 'bounces', 'bounce rates', 'exit without engaging']);
    expect(page.inShort).toEqual({ summary: 'A bounce-rate is a thing.', plainEnglish: 'The share of visits that leave at once.' });
  });
});
