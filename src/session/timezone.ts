/**
 * Calendar-day helpers for a named IANA time zone, built on Intl alone.
 * Products that reset sessions at midnight do so in the *property's* time zone, not the
 * reader's, so the engine cannot lean on the host's local Date methods.
 */

const HOUR_MS = 3_600_000;
/** A local day is at most 25 h (DST end) and a zone can skip a day, so this bounds the hour walk. */
const MAX_HOURS_TO_WALK = 48;

// Building a DateTimeFormat is far costlier than using one, and the engine asks per event.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Pinning calendar, digits and the 24-hour cycle keeps the output plain whatever the host locale.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface WallClock {
  /** "2026-03-10" */
  date: string;
  /** "23:40" */
  time: string;
  /** "23:40:05" */
  timeWithSeconds: string;
}

/**
 * What a wall clock in `timeZone` shows at epoch ms `t`.
 * Throws RangeError for an unknown time zone, as Intl does.
 */
export function wallClock(t: number, timeZone: string): WallClock {
  const part: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(t)) part[p.type] = p.value;
  const time = `${part['hour']}:${part['minute']}`;
  return { date: `${(part['year'] ?? '').padStart(4, '0')}-${part['month']}-${part['day']}`, time, timeWithSeconds: `${time}:${part['second']}` };
}

/** The calendar date (YYYY-MM-DD) that a wall clock in `timeZone` shows at epoch ms `t`. */
export const localDate = (t: number, timeZone: string): string => wallClock(t, timeZone).date;

/**
 * The first instant (epoch ms) after `t` whose local date in `timeZone` differs from t's.
 * Local midnight is not always 00:00 (some zones jump from 23:59:59 to 01:00) and days are
 * 23–25 h long, so rather than doing offset arithmetic we walk forward an hour at a time
 * until the date changes, then bisect that hour down to the millisecond.
 */
export function nextMidnight(t: number, timeZone: string): number {
  const day = localDate(t, timeZone);
  let lo = t;
  let hi = t + HOUR_MS;
  for (let i = 0; localDate(hi, timeZone) === day; i++) {
    if (i >= MAX_HOURS_TO_WALK) throw new RangeError(`No date change within ${MAX_HOURS_TO_WALK} h in ${timeZone}`);
    lo = hi;
    hi += HOUR_MS;
  }
  // Invariant: lo is still on `day`, hi is not.
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (localDate(mid, timeZone) === day) lo = mid;
    else hi = mid;
  }
  return hi;
}
