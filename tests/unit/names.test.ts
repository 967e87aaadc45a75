import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/term-links/names';

describe('normaliseName', () => {
  it('ignores case and the spaces around a name', () => {
    expect(normaliseName('  User Behaviour ')).toBe('user behaviour');
  });

  it('collapses any run of whitespace to one space', () => {
    expect(normaliseName('A/B\n\t test')).toBe('a/b test');
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(normaliseName('Fitts’s law')).toBe("fitts's law");
    expect(normaliseName('‘Aha’ moment')).toBe("'aha' moment");
  });

  it('keeps hyphens and other punctuation', () => {
    expect(normaliseName('P-value (two-sided)')).toBe('p-value (two-sided)');
  });
});
