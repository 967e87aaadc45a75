import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../../src/glossary/glossary';
import { BACKLINKS_SHOWN } from '../../../src/glossary/mentioned-in';
import { mentionedInPages } from '../../../src/glossary/pages/mentioned-in-page';
import { BODY, input, term } from '../fixtures';
import { guide } from './page-fixtures';

describe('full "Mentioned in" pages', () => {
  it('exist only for terms with more backlinks than a term page shows, grouped by kind', () => {
    const linking = Array.from({ length: BACKLINKS_SHOWN }, (_, i) => term(`linking-${String(i).padStart(2, '0')}`, {}, `${BODY}\nSee [[user]].`));
    const path = guide('start', { title: 'Start here', steps: ['user', 'session'] }, 'Every [[user]] counts.\n');
    const g = createGlossary(input({ terms: [...input().terms, ...linking], guides: [path] }));
    expect(mentionedInPages(g)).toEqual([
      {
        slug: 'user',
        termTitle: 'User',
        termHref: '/glossary/user/',
        title: 'Pages that mention User',
        description: `All ${BACKLINKS_SHOWN + 1} pages of the glossary that link to User.`,
        lede: `${BACKLINKS_SHOWN + 1} pages link to User.`,
        crumbs: [
          { name: 'Home', href: '/' },
          { name: 'Glossary', href: '/glossary/' },
          { name: 'User', href: '/glossary/user/' },
          { name: 'Mentioned in', href: '/glossary/user/mentions/' },
        ],
        groups: [
          { id: 'kind-Guide', heading: 'Guides', cards: [{ href: '/guides/start/', title: 'Start here', kind: 'Guide' }] },
          {
            id: 'kind-Term',
            heading: 'Terms',
            cards: linking.map((t) => ({ href: `/glossary/${t.slug}/`, title: t.data.title, kind: 'Term' })),
          },
        ],
      },
    ]);
  });
});
