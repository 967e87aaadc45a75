import { describe, expect, it } from 'vitest';
import { closestMatches, editDistance, tolerance } from '../../src/term-links/suggest';

describe('editDistance', () => {
  it('is 0 for equal strings and the length of the other for an empty one', () => {
    expect(editDistance('session', 'session')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
  });

  it('counts an insertion, a deletion or a substitution as one edit', () => {
    expect(editDistance('sesion', 'session')).toBe(1);
    expect(editDistance('enagement', 'engagement')).toBe(1);
    expect(editDistance('sessions', 'session')).toBe(1);
    expect(editDistance('cat', 'cut')).toBe(1);
  });

  it('counts swapping two adjacent letters as one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('sesison', 'session')).toBe(1);
  });

  it('is case-sensitive (callers lower-case first)', () => {
    expect(editDistance('Session', 'session')).toBe(1);
  });
});

describe('tolerance', () => {
  it('allows one edit per four letters, and at least one', () => {
    expect([1, 3, 4, 7, 8, 12].map((n) => tolerance('x'.repeat(n)))).toEqual([1, 1, 1, 1, 2, 3]);
  });
});

describe('closestMatches', () => {
  it('returns the names within tolerance, as given', () => {
    expect(closestMatches('Interation', ['Interaction', 'Session'])).toEqual(['Interaction']);
  });

  it('returns nothing when no name is close enough, or the query is blank', () => {
    expect(closestMatches('zzz', ['Interaction'])).toEqual([]);
    expect(closestMatches('   ', ['Interaction'])).toEqual([]);
  });

  it('compares case-insensitively and ignores spaces around the query', () => {
    expect(closestMatches('  SESION ', ['session', 'Sessions'])).toEqual(['session']);
  });

  it('puts the closest first and keeps the candidates’ order between equals', () => {
    expect(closestMatches('abcdefgh', ['abcdefxy', 'abcdefgx', 'abcdefgy'])).toEqual(['abcdefgx', 'abcdefgy', 'abcdefxy']);
  });

  it('returns at most three by default, or the limit given', () => {
    const candidates = ['abce', 'abcf', 'abcg', 'abch'];
    expect(closestMatches('abcd', candidates)).toEqual(['abce', 'abcf', 'abcg']);
    expect(closestMatches('abcd', candidates, 1)).toEqual(['abce']);
  });
});
