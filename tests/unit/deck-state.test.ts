import { describe, expect, it } from 'vitest';
import { addToMine, deckCounts, deckProblems, emptyDeck, parseDeck, removeFromMine, reviewQueue, serialiseDeck, type StoredCard } from '../../src/client/deck/deck-state';

const card = (due: string): StoredCard => ({
  due,
  stability: 2.3,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 3,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  last_review: '2026-11-28T10:00:00.000Z',
});
// Process time zone is whatever the machine has: build "now" and "today" in local time.
const NOW = new Date(2026, 11, 1, 10, 0);
const laterToday = new Date(2026, 11, 1, 22, 0).toISOString();
const tomorrow = new Date(2026, 11, 2, 8, 0).toISOString();
const yesterday = new Date(2026, 10, 30, 8, 0).toISOString();

describe('deck state', () => {
  it('adds a term to my deck once, and removes it', () => {
    const deck = addToMine(addToMine(emptyDeck(), 'session'), 'session');
    expect(deck.mine).toEqual(['session']);
    expect(removeFromMine(deck, 'session').mine).toEqual([]);
  });

  it('counts cards due today (any time today, local) and new ones', () => {
    const deck = { ...emptyDeck(), mine: ['a', 'b', 'c', 'd'], cards: { a: card(yesterday), b: card(laterToday), c: card(tomorrow) } };
    expect(deckCounts(deck, NOW)).toEqual({ scheduled: 3, due: 2, new: 1 });
    expect(deckCounts(deck, NOW, ['c', 'd', 'e'])).toEqual({ scheduled: 1, due: 0, new: 2 });
  });

  it('reviews due cards, most overdue first, then new ones in deck order', () => {
    const deck = { ...emptyDeck(), cards: { a: card(laterToday), b: card(yesterday), c: card(tomorrow) } };
    expect(reviewQueue(deck, ['x', 'a', 'c', 'b', 'y'], NOW)).toEqual(['b', 'a', 'x', 'y']);
  });

  it('round-trips through its stored text and reads nothing or junk as empty', () => {
    const deck = { ...emptyDeck(), mine: ['session'], cards: { session: card(tomorrow) } };
    expect(parseDeck(serialiseDeck(deck))).toEqual(deck);
    expect(parseDeck(null)).toEqual(emptyDeck());
    expect(parseDeck('{oops')).toEqual(emptyDeck());
    expect(parseDeck('{"version":2,"mine":[],"cards":{}}')).toEqual(emptyDeck());
  });

  it('names every problem of a malformed deck', () => {
    expect(deckProblems([])).toEqual(['not an object']);
    expect(
      deckProblems({ version: 1, mine: ['ok', 'Not A Slug', 3], cards: { session: { ...card(tomorrow), due: 'soon', reps: -1, state: 7 } } }),
    ).toEqual([
      'mine[1]: not a term slug',
      'mine[2]: not a term slug',
      'cards › session › due: not a date',
      'cards › session › reps: not a whole number',
      'cards › session › state: not 0, 1, 2 or 3',
    ]);
    expect(deckProblems({ version: 1, mine: [], cards: [] })).toEqual(['cards: not an object']);
  });
});
