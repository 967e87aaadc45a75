import { describe, expect, it } from 'vitest';
import { formatClock, formatCountdown, formatDuration } from '../../src/client/session/format';

describe('session demo formatting', () => {
  it('formats durations and countdowns', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(formatDuration(2 * 3600_000 + 4 * 60_000)).toBe('2 h 04 min');
    expect(formatCountdown(1_799_001)).toBe('30:00');
    expect(formatCountdown(28_500_000)).toBe('7:55:00');
    expect(formatCountdown(-5)).toBe('0:00');
    expect(formatClock(Date.UTC(2026, 10, 27, 14, 3, 22), 'UTC')).toBe('14:03:22');
  });
});
