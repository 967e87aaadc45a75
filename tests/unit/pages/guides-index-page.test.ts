import { describe, expect, it } from 'vitest';
import { guidesIndexPage } from '../../../src/glossary/pages/guides-index-page';
import { pageGlossary } from './page-fixtures';

describe('guides index page', () => {
  it('summarises each learning path with its steps for the progress bar and "continue"', () => {
    expect(guidesIndexPage(pageGlossary())).toEqual([
      {
        slug: 'measuring',
        href: '/guides/measuring/',
        title: 'Measuring',
        summary: 'Learn measuring.',
        level: 'intermediate',
        meta: '2 steps · about 7 min · intermediate',
        stepSlugs: ['user', 'session'],
        steps: [
          { slug: 'user', href: '/glossary/user/', title: 'User' },
          { slug: 'session', href: '/glossary/session/', title: 'Session' },
        ],
      },
    ]);
  });

  it('orders paths by level, beginner first', () => {
    const glossary = pageGlossary();
    const guide = glossary.guides[0]!;
    const at = (slug: string, title: string, level: 'beginner' | 'intermediate' | 'advanced') => ({ ...guide, slug, data: { ...guide.data, title, level } });
    glossary.guides.splice(0, 1, at('c', 'A hard one', 'advanced'), at('a', 'Z easy one', 'beginner'), at('b', 'Middle', 'intermediate'));
    expect(guidesIndexPage(glossary).map((g) => g.slug)).toEqual(['a', 'b', 'c']);
  });
});
