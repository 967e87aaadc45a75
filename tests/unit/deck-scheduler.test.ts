import { describe, expect, it } from 'vitest';
import { answer, intervals } from '../../src/client/deck/scheduler';

const NOW = new Date('2026-12-01T10:00:00.000Z');

describe('review scheduler (FSRS, whole days, no fuzz)', () => {
  it('schedules a new card by answer: Again 1 day, Hard 2, Good 3, Easy 8', () => {
    expect(answer(undefined, 'Again', NOW).due).toBe('2026-12-02T10:00:00.000Z');
    expect(answer(undefined, 'Hard', NOW).due).toBe('2026-12-03T10:00:00.000Z');
    expect(answer(undefined, 'Good', NOW).due).toBe('2026-12-04T10:00:00.000Z');
    expect(answer(undefined, 'Easy', NOW).due).toBe('2026-12-09T10:00:00.000Z');
    expect(intervals(undefined, NOW)).toEqual({ Again: 1, Hard: 2, Good: 3, Easy: 8 });
  });

  it('keeps the whole card state, with dates as ISO strings', () => {
    expect(answer(undefined, 'Good', NOW)).toEqual({
      due: '2026-12-04T10:00:00.000Z',
      stability: 2.3065,
      difficulty: 2.11810397,
      elapsed_days: 0,
      scheduled_days: 3,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      last_review: '2026-12-01T10:00:00.000Z',
    });
  });

  it('spaces a remembered card further out, and brings a forgotten one back the next day', () => {
    const first = answer(undefined, 'Good', NOW);
    const onTime = new Date(first.due);
    expect(answer(first, 'Good', onTime).due).toBe('2026-12-18T10:00:00.000Z');
    expect(answer(first, 'Easy', onTime).due).toBe('2026-12-28T10:00:00.000Z');
    const forgotten = answer(first, 'Again', onTime);
    expect(forgotten.due).toBe('2026-12-05T10:00:00.000Z');
    expect(forgotten.lapses).toBe(1);
  });

  it('gives the same dates for the same answers at the same time', () => {
    expect(answer(answer(undefined, 'Hard', NOW), 'Good', new Date('2026-12-03T09:00:00Z'))).toEqual(
      answer(answer(undefined, 'Hard', NOW), 'Good', new Date('2026-12-03T09:00:00Z')),
    );
  });
});
