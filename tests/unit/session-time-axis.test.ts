import { describe, expect, it } from 'vitest';
import { timeAxis } from '../../src/client/session-demo/time-axis';

const MIN = 60_000;

describe('timeAxis', () => {
  it('is linear when no gap is longer than the limit', () => {
    const axis = timeAxis([0, 2 * MIN, 4 * MIN], 5 * MIN);
    expect(axis.breaks).toEqual([]);
    expect(axis.x(0)).toBe(0);
    expect(axis.x(2 * MIN)).toBeCloseTo(0.5);
    expect(axis.x(4 * MIN)).toBe(1);
  });

  it('draws a long gap as a fixed-width break so the rest keeps its scale', () => {
    // Two minutes of activity, a 3-hour gap, two more minutes.
    const axis = timeAxis([0, 2 * MIN, 182 * MIN, 184 * MIN], 5 * MIN, 0.04);
    expect(axis.breaks).toHaveLength(1);
    expect(axis.breaks[0]).toMatchObject({ from: 2 * MIN, to: 182 * MIN });
    // Each two-minute stretch takes half of the 96 % left after the break.
    expect(axis.x(2 * MIN)).toBeCloseTo(0.48);
    expect(axis.x(182 * MIN)).toBeCloseTo(0.52);
    expect(axis.x(184 * MIN)).toBeCloseTo(1);
    expect(axis.breaks[0]!.at).toBeCloseTo(0.5);
  });
});
