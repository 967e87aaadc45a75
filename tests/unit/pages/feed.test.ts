import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../../src/glossary/glossary';
import { FEED, FEED_LIMIT, feedPage } from '../../../src/glossary/pages/feed';
import { input, term } from '../fixtures';
import { CATEGORIES, guide, pageGlossary, SITE_URL } from './page-fixtures';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TERM = { term: 'term', label: 'Term' };
const analytics = { term: 'analytics', label: 'Analytics', scheme: 'https://lexicon.test/glossary/category/' };

describe('feed', () => {
  it('lists terms and guides newest first, a day’s entries A–Z, with absolute links and plain text', () => {
    expect(feedPage(pageGlossary(), SITE_URL)).toEqual({
      id: 'https://lexicon.test/feed.xml',
      title: 'Lexicon: new and updated terms and guides',
      subtitle:
        'Clear, sourced definitions of the words used in analytics, conversion optimisation and user experience, with previews, search and live demos.',
      feedUrl: 'https://lexicon.test/feed.xml',
      siteUrl: 'https://lexicon.test/',
      updated: day('2026-11-27'),
      author: { name: 'Lexicon', url: 'https://lexicon.test/' },
      entries: [
        {
          id: 'https://lexicon.test/glossary/engaged-session/',
          title: 'Engaged session',
          url: 'https://lexicon.test/glossary/engaged-session/',
          updated: day('2026-11-27'),
          summary: 'A engaged-session is a thing.',
          categories: [TERM, analytics],
        },
        {
          id: 'https://lexicon.test/guides/measuring/',
          title: 'Measuring',
          url: 'https://lexicon.test/guides/measuring/',
          updated: day('2026-11-27'),
          summary: 'Learn measuring.',
          categories: [{ term: 'guide', label: 'Guide' }],
        },
        {
          id: 'https://lexicon.test/glossary/user/',
          title: 'User',
          url: 'https://lexicon.test/glossary/user/',
          updated: day('2026-11-27'),
          summary: 'A user is a thing.',
          categories: [TERM, analytics],
        },
        {
          id: 'https://lexicon.test/glossary/session/',
          title: 'Session',
          url: 'https://lexicon.test/glossary/session/',
          updated: day('2026-03-05'),
          // [[links]] read as their words.
          summary: 'A session is a group of user interactions.',
          categories: [TERM, analytics, { term: 'ux', label: 'UX', scheme: 'https://lexicon.test/glossary/category/' }],
        },
      ],
    });
  });

  it('keeps only the newest entries, and dates the feed by the newest', () => {
    const g = createGlossary(
      input({
        terms: [term('old', { updated: '2025-01-01' }), term('new', { updated: '2026-12-01' }), term('middle', { updated: '2026-06-01' })],
        guides: [guide('path', { steps: ['old', 'new'], updated: '2026-07-01' })],
        categories: CATEGORIES,
      }),
    );
    const page = feedPage(g, SITE_URL, 2);
    expect(page.entries.map((e) => [e.title, e.updated])).toEqual([
      ['New', day('2026-12-01')],
      ['Guide path', day('2026-07-01')],
    ]);
    expect(page.updated).toEqual(day('2026-12-01'));
    expect(feedPage(g, SITE_URL).entries.map((e) => e.title)).toEqual(['New', 'Guide path', 'Middle', 'Old']);
  });

  it('puts a term before a guide of the same title and day', () => {
    const g = createGlossary(input({ terms: [term('funnel')], guides: [guide('funnel', { title: 'Funnel', steps: ['funnel', 'funnel'] })] }));
    expect(feedPage(g, SITE_URL).entries.map((e) => e.url)).toEqual(['https://lexicon.test/glossary/funnel/', 'https://lexicon.test/guides/funnel/']);
  });

  it('holds at most the newest 50 entries, at /feed.xml', () => {
    expect(FEED_LIMIT).toBe(50);
    expect(FEED.path).toBe('/feed.xml');
    // Sixty terms, term-00 on 1 January 2026 and each next one a day later.
    const terms = Array.from({ length: 60 }, (_, i) => term(`term-${String(i).padStart(2, '0')}`, { updated: new Date(Date.UTC(2026, 0, 1 + i)) }));
    const entries = feedPage(createGlossary(input({ terms })), SITE_URL).entries;
    expect(entries.map((e) => e.title)).toEqual(Array.from({ length: 50 }, (_, i) => `Term ${59 - i}`));
    expect(entries.at(-1)?.updated).toEqual(day('2026-01-11'));
  });

  it('dates an empty feed at the epoch, so the file stays the same build after build', () => {
    const page = feedPage(createGlossary(input({ terms: [] })), SITE_URL);
    expect(page.entries).toEqual([]);
    expect(page.updated).toEqual(new Date(0));
  });
});
