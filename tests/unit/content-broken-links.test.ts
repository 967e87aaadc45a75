import { describe, expect, it } from 'vitest';
import { neutraliseBrokenLinks, unlink } from '../../src/glossary/content-broken-links';
import { createGlossary } from '../../src/glossary/glossary';
import { body, lintInput, withTerm } from './lint-fixtures';

describe('broken links', () => {
  it('neutralises links to one target: wiki-links become escapes, /glossary/ links anchors', () => {
    expect(unlink('See [[usr]], [[ usr |them]] and [it](/glossary/usr/#x), not [[user]].', 'usr')).toBe('See [[!usr]], [[!usr|them]] and [it](#broken-link), not [[user]].');
  });

  it('passes content whose links all resolve', () => {
    const input = lintInput();
    expect(neutraliseBrokenLinks(input)).toEqual({ input, issues: [] });
  });

  it('reports every unknown term with its file line, and neutralises them so the glossary builds', () => {
    const broken = body('user', 'pageview').replace('It is often misread.', 'Not [[usr]] nor [[pagevew|views]] nor [x](/glossary/evnt/).');
    const faq = [{ question: 'Q?', answer: 'See [[sesion]].' }];
    const input = lintInput({ terms: withTerm('session', { faq }, broken) });
    expect(() => createGlossary(input)).toThrow(/unknown term/);
    const result = neutraliseBrokenLinks(input, () => 10);
    expect(result.issues).toEqual([
      { file: 'content/terms/session.mdx', line: 20, message: 'unknown term "usr" — did you mean "User"?' },
      { file: 'content/terms/session.mdx', line: 20, message: 'unknown term "pagevew" — did you mean "Pageview"?' },
      { file: 'content/terms/session.mdx', line: 20, message: 'unknown term "evnt" — did you mean "Event"?' },
      { file: 'content/terms/session.mdx', field: 'faq[0].answer', message: 'unknown term "sesion" — did you mean "Session"?' },
    ]);
    expect(createGlossary(result.input).linksFrom({ kind: 'term', slug: 'session' }).map((t) => t.slug)).toEqual(['user', 'pageview']);
  });
});
