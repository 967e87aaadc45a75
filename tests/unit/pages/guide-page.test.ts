import { describe, expect, it } from 'vitest';
import { guidePage } from '../../../src/glossary/pages/guide-page';
import { pageGlossary } from './page-fixtures';

describe('guide page', () => {
  it('gives the header, the steps that exist, the progress slugs and the terms to preview', () => {
    const g = pageGlossary();
    const page = guidePage(g, g.guide('measuring')!);
    expect(page.test.map((q) => q.term)).toEqual(['user', 'session', 'user', 'session']);
    expect({ ...page, test: [] }).toEqual({
      slug: 'measuring',
      test: [],
      title: 'Measuring',
      description: 'Learn measuring.',
      crumbs: [
        { name: 'Home', href: '/' },
        { name: 'Guides', href: '/guides/' },
        { name: 'Measuring', href: '/guides/measuring/' },
      ],
      kicker: 'Learning path · 2 steps · about 7 min · intermediate',
      steps: [
        { slug: 'user', href: '/glossary/user/', title: 'User' },
        { slug: 'session', href: '/glossary/session/', title: 'Session' },
      ],
      stepSlugs: ['user', 'session'],
      updated: { iso: '2026-11-27', text: '27 November 2026' },
      previewTerms: [g.term('session')],
    });
  });
});
