import { describe, expect, it } from 'vitest';
import { comparisonTable, median, medianFigures, megabytes, msPerPage, phaseTable, ratio, seconds, times } from '../../scripts/lib/bench-stats.mjs';
import { PHASES } from '../../scripts/lib/phases.mjs';
import { initialism, plural } from '../../scripts/generate-corpus.mjs';

const phase = (wallMs: number, cpuMs = wallMs, peakMainKb = 1024, peakTreeKb = 2048) => ({ wallMs, cpuMs, peakMainKb, peakTreeKb });
const build = (scale: number) => ({
  wallMs: 10000 * scale,
  cpuMs: 12000 * scale,
  pages: 1000,
  peakMainKb: 1024 * 900,
  peakTreeKb: 1024 * 1000 * scale,
  phases: Object.fromEntries(PHASES.map(([key], i) => [key, phase(i * 100 * scale, i * 120 * scale, 1024 * 100 * i, 1024 * 110 * i)])),
});

describe('medians and ratios', () => {
  it('takes the middle value, the mean of the middle two for an even count, and skips unknowns', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, NaN, 1])).toBe(3);
    expect(median([])).toBeNaN();
  });

  it('divides B by A, and says nothing when A is zero', () => {
    expect(ratio(2, 1)).toBe(0.5);
    expect(ratio(0, 1)).toBeNaN();
    expect(ratio(2, NaN)).toBeNaN();
  });

  it('formats figures for the tables', () => {
    expect(seconds(1234)).toBe('1.23 s');
    expect(seconds(61234)).toBe('61.2 s');
    expect(seconds(NaN)).toBe('–');
    expect(megabytes(1024 * 1500)).toBe('1500 MB');
    expect(megabytes(0)).toBe('–');
    expect(times(0.98765)).toBe('0.99');
    expect(msPerPage(20300, 1043)).toBe('19.5');
    expect(msPerPage(100, 0)).toBe('–');
  });

  it('takes the median of every figure of every phase', () => {
    const m = medianFigures([build(1), build(3), build(2)]);
    expect(m.wallMs).toBe(20000);
    expect(m.peakTreeKb).toBe(1024 * 2000);
    expect(m.phases.render).toEqual(phase(1400, 1680, 1024 * 700, 1024 * 770));
  });
});

describe('tables', () => {
  it('lists one build phase by phase with its share of the total', () => {
    const rows = phaseTable(build(1));
    expect(rows).toHaveLength(2 + PHASES.length + 1);
    expect(rows[2]).toBe('| Start-up | 0.00 s | 0 % | 0.00 s | – | – |');
    expect(rows[9]).toBe('| Page rendering | 0.70 s | 7 % | 0.84 s | 700 MB | 770 MB |');
    expect(rows.at(-1)).toBe('| **Total** | **10.0 s** | 100 % | **12.0 s** | **900 MB** | **1000 MB** |');
  });

  it('compares two sides with B/A per phase and in total', () => {
    const rows = comparisonTable(medianFigures([build(1)]), medianFigures([build(0.5)]));
    expect(rows[9]).toBe('| Page rendering | 0.70 s | 0.35 s | 0.50 | 0.84 s | 0.42 s | 0.50 | 770 MB | 770 MB | 1.00 |');
    // Phases too short to time give no ratio: the jitter would be most of it.
    expect(rows[3]).toBe('| Integrations: set-up | 0.10 s | 0.05 s | 0.50 | 0.12 s | 0.06 s | 0.50 | 110 MB | 110 MB | 1.00 |');
    expect(rows[2]).toBe('| Start-up | 0.00 s | 0.00 s | – | 0.00 s | 0.00 s | – | – | – | – |');
    expect(rows.at(-1)).toBe('| **Total** | 10.0 s | 5.00 s | **0.50** | 12.0 s | 6.00 s | **0.50** | 1000 MB | 500 MB | 0.50 |');
  });
});

describe('corpus names', () => {
  it('makes plurals and initialisms of generated titles', () => {
    expect(plural('Funnel metric')).toBe('Funnel metrics');
    expect(plural('Sample bias')).toBe('Sample biases');
    expect(plural('Page index')).toBe('Page indexes');
    expect(initialism('Visitor session metric')).toBe('VSM');
  });
});
