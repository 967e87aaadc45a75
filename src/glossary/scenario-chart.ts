/**
 * Where things sit on the scenario lab's time axis. Positions are percentages of the axis, so the
 * chart is drawn as SVG with percentage coordinates: it stretches to any width, and no inline
 * style is needed (the site's CSP allows none).
 */
import { formatOffset } from './scenario-time';

const MINUTE = 60_000;

/**
 * The axis runs a little past the last step, so a mark at the end is not cut in half, and ends
 * on a whole minute, so its last moment reads as a round time.
 */
export function axisEndMs(durationMs: number): number {
  const end = Math.max(MINUTE, durationMs + Math.max(MINUTE / 2, durationMs * 0.04));
  return Math.ceil(end / MINUTE) * MINUTE;
}

/** A position on the axis, as a percentage with one decimal, clamped to the axis. */
export function pct(ms: number, endMs: number): number {
  return Math.round(Math.min(1, Math.max(0, ms / endMs)) * 1000) / 10;
}

/** Tick spacings to choose from: the first that gives at most this many ticks wins. */
const TICK_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720].map((m) => m * MINUTE);
const MAX_TICKS = 7;

export interface Tick {
  ms: number;
  pct: number;
  /** "0:30", hours and minutes after the start. */
  label: string;
}

export function axisTicks(endMs: number): Tick[] {
  const step = TICK_STEPS.find((s) => endMs / s <= MAX_TICKS) ?? TICK_STEPS.at(-1)!;
  const ticks: Tick[] = [];
  for (let ms = 0; ms <= endMs; ms += step) ticks.push({ ms, pct: pct(ms, endMs), label: formatOffset(ms).slice(0, -3) });
  return ticks;
}

export interface Run<T> {
  startMs: number;
  endMs: number;
  items: T[];
}

/**
 * Consecutive items closer than `gapMs` to the previous one, and alike by `key`, joined into one
 * run: a burst of 600 hits is drawn as one bar, not 600 dots.
 */
export function runsOf<T>(items: readonly T[], timeOf: (item: T) => number, gapMs: number, key: (item: T) => string = () => ''): Run<T>[] {
  const runs: Run<T>[] = [];
  let keyOfLast = '';
  for (const item of items) {
    const t = timeOf(item);
    const last = runs.at(-1);
    const k = key(item);
    if (last && t - last.endMs <= gapMs && k === keyOfLast) {
      last.endMs = t;
      last.items.push(item);
    } else {
      runs.push({ startMs: t, endMs: t, items: [item] });
    }
    keyOfLast = k;
  }
  return runs;
}

/**
 * A row for each mark so marks closer than `minGapPct` do not overlap: the first row whose last
 * mark is far enough to the left. Returns each mark's row (0-based).
 */
export function stackRows(positions: readonly { startPct: number; endPct: number }[], minGapPct: number): number[] {
  const rowEnds: number[] = [];
  return positions.map(({ startPct, endPct }) => {
    let row = rowEnds.findIndex((end) => startPct - end >= minGapPct);
    if (row < 0) row = rowEnds.push(-Infinity) - 1;
    rowEnds[row] = endPct;
    return row;
  });
}
