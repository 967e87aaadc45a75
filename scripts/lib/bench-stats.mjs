// Medians, A/B ratios and the per-phase tables of the bench. Pure functions.
import { PHASES } from './phases.mjs';

/** The median (the mean of the middle two for an even count); NaN for none. */
export function median(xs) {
  const finite = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!finite.length) return NaN;
  const mid = Math.floor(finite.length / 2);
  return finite.length % 2 ? /** @type {number} */ (finite[mid]) : (/** @type {number} */ (finite[mid - 1]) + /** @type {number} */ (finite[mid])) / 2;
}

/** B over A, or NaN when A is zero or unknown. */
export const ratio = (a, b) => (a > 0 && Number.isFinite(b) ? b / a : NaN);

/**
 * @typedef {import('./phases.mjs').PhaseFigures} PhaseFigures
 * @typedef {{ wallMs: number, cpuMs: number, pages: number, peakMainKb: number, peakTreeKb: number, phases: Record<string, PhaseFigures> }} BuildFigures
 */

/** Median of each figure of each phase, and of the totals, over several builds of one side. */
export function medianFigures(/** @type {BuildFigures[]} */ builds) {
  const of = (pick) => median(builds.map(pick));
  return {
    wallMs: of((b) => b.wallMs),
    cpuMs: of((b) => b.cpuMs),
    pages: of((b) => b.pages),
    peakMainKb: of((b) => b.peakMainKb),
    peakTreeKb: of((b) => b.peakTreeKb),
    phases: Object.fromEntries(
      PHASES.map(([key]) => [
        key,
        {
          wallMs: of((b) => b.phases[key]?.wallMs ?? NaN),
          cpuMs: of((b) => b.phases[key]?.cpuMs ?? NaN),
          peakMainKb: of((b) => b.phases[key]?.peakMainKb ?? NaN),
          peakTreeKb: of((b) => b.phases[key]?.peakTreeKb ?? NaN),
        },
      ]),
    ),
  };
}

export const seconds = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s` : '–');
export const megabytes = (kb) => (Number.isFinite(kb) && kb > 0 ? `${Math.round(kb / 1024)} MB` : '–');
export const times = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}` : '–');
export const msPerPage = (ms, pages) => (pages > 0 ? (ms / pages).toFixed(1) : '–');

/** Table rows (markdown) of one build's phases: wall, share of the total, CPU, peak memory. */
export function phaseTable(/** @type {BuildFigures} */ build) {
  return [
    '| Phase | Wall | Share | CPU | Peak RSS, main process | Peak RSS, all processes |',
    '|---|---:|---:|---:|---:|---:|',
    ...PHASES.map(([key, name]) => {
      const p = /** @type {PhaseFigures} */ (build.phases[key]);
      return `| ${name} | ${seconds(p.wallMs)} | ${((100 * p.wallMs) / build.wallMs).toFixed(0)} % | ${seconds(p.cpuMs)} | ${megabytes(p.peakMainKb)} | ${megabytes(p.peakTreeKb)} |`;
    }),
    `| **Total** | **${seconds(build.wallMs)}** | 100 % | **${seconds(build.cpuMs)}** | **${megabytes(build.peakMainKb)}** | **${megabytes(build.peakTreeKb)}** |`,
  ];
}

/** Below this, a phase's time is mostly noise and start-up jitter: no ratio is given. */
const MEANINGFUL_MS = 50;
const timeRatio = (a, b) => (a >= MEANINGFUL_MS ? times(ratio(a, b)) : '–');

/** Table rows (markdown) comparing the medians of two sides, with B/A per phase. */
export function comparisonTable(a, b) {
  const row = (name, x, y, bold = '') =>
    `| ${bold}${name}${bold} | ${seconds(x.wallMs)} | ${seconds(y.wallMs)} | ${bold}${timeRatio(x.wallMs, y.wallMs)}${bold} | ${seconds(x.cpuMs)} | ${seconds(y.cpuMs)} | ${bold}${timeRatio(x.cpuMs, y.cpuMs)}${bold} | ${megabytes(x.peakTreeKb)} | ${megabytes(y.peakTreeKb)} | ${times(ratio(x.peakTreeKb, y.peakTreeKb))} |`;
  return [
    '| Phase | A wall | B wall | B/A | A CPU | B CPU | B/A | A peak RSS | B peak RSS | B/A |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...PHASES.map(([key, name]) => row(name, a.phases[key], b.phases[key])),
    row('Total', a, b, '**'),
  ];
}
