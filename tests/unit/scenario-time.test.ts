import { describe, expect, it } from 'vitest';
import { formatOffset, isTimeZone, localToEpoch, parseGap, parseOffset } from '../../src/glossary/scenario-time';
import { wallClock } from '../../src/session/timezone';

describe('scenario offsets', () => {
  it('reads h:mm:ss, any number of hours', () => {
    expect(parseOffset('0:31:00')).toBe(31 * 60_000);
    expect(parseOffset('12:05:30')).toBe(12 * 3_600_000 + 5 * 60_000 + 30_000);
    expect(parseOffset('00:00:00')).toBe(0);
  });
  it('refuses what is not h:mm:ss', () => {
    for (const text of ['31:00', '0:60:00', '0:31', 'ten', '0:31:00.5', '-0:01:00']) expect(parseOffset(text)).toBeUndefined();
  });
  it('formats whole seconds the way authors write them', () => {
    expect(formatOffset(0)).toBe('0:00:00');
    expect(formatOffset(31 * 60_000 + 999)).toBe('0:31:00');
    expect(formatOffset(25 * 3_600_000 + 61_000)).toBe('25:01:01');
  });
  it('reads gaps in ms, s and m', () => {
    expect(parseGap('2s')).toBe(2000);
    expect(parseGap('0.5s')).toBe(500);
    expect(parseGap('1m')).toBe(60_000);
    expect(parseGap('250ms')).toBe(250);
    expect(parseGap('0s')).toBeUndefined();
    expect(parseGap('2 s')).toBeUndefined();
    expect(parseGap('2h')).toBeUndefined();
  });
});

describe('wall-clock start times', () => {
  it('knows IANA zones only', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('Europe/Londn')).toBe(false);
  });
  it('turns a local time into the instant, outside and inside summer time', () => {
    expect(localToEpoch('2026-01-10T09:00', 'Europe/London')).toBe(Date.UTC(2026, 0, 10, 9, 0));
    expect(localToEpoch('2026-07-10T09:00', 'Europe/London')).toBe(Date.UTC(2026, 6, 10, 8, 0));
    expect(localToEpoch('2026-03-10T23:50:30', 'America/New_York')).toBe(Date.UTC(2026, 2, 11, 3, 50, 30));
  });
  it('refuses a skipped hour and impossible dates; takes the first of a repeated hour', () => {
    expect(localToEpoch('2026-03-29T01:30', 'Europe/London')).toBeUndefined();
    expect(localToEpoch('2026-02-30T09:00', 'Europe/London')).toBeUndefined();
    expect(localToEpoch('2026-03-10 09:00', 'Europe/London')).toBeUndefined();
    expect(localToEpoch('2026-10-25T01:30', 'Europe/London')).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });
  it('shows the wall clock of an instant in a zone', () => {
    expect(wallClock(Date.UTC(2026, 2, 11, 4, 5, 6), 'America/New_York')).toEqual({ date: '2026-03-11', time: '00:05', timeWithSeconds: '00:05:06' });
  });
});
