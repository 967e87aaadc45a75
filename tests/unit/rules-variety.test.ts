import { describe, expect, it } from 'vitest';
import type { TermEntry } from '../../src/glossary/records';
import { figuresIn, repeatedFigures, sameOpenings } from '../../src/glossary/rules-variety';
import { contextOf, goodTerm, lintInput } from './lint-fixtures';

/** A term whose "## In practice" (file line 7) reads `practice`, in the given categories. */
function termWith(slug: string, practice: string, categories = ['analytics']): TermEntry {
  const base = goodTerm('session', 0);
  return {
    ...base,
    slug,
    filePath: `content/terms/${slug}.mdx`,
    body: `## Definition\n\nAbout ${slug}.\n\n## In practice\n\n${practice}\n\n## The reality\n\nTrue.\n`,
    data: { ...base.data, title: slug, categories },
  };
}
const contextWith = (terms: TermEntry[]) =>
  contextOf(lintInput({ terms, categories: ['analytics', 'privacy'].map((slug) => ({ slug, data: { title: slug, description: slug } })) }));
const files = (issues: { file: string }[]) => issues.map((i) => i.file.replace(/^content\/terms\/|\.mdx$/g, ''));

describe('same-opening', () => {
  const openings = (...texts: string[]) => texts.map((text, i) => termWith(`t${i}`, text));

  it('allows a third of a category to open alike, and warns past it', () => {
    const others = ['Alpha one.', 'Beta two.', 'Gamma three.', 'Delta four.', 'Epsilon five.', 'Zeta six.'];
    expect(sameOpenings(contextWith(openings('A team ran it.', 'A team saw it.', 'A TEAM, then.', ...others.slice(0, 6))))).toEqual([]);
    const issues = sameOpenings(contextWith(openings('A team ran it.', 'A team saw it.', '[[t0|A]] team, then.', 'A team again.', ...others.slice(0, 5))));
    expect(files(issues)).toEqual(['t0', 't1', 't2', 't3']);
    expect(issues[0]).toEqual({
      file: 'content/terms/t0.mdx',
      line: 7,
      message:
        '"## In practice" opens with "a team" in 4 of the 9 terms of category "analytics", as in content/terms/t1.mdx, content/terms/t2.mdx, content/terms/t3.mdx; open it another way',
    });
  });

  it('needs at least 3 alike, however small the category, and counts a term in each of its categories', () => {
    expect(sameOpenings(contextWith(openings('A team ran it.', 'A team saw it.')))).toEqual([]);
    const issues = sameOpenings(
      contextWith([termWith('a', 'Picture a shop.', ['analytics', 'privacy']), termWith('b', 'Picture a team.', ['analytics', 'privacy']), termWith('c', 'Picture a cat.', ['privacy'])]),
    );
    expect(issues.map((i) => `${files([i])[0]} ${/category "(\w+)"/.exec(i.message)![1]}`)).toEqual(['a privacy', 'b privacy', 'c privacy']);
  });
});

describe('repeated-figures', () => {
  it('reads figures: currency, decimals and per cent, whatever the thousands separator or spacing; not counts, times or words', () => {
    expect(figuresIn('£1,200 then £1200, 2.4 and 35 % of 1,000 visits at 09:30 in GA4, e.g. 4.0 or $5 and 35%.')).toEqual(['£1200', '2.4', '35%', '4.0', '$5']);
  });

  const withFigures = (...practices: string[]) => contextWith(practices.map((text, i) => termWith(`t${i}`, text)));

  it('allows one figure in every term, and three together in three terms', () => {
    expect(repeatedFigures(withFigures('At 5%.', 'At 5%.', 'At 5%.', 'At 5%.', 'At 5%.'))).toEqual([]);
    expect(repeatedFigures(withFigures('5%, 80%, 2.5', '5%, 80%, 2.5', '5%, 80%, 2.5', '5%, 80%, 3.5', '5%, 80%'))).toEqual([]);
  });

  it('warns each term once, naming each group of terms it shares figures with and every figure that group shares', () => {
    const issues = repeatedFigures(withFigures('5%, 80%, 2.5, £9', '£9, 5%, 80%, 2.5', '5% 80% 2.5 £9', '5%; 80%; 2.5; £9; 7.5', '5%, 80%, 2.5'));
    const others = (...n: number[]) => n.map((i) => `content/terms/t${i}.mdx`).join(', ');
    expect(issues.map((i) => `${i.file}:${i.line} ${i.message}`)).toEqual([
      ...[0, 1, 2, 3].map((t) => {
        const rest = [0, 1, 2, 3].filter((n) => n !== t);
        return `content/terms/t${t}.mdx:7 the worked example uses 2.5, 5%, £9, 80%, like 3 other terms (${others(...rest)}); and 2.5, 5%, 80%, like 4 other terms (${others(...rest, 4)}); vary the figures`;
      }),
      `content/terms/t4.mdx:7 the worked example uses 2.5, 5%, 80%, like 4 other terms (${others(0, 1, 2, 3)}); vary the figures`,
    ]);
  });

  it('keeps each warning short however widely the figures recur', () => {
    // Seven figures in all 12 terms, and t0 sharing one more figure with each of four other groups of three.
    const groups = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 1]];
    const extras = (i: number) => ['9.1', '9.2', '9.3', '9.4'].filter((_, g) => i === 0 || groups[g]!.includes(i));
    const issues = repeatedFigures(withFigures(...Array.from({ length: 12 }, (_, i) => ['1.1', '2.2', '3.3', '4.4', '5.5', '6.6', '7.7', ...extras(i)].join(', '))));
    expect(issues).toHaveLength(12);
    expect(issues[0]!.message).toBe(
      'the worked example uses 1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, like 11 other terms (content/terms/t1.mdx, content/terms/t2.mdx, content/terms/t3.mdx, content/terms/t4.mdx, content/terms/t5.mdx and 6 more); ' +
        'and 1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 9.1, like 3 other terms (content/terms/t1.mdx, content/terms/t2.mdx, content/terms/t3.mdx); ' +
        'and 1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 9.2, like 3 other terms (content/terms/t4.mdx, content/terms/t5.mdx, content/terms/t6.mdx); and 2 more sets; vary the figures',
    );
  });
});
