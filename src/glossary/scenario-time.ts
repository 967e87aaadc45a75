/**
 * Times in scenario files: offsets from the scenario's start ("0:31:00"), and the start itself, a
 * wall-clock time in a named time zone ("2026-03-10T23:40"). Built on Intl alone, so a scenario
 * across midnight or a clock change resolves the way the tools that reset at midnight see it.
 */
import { wallClock } from '../session/timezone';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** "0:31:00" or "12:05:30": hours (any number), minutes and seconds after the start. */
const OFFSET = /^(\d{1,3}):([0-5]\d):([0-5]\d)$/;

/** Milliseconds of an "h:mm:ss" offset, or undefined when it is not one. */
export function parseOffset(text: string): number | undefined {
  const match = OFFSET.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * HOUR + Number(match[2]) * MINUTE + Number(match[3]) * SECOND;
}

/** An offset as authors write it: "0:31:00" (whole seconds; a fraction is rounded down). */
export function formatOffset(ms: number): string {
  const total = Math.floor(ms / SECOND);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(total / 3600)}:${two(Math.floor(total / 60) % 60)}:${two(total % 60)}`;
}

/** "2s", "0.5s", "1m", "250ms": the gap between repeated steps, in ms (undefined when unreadable or zero). */
export function parseGap(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)$/.exec(text);
  if (!match) return undefined;
  const ms = Number(match[1]) * { ms: 1, s: SECOND, m: MINUTE }[match[2] as 'ms' | 's' | 'm'];
  return ms >= 1 && Number.isFinite(ms) ? Math.round(ms) : undefined;
}

/** Whether Intl knows the IANA time zone name. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Every time zone name the runtime knows, for suggestions. */
export function knownTimeZones(): string[] {
  return Intl.supportedValuesOf('timeZone');
}

/** The zone's offset from UTC at epoch ms `t`, in ms (positive east of Greenwich). */
function offsetAt(t: number, timeZone: string): number {
  const clock = wallClock(t, timeZone);
  const [y, mo, d] = clock.date.split('-').map(Number) as [number, number, number];
  const [h, mi, s] = clock.timeWithSeconds.split(':').map(Number) as [number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(t / SECOND) * SECOND;
}

/** "2026-03-10T23:40" or "2026-03-10T23:40:30". */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Epoch ms of a wall-clock time in `timeZone`, or undefined when the text is not such a time or
 * the clock never shows it there (the hour skipped when clocks go forward). In the hour that
 * repeats when clocks go back, the first of the two instants is taken.
 */
export function localToEpoch(text: string, timeZone: string): number | undefined {
  const match = LOCAL.exec(text);
  if (!match) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1).map((n) => Number(n ?? 0)) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23) return undefined;
  // Try the offsets in force just before and after the guess; the earliest that reproduces the clock wins.
  const candidates = [asUtc - offsetAt(asUtc - 12 * HOUR, timeZone), asUtc - offsetAt(asUtc + 12 * HOUR, timeZone)].sort((a, b) => a - b);
  const wanted = text.length === 16 ? `${text.slice(11)}:00` : text.slice(11);
  return candidates.find((t) => {
    const clock = wallClock(t, timeZone);
    return clock.date === text.slice(0, 10) && clock.timeWithSeconds === wanted;
  });
}
