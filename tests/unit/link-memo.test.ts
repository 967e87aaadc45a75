import { describe, expect, it } from 'vitest';
import { linkedTermsOnce, linkIndexFor } from '../../src/glossary/link-memo';
import { UnknownTermError } from '../../src/term-links/plugin';

const names = (visitAlias: string) => [
  { slug: 'session', title: 'Session', aliases: [visitAlias] },
  { slug: 'user', title: 'User', aliases: [] },
];

describe('linkIndexFor', () => {
  it('gives the same index while the names are the same, and a new one when a name changes', () => {
    const first = linkIndexFor(names('visit'));
    expect(linkIndexFor(names('visit'))).toBe(first);
    const changed = linkIndexFor(names('stay'));
    expect(changed).not.toBe(first);
    expect([changed.resolve('stay'), changed.resolve('visit')]).toEqual(['session', undefined]);
  });
});

describe('linkedTermsOnce', () => {
  const file = 'content/terms/memo-test.mdx';

  it('finds the links of the text as it is now, after an edit and after a name changes', () => {
    const index = linkIndexFor(names('visit'));
    expect([...linkedTermsOnce('A visit by a user.', { index, file, autolink: true }, 'body')]).toEqual(['session', 'user']);
    expect([...linkedTermsOnce('A visit by a user.', { index, file, autolink: false }, 'body')]).toEqual([]);
    expect([...linkedTermsOnce('Only a [[user]].', { index, file, autolink: true }, 'body')]).toEqual(['user']);
    const renamed = linkIndexFor(names('stay'));
    expect([...linkedTermsOnce('A visit by a user.', { index: renamed, file, autolink: true }, 'body')]).toEqual(['user']);
  });

  it('hands out a copy the caller may add to', () => {
    const index = linkIndexFor(names('visit'));
    linkedTermsOnce('A [[visit]].', { index, file, autolink: false }, 'copy').add('user');
    expect([...linkedTermsOnce('A [[visit]].', { index, file, autolink: false }, 'copy')]).toEqual(['session']);
  });

  it('throws on a broken link every time it is asked', () => {
    const index = linkIndexFor(names('visit'));
    for (let i = 0; i < 2; i++) {
      expect(() => linkedTermsOnce('A [[usr]].', { index, file, autolink: false }, 'broken')).toThrow(UnknownTermError);
    }
  });
});
