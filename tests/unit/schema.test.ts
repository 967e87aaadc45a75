import { describe, expect, it } from 'vitest';
import { termSchema } from '../../src/glossary/schema';

const valid = {
  title: 'Session',
  summary: 'A session is one visit.',
  categories: ['analytics'],
  plainEnglish: 'One visit to a website.',
  updated: '2026-11-27',
};

function issues(data: Record<string, unknown>) {
  const result = termSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('term schema', () => {
  it('accepts a minimal valid term and fills defaults', () => {
    expect(termSchema.parse(valid)).toEqual({
      ...valid,
      updated: new Date('2026-11-27'),
      aliases: [],
      faq: [],
      related: { terms: [], guides: [], services: [] },
      sources: [],
      autolink: true,
      quiz: [],
    });
  });

  it.each([
    ['title', 'Invalid input: expected string, received undefined'],
    ['summary', 'Invalid input: expected string, received undefined'],
    ['categories', 'Invalid input: expected array, received undefined'],
    ['plainEnglish', 'Invalid input: expected string, received undefined'],
    ['updated', 'must be a date such as 2026-11-27'],
  ])('names the missing required field %s', (field, message) => {
    const { [field]: _omitted, ...rest } = valid as Record<string, unknown>;
    expect(issues(rest)).toEqual([`${field}: ${message}`]);
  });

  it('rejects a summary over 200 characters, saying so', () => {
    expect(issues({ ...valid, summary: `A ${'very '.repeat(50)}long summary.` })).toContain('summary: must be at most 200 characters');
  });

  it('rejects a summary of two sentences but allows "e.g."', () => {
    expect(issues({ ...valid, summary: 'One thing. Another thing.' })).toContain('summary: must be a single sentence');
    expect(issues({ ...valid, summary: 'One thing, e.g. This one.' })).toEqual([]);
  });

  it('rejects an empty category list, a bad slug and a plain English line over 20 words', () => {
    expect(issues({ ...valid, categories: [] })).toContain('categories: needs at least one category');
    expect(issues({ ...valid, categories: ['Analytics'] })[0]).toMatch(/^categories.0: must be a lowercase slug/);
    expect(issues({ ...valid, plainEnglish: 'word '.repeat(21).trim() })).toContain('plainEnglish: must be at most 20 words');
  });

  it('rejects a source without a valid URL and an FAQ without an answer', () => {
    expect(issues({ ...valid, sources: [{ title: 'x', url: 'not a url' }] })).toContain('sources.0.url: must be an absolute http(s) URL');
    expect(issues({ ...valid, faq: [{ question: 'Why?' }] })).toEqual(['faq.0.answer: Invalid input: expected string, received undefined']);
  });
});
