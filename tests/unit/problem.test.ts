import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem, listPlaces, sortProblems, type Problem } from '../../src/glossary/problem';

const at = (file: string, over: Partial<Problem> = {}): Problem => ({ file, rule: 'r', message: 'm', severity: 'error', ...over });

describe('problems', () => {
  it('formats file, line, field, message and rule', () => {
    expect(formatProblem(at('content/terms/a.mdx', { line: 12, field: 'faq[0].answer', message: 'bad', rule: 'schema' }))).toBe('content/terms/a.mdx:12 › faq[0].answer: bad (schema)');
    expect(formatProblem(at('content/terms/a.mdx', { line: 3 }))).toBe('content/terms/a.mdx:3: m (r)');
    expect(formatProblem(at('content/terms/a.mdx', { field: 'title' }))).toBe('content/terms/a.mdx › title: m (r)');
  });

  it('lists a few places in full, and counts the rest, leaving out the problem’s own', () => {
    expect(listPlaces(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c, d, e');
    expect(listPlaces(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('a, b, c, d, e and 2 more');
    expect(listPlaces(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 1)).toBe('a, c, d, e, f and 1 more');
    expect(listPlaces(['a', 'b', 'c'], 2, 1)).toBe('a and 1 more');
  });

  it('sorts by file, then line, then errors before warnings', () => {
    const problems = [at('b'), at('a', { line: 9 }), at('a', { line: 2, severity: 'warning' }), at('a', { line: 2 }), at('a')];
    expect(sortProblems(problems)).toEqual([at('a'), at('a', { line: 2 }), at('a', { line: 2, severity: 'warning' }), at('a', { line: 9 }), at('b')]);
  });

  it('throws every problem in one message', () => {
    const error = new ContentError([at('b.mdx', { field: 'title' }), at('a.mdx', { line: 4 })]);
    expect(error.message).toBe('Content has 2 problems:\n  a.mdx:4: m (r)\n  b.mdx › title: m (r)');
    expect(error.name).toBe('ContentError');
    expect(new ContentError([at('a.mdx')]).message).toBe('Content has 1 problem:\n  a.mdx: m (r)');
  });

  it('points the dev overlay at the first problem’s file and line (line 1 when it has none)', () => {
    expect(new ContentError([at('b.mdx', { field: 'title' }), at('a.mdx', { line: 4 })]).loc).toEqual({ file: 'a.mdx', line: 4, column: 1 });
    expect(new ContentError([at('b.mdx', { field: 'title' })]).loc).toEqual({ file: 'b.mdx', line: 1, column: 1 });
  });
});
