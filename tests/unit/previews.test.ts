import { describe, expect, it } from 'vitest';
import { INLINE_PREVIEW_BUDGET, inlinePreviewBudget, inlinePreviews, termTextLength } from '../../src/glossary/previews';
import type { TermPreview } from '../../src/term-links/preview';
import { term } from './fixtures';

const preview = (slug: string, summaryLength: number): TermPreview => ({
  slug,
  title: slug,
  category: '',
  href: `/glossary/${slug}/`,
  summaryHtml: 'x'.repeat(summaryLength),
  plainEnglish: '',
});

describe('inline previews', () => {
  it('keeps the previews met first while their cost fits the budget', () => {
    // Each costs 110 + 2 × 1 (slug) + 1 (title) + 87 (summary) = 200 bytes.
    const previews = ['a', 'b', 'c'].map((slug) => preview(slug, 87));
    expect(inlinePreviews(previews, 400).map((p) => p.slug)).toEqual(['a', 'b']);
    expect(inlinePreviews(previews, 399).map((p) => p.slug)).toEqual(['a']);
    expect(inlinePreviews(previews, 0)).toEqual([]);
  });

  it('gives a page a budget in proportion to its own text, up to the cap', () => {
    expect(inlinePreviewBudget(1000)).toBe(800);
    expect(inlinePreviewBudget(0)).toBe(0);
    expect(inlinePreviewBudget(100_000)).toBe(INLINE_PREVIEW_BUDGET);
  });

  it('counts a term page’s own text: body, summary, plain English and FAQ', () => {
    const t = term('session', {
      summary: 'Twelve chars',
      plainEnglish: 'Five.',
      faq: [{ question: 'Why?', answer: 'Because.' }],
    });
    expect(termTextLength({ ...t, body: 'x'.repeat(50) })).toBe(50 + 12 + 5 + 4 + 8);
  });
});
