/**
 * A time axis that stays readable after a long gap: stretches without any mark longer than
 * `maxGapMs` are drawn as a fixed-width break instead of to scale, so a lunch break does not
 * squash the rest of the visit into a corner.
 */
export interface AxisBreak {
  from: number;
  to: number;
  /** Where the break sits, 0–1 of the axis width. */
  at: number;
}

export interface TimeAxis {
  /** Position of time t, 0–1 of the axis width. */
  x(t: number): number;
  breaks: AxisBreak[];
}

export function timeAxis(marks: readonly number[], maxGapMs: number, breakShare = 0.04): TimeAxis {
  const times = [...new Set(marks)].sort((a, b) => a - b);
  const from = times[0] ?? 0;
  const to = times.at(-1) ?? from;
  const gaps = times.slice(1).flatMap((t, i) => (t - times[i]! > maxGapMs ? [{ from: times[i]!, to: t }] : []));
  const linearMs = Math.max(1, to - from - gaps.reduce((sum, g) => sum + (g.to - g.from), 0));
  const breakWidth = Math.min(breakShare, 0.5 / Math.max(1, gaps.length));
  const linearShare = 1 - breakWidth * gaps.length;
  const x = (t: number): number => {
    let pos = 0;
    let cursor = from;
    for (const gap of gaps) {
      if (t <= gap.from) break;
      pos += ((gap.from - cursor) / linearMs) * linearShare;
      if (t < gap.to) return pos + ((t - gap.from) / (gap.to - gap.from)) * breakWidth;
      pos += breakWidth;
      cursor = gap.to;
    }
    return Math.min(1, pos + ((Math.min(t, to) - cursor) / linearMs) * linearShare);
  };
  return { x, breaks: gaps.map((g) => ({ ...g, at: x(g.from) + breakWidth / 2 })) };
}
