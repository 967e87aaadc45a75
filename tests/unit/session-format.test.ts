import { describe, expect, it } from 'vitest';
import { formatClock, formatCountdown, formatDuration } from '../../src/client/session/format';
import { emptyData, parseData, serialiseData } from '../../src/client/session/store';

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

describe('session demo storage', () => {
  it('reads nothing as "off" and round-trips saved data', () => {
    expect(parseData(null)).toEqual({ status: 'off' });
    const data = { ...emptyData('ua'), activities: [{ t: 1, kind: 'pageview' as const, page: '/' }], timeoutMin: 45 };
    expect(parseData(serialiseData(data))).toEqual({ status: 'ok', data });
  });

  it('reports corrupt JSON and unknown shapes as corrupt', () => {
    expect(parseData('{not json')).toEqual({ status: 'corrupt' });
    expect(parseData('42')).toEqual({ status: 'corrupt' });
    expect(parseData('{"v":99}')).toEqual({ status: 'corrupt' });
  });

  it('migrates the older format instead of losing it', () => {
    const old = JSON.stringify({ v: 1, events: [[10, 'p', '/a/'], [20, 'i'], [30, 'k'], ['bad']] });
    expect(parseData(old)).toEqual({
      status: 'migrated',
      data: { ...emptyData(), activities: [{ t: 10, kind: 'pageview', page: '/a/' }, { t: 20, kind: 'interaction' }, { t: 30, kind: 'key-event' }] },
    });
  });

  it('drops malformed activities but keeps the rest', () => {
    const raw = JSON.stringify({ ...emptyData(), activities: [{ t: 1, kind: 'pageview' }, { t: 'x', kind: 'pageview' }, { t: 2, kind: 'teleport' }] });
    const result = parseData(raw);
    expect(result.status === 'ok' && result.data.activities).toEqual([{ t: 1, kind: 'pageview' }]);
  });
});
