import { describe, expect, it } from 'vitest';
import { axisEndMs, axisTicks, pct, runsOf, stackRows } from '../../src/glossary/scenario-chart';

const MIN = 60_000;

describe('the scenario axis', () => {
  it('runs a little past the last step, to a whole minute', () => {
    expect(axisEndMs(33 * MIN)).toBe(35 * MIN);
    expect(axisEndMs(0)).toBe(MIN);
    expect(axisEndMs(3 * MIN)).toBe(4 * MIN);
  });
  it('places and clamps positions as percentages', () => {
    expect(pct(10 * MIN, 40 * MIN)).toBe(25);
    expect(pct(1, 3)).toBe(33.3);
    expect(pct(50 * MIN, 40 * MIN)).toBe(100);
  });
  it('has at most seven spaces between ticks, at a round spacing', () => {
    expect(axisTicks(35 * MIN).map((t) => t.label)).toEqual(['0:00', '0:05', '0:10', '0:15', '0:20', '0:25', '0:30', '0:35']);
    expect(axisTicks(55 * MIN).map((t) => t.label)).toEqual(['0:00', '0:10', '0:20', '0:30', '0:40', '0:50']);
    expect(axisTicks(4 * MIN).map((t) => [t.label, t.pct])).toEqual([
      ['0:00', 0],
      ['0:01', 25],
      ['0:02', 50],
      ['0:03', 75],
      ['0:04', 100],
    ]);
  });
});

describe('runs and rows', () => {
  it('joins close, alike items into runs', () => {
    const runs = runsOf([0, 1, 2, 10, 11, 30], (t) => t, 2, (t) => (t === 11 ? 'b' : 'a'));
    expect(runs.map((r) => [r.startMs, r.endMs, r.items.length])).toEqual([
      [0, 2, 3],
      [10, 10, 1],
      [11, 11, 1],
      [30, 30, 1],
    ]);
  });
  it('stacks marks that would overlap', () => {
    expect(stackRows([{ startPct: 0, endPct: 0 }, { startPct: 3, endPct: 3 }, { startPct: 6, endPct: 20 }, { startPct: 8, endPct: 8 }, { startPct: 30, endPct: 30 }], 5)).toEqual([0, 1, 0, 1, 0]);
  });
});
