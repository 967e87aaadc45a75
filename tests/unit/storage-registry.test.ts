import { describe, expect, it } from 'vitest';
import { STORED_DATA, storedDataKind } from '../../src/client/storage/registry';

const NOW = new Date(2026, 11, 1, 10, 0);

describe('storage registry', () => {
  it('describes every key the site keeps, each with the prefix and plain words', () => {
    expect(STORED_DATA.map((k) => k.key)).toEqual([
      'lexicon:theme',
      'lexicon:previews',
      'lexicon:progress',
      'lexicon:quiz',
      'lexicon:deck',
      'lexicon:session-demo',
    ]);
    for (const kind of STORED_DATA) expect(kind.description).toMatch(/^[A-Z].+\.$/);
  });

  it('checks values: settings by their allowed values, JSON data by shape', () => {
    const check = (key: `lexicon:${string}`, value: unknown) => storedDataKind(key).check(value);
    expect(check('lexicon:theme', 'dark')).toEqual([]);
    expect(check('lexicon:theme', 'blue')).toEqual(['"blue" is not one of "light", "dark"']);
    expect(check('lexicon:previews', 'off')).toEqual([]);
    expect(check('lexicon:progress', { understood: [] })).toEqual([]);
    expect(check('lexicon:progress', [])).toEqual([
      'not reading progress: expected { understood: [term slugs], paths: { guide slug: { best?: { score, total } } }, current? }',
    ]);
    expect(check('lexicon:progress', { understood: ['Not A Slug'] })).toHaveLength(1);
    expect(check('lexicon:quiz', { answers: { 'session:a0': true } })).toEqual([]);
    expect(check('lexicon:quiz', { answers: { 'session:a0': 'yes' } })).toEqual(['not quiz results: expected { answers: { "<term>:a0": true|false, … } }']);
    expect(check('lexicon:deck', { version: 1, mine: [], cards: {} })).toEqual([]);
    expect(check('lexicon:deck', { version: 1, mine: {}, cards: {} })).toEqual(['mine: not a list']);
    expect(check('lexicon:session-demo', { v: 2, activities: [] })).toEqual([]);
    expect(check('lexicon:session-demo', { v: 7 })).toEqual(['not a session demo log (its own check refused it)']);
  });

  it('describes what is held, with counts', () => {
    const deck = JSON.stringify({
      version: 1,
      mine: ['a', 'b'],
      cards: {
        a: { due: '2026-11-30T10:00:00.000Z', stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2 },
        c: { due: '2027-01-30T10:00:00.000Z', stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2 },
      },
    });
    expect(storedDataKind('lexicon:deck').describe(deck, NOW)).toBe('2 terms in my deck; 2 cards reviewed, 1 due today');
    expect(storedDataKind('lexicon:theme').describe('dark', NOW)).toBe('Dark theme');
    expect(storedDataKind('lexicon:progress').describe('{"visited":[],"understood":["a"]}', NOW)).toBe('1 term marked as understood');
    expect(storedDataKind('lexicon:session-demo').describe('{"v":2,"activities":[{},{}]}', NOW)).toBe('2 recorded activities');
  });

  it('treats a lexicon: key it does not know conservatively: text, bounded', () => {
    const kind = storedDataKind('lexicon:session-settings');
    expect(kind.label).toBe('Session demo data');
    expect(kind.check('{"a":1}')).toEqual([]);
    expect(kind.check({ a: 1 })).toEqual(['not text']);
    expect(kind.check('x'.repeat(1_000_001))).toEqual(['longer than 1000000 characters']);
    expect(storedDataKind('lexicon:future').label).toBe('Other site data');
  });
});
