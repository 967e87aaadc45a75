import { describe, expect, it } from 'vitest';
import { buildGlossary, checkContent } from '../../src/glossary/content-check';
import { ContentError, formatProblem } from '../../src/glossary/problem';
import { body, contentOf, guide, lintInput, withTerm } from './lint-fixtures';

const brokenContent = () =>
  contentOf(
    lintInput({
      terms: withTerm('session', { faq: [], categories: ['analytic'] }, body('user', 'pageview').replace('It is often misread.', 'Not [[usr]].')),
      guides: [guide('basics', ['session', 'usr'])],
    }),
    { bodyLine: () => 8 },
  );

describe('checking content', () => {
  it('builds the glossary and finds nothing wrong with good content', () => {
    const { glossary, problems } = checkContent(contentOf(lintInput()));
    expect(problems).toEqual([]);
    expect(glossary.terms.map((t) => t.slug)).toEqual(['event', 'pageview', 'session', 'user']);
    expect(buildGlossary(contentOf(lintInput())).terms).toHaveLength(4);
  });

  it('lints with every rule, the glossary built without the broken links', () => {
    const { glossary, problems } = checkContent(brokenContent());
    expect(problems.map((p) => `${p.severity} ${formatProblem(p)}`)).toEqual([
      'error content/terms/session.mdx:18: unknown term "usr" — did you mean "User"? (broken-link)',
      'error content/terms/session.mdx › categories[0]: unknown category "analytic" — did you mean "analytics"? (unknown-reference)',
      'error content/guides/basics.mdx › steps[1]: unknown term "usr" — did you mean "user"? (unknown-reference)',
      'error content/terms/session.mdx › faq: has 0 FAQ items; the flagship term needs 6–8 (faq-count)',
    ]);
    expect(glossary.linksFrom({ kind: 'term', slug: 'session' }).map((t) => t.slug)).toEqual(['user', 'pageview']);
  });

  it('fails the build with every problem of the build rules at once, and none of the editorial ones', () => {
    expect(() => buildGlossary(brokenContent())).toThrow(ContentError);
    expect(() => buildGlossary(brokenContent())).toThrow(
      [
        'Content has 3 problems:',
        '  content/guides/basics.mdx › steps[1]: unknown term "usr" — did you mean "user"? (unknown-reference)',
        '  content/terms/session.mdx › categories[0]: unknown category "analytic" — did you mean "analytics"? (unknown-reference)',
        '  content/terms/session.mdx:18: unknown term "usr" — did you mean "User"? (broken-link)',
      ].join('\n'),
    );
  });
});
