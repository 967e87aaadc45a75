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
    // Pinning calendar and digits keeps the output a plain Gregorian date whatever the host locale.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The calendar date (YYYY-MM-DD) that a wall clock in `timeZone` shows at epoch ms `t`.
 * Throws RangeError for an unknown time zone, as Intl does.
 */
export function localDate(t: number, timeZone: string): string {
  let year = '';
  let month = '';
  let day = '';
  for (const part of formatterFor(timeZone).formatToParts(t)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year.padStart(4, '0')}-${month}-${day}`;
}

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
