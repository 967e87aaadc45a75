import { describe, expect, it } from 'vitest';
import { cardAlt, cardCacheKey, cardFileName, cardHash, cardImagePath, normaliseCard, OG_TEMPLATE_VERSION, type OgCardInput } from '../../src/glossary/og-card';

const session: OgCardInput = {
  kind: 'Glossary term',
  title: 'Session',
  categories: ['Analytics & measurement'],
  line: 'One visit, from arrival until the person goes quiet.',
  lineStyle: 'highlight',
};

describe('card inputs', () => {
  it('normalises whitespace and fills in the optional fields', () => {
    expect(normaliseCard({ kind: ' Guide ', title: 'A\n  title', line: ' one  line ' })).toEqual({
      kind: 'Guide',
      title: 'A title',
      categories: [],
      line: 'one line',
      lineStyle: 'plain',
      meta: '',
    });
  });

  it('gives the same hash to the same inputs, however they are spaced', () => {
    expect(cardHash(session)).toBe(cardHash({ ...session, title: ' Session\n' }));
    expect(cardHash(session)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives a new hash when anything the card shows changes', () => {
    const hashes = [
      session,
      { ...session, title: 'Sessions' },
      { ...session, line: 'One visit.' },
      { ...session, categories: ['Analytics'] },
      { ...session, categories: [] },
      { ...session, kind: 'Guide' },
      { ...session, lineStyle: 'plain' as const },
      { ...session, meta: '8 steps' },
    ].map(cardHash);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('keeps fields apart, so moving text between them changes the hash', () => {
    expect(cardHash({ kind: 'a', title: 'b c', line: '' })).not.toBe(cardHash({ kind: 'a b', title: 'c', line: '' }));
    expect(cardHash({ ...session, categories: ['A, B'] })).not.toBe(cardHash({ ...session, categories: ['A', 'B'] }));
  });

  it('hashes the template version with the inputs', () => {
    expect(OG_TEMPLATE_VERSION).toBe(3);
  });

  it('names the file after the title and the hash', () => {
    const hash = cardHash(session);
    expect(cardFileName(session)).toBe(`session-${hash.slice(0, 12)}.png`);
    expect(cardImagePath(session)).toBe(`/og/session-${hash.slice(0, 12)}.png`);
    expect(cardFileName({ ...session, title: 'Café: A/B tests — “why”?' })).toMatch(/^cafe-a-b-tests-why-[0-9a-f]{12}\.png$/);
    expect(cardFileName({ ...session, title: '“”' })).toMatch(/^card-[0-9a-f]{12}\.png$/);
    const long = cardFileName({ ...session, title: 'word '.repeat(30) });
    expect(long.length).toBeLessThanOrEqual(48 + 1 + 12 + 4);
    expect(long).not.toMatch(/--|-(?=-)/);
  });

  it('keys the cache by the inputs and the renderer', () => {
    const hash = cardHash(session);
    expect(cardCacheKey(hash, 'renderer 1')).toBe(cardCacheKey(hash, 'renderer 1'));
    expect(cardCacheKey(hash, 'renderer 1')).not.toBe(cardCacheKey(hash, 'renderer 2'));
    expect(cardCacheKey(hash, 'renderer 1')).not.toBe(cardCacheKey(cardHash({ ...session, title: 'Visit' }), 'renderer 1'));
    expect(cardCacheKey(hash, 'renderer 1')).toMatch(/^[0-9a-f]{40}$/);
  });

  it('describes the card in its alt text, in reading order', () => {
    expect(cardAlt(session, 'Lexicon')).toBe('Lexicon glossary term (Analytics & measurement): Session. One visit, from arrival until the person goes quiet.');
    expect(cardAlt({ kind: 'Guide', title: 'Your first A/B test', line: 'Run one.' }, 'Lexicon')).toBe('Lexicon guide: Your first A/B test. Run one.');
  });
});
