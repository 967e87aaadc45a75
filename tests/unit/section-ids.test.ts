import { describe, expect, it } from 'vitest';
import { faqItemId, SECTIONS } from '../../src/glossary/section-ids';

describe('section ids', () => {
  it('gives every section its own id, so no two link targets of a page collide', () => {
    const ids = Object.values(SECTIONS).map((s) => s.id);
    expect(ids).toEqual([...new Set(ids)]);
  });

  it('numbers FAQ questions from 1', () => {
    expect([faqItemId(0), faqItemId(1)]).toEqual(['faq-1', 'faq-2']);
  });
});
