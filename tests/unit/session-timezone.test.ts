import { describe, expect, it } from 'vitest';
import { localDate, nextMidnight } from '../../src/session/timezone';

const H = 60 * 60 * 1_000;
const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const at = (iso: string): number => Date.parse(iso);

describe('time zone helpers', () => {
  it('gives the local calendar date in the named zone', () => {
    const t = at('2026-06-16T03:30:00Z');
    expect(localDate(t, LONDON)).toBe('2026-06-16');
    expect(localDate(t, NEW_YORK)).toBe('2026-06-15');
  });

  it('finds a 23-hour day when London springs forward (2026-03-29)', () => {
    expect(nextMidnight(at('2026-03-28T12:00:00Z'), LONDON)).toBe(at('2026-03-29T00:00:00Z'));
    const m = nextMidnight(at('2026-03-29T12:00:00Z'), LONDON);
    expect(m).toBe(at('2026-03-29T23:00:00Z'));
    expect(localDate(m - 1, LONDON)).toBe('2026-03-29');
    expect(localDate(m, LONDON)).toBe('2026-03-30');
  });

  it('finds a 25-hour day when New York falls back (2026-11-01)', () => {
    const start = nextMidnight(at('2026-10-31T16:00:00Z'), NEW_YORK);
    expect(start).toBe(at('2026-11-01T04:00:00Z'));
    const end = nextMidnight(at('2026-11-01T12:00:00Z'), NEW_YORK);
    expect(end).toBe(at('2026-11-02T05:00:00Z'));
    expect(end - start).toBe(25 * H);
  });

  it('copes with a zone whose midnight does not exist (Santiago, 2026-09-06)', () => {
    expect(nextMidnight(at('2026-09-05T12:00:00Z'), 'America/Santiago')).toBe(at('2026-09-06T04:00:00Z'));
  });

  it('is exact to the millisecond and strictly after t', () => {
    const midnight = at('2026-01-16T00:00:00Z');
    expect(nextMidnight(midnight - 1, LONDON)).toBe(midnight);
    expect(nextMidnight(midnight, LONDON)).toBe(midnight + 24 * H);
  });
});

