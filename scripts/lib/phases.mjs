// Turns what one build recorded (hook spans from scripts/lib/build-phases.mjs, the moments certain
// log lines appeared, memory and CPU samples of its processes) into time, CPU and peak memory per
// build phase. Pure functions: the bench does the recording.

/** The phases of a build, in order, with the names the bench prints. */
export const PHASES = [
  ['startup', 'Start-up'],
  ['setupHooks', 'Integrations: set-up'],
  ['viteSetup', 'Vite set-up'],
  ['content', 'Content sync'],
  ['buildInfo', 'Types, build info'],
  ['bundleServer', 'Bundling: server'],
  ['bundleClient', 'Bundling: client'],
  ['render', 'Page rendering'],
  ['search', 'Search index'],
  ['integrations', 'Other integrations'],
  ['finish', 'Finish'],
];
export const PHASE_NAMES = Object.fromEntries(PHASES);

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * What a line of Astro's build log says about progress, or undefined.
 * @param {string} raw
 * @returns {{ kind: 'content:start' | 'content:end' | 'types:end' | 'bundle:start' | 'render:start' | 'route' | 'search:start' } | { kind: 'pages', pages: number } | { kind: 'cards', count: number, rendered: number, cpuMsEach?: number } | undefined}
 */
export function logEvent(raw) {
  const line = raw.replace(ANSI, '');
  if (/^(?:[\d:]+)?\s+[├└]─ \//.test(line)) return { kind: 'route' };
  if (line.includes('[content] Syncing content')) return { kind: 'content:start' };
  if (line.includes('[content] Synced content')) return { kind: 'content:end' };
  if (line.includes('[types] Generated')) return { kind: 'types:end' };
  if (/\[build\] Building \w+ entrypoints/.test(line)) return { kind: 'bundle:start' };
  if (/^\s*generating static routes/.test(line)) return { kind: 'render:start' };
  if (line.includes('Waiting for integration "lexicon-pagefind"')) return { kind: 'search:start' };
  const pages = /\[build\] (\d+) page\(s\) built in/.exec(line);
  if (pages) return { kind: 'pages', pages: Number(pages[1]) };
  const cards = /(\d+) card images: (\d+) rendered(?: \(([\d.]+) ms CPU each\))?/.exec(line);
  if (cards) return { kind: 'cards', count: Number(cards[1]), rendered: Number(cards[2]), ...(cards[3] ? { cpuMsEach: Number(cards[3]) } : {}) };
  return undefined;
}

/**
 * @typedef {{ integration: string, hook: string, start: number, end: number }} Span
 * @typedef {{ environment: string, start: number, end?: number }} Bundle
 * @typedef {{ start: number, end?: number, spans: Span[], bundles: Bundle[] }} BuildRecord
 * @typedef {[number, number]} Interval
 */

/** `whole` minus `holes` (both sorted, holes inside whole or not). */
export function subtract(whole, holes) {
  let pieces = [whole];
  for (const [hs, he] of holes) {
    pieces = pieces.flatMap(([s, e]) => (he <= s || hs >= e ? [[s, e]] : [...(hs > s ? [[s, hs]] : []), ...(he < e ? [[he, e]] : [])]));
  }
  return /** @type {Interval[]} */ (pieces);
}

/**
 * The time intervals of each phase. Boundaries that were not recorded (an older Astro, a build
 * that failed) take the previous boundary, so a phase is empty rather than wrong.
 * @param {BuildRecord} record
 * @param {Record<string, number>} logTimes when `content:start` and `content:end` appeared in the log
 * @returns {Record<string, Interval[]>}
 */
export function phaseIntervals(record, logTimes = {}) {
  const spans = (hook) => record.spans.filter((s) => s.hook === hook);
  const firstStart = (hook) => Math.min(...spans(hook).map((s) => s.start));
  const lastEnd = (hook) => Math.max(...spans(hook).map((s) => s.end));
  const setup = firstStart('astro:build:setup');
  // Bundles after setup: the dependency optimiser also runs plugin hooks while content syncs.
  const bundles = record.bundles.filter((b) => b.start >= setup && b.end !== undefined);
  const bundleEnd = (client) => Math.max(...bundles.filter((b) => (b.environment === 'client') === client).map((b) => /** @type {number} */ (b.end)));
  const end = record.end ?? Math.max(...record.spans.map((s) => s.end));
  const raw = [
    record.start,
    firstStart('astro:config:done'),
    lastEnd('astro:config:done'),
    logTimes['content:start'],
    logTimes['content:end'],
    setup,
    bundleEnd(false),
    bundleEnd(true),
    firstStart('astro:build:done'),
    lastEnd('astro:build:done'),
    end,
  ];
  /** @type {number[]} */
  const at = [];
  for (const t of raw) at.push(Number.isFinite(t) ? Math.min(Math.max(/** @type {number} */ (t), at.at(-1) ?? -Infinity), end) : (at.at(-1) ?? record.start));
  const [start, configStart, configDone, contentStart, contentEnd, buildSetup, serverEnd, clientEnd, doneStart, doneEnd, exit] = /** @type {number[]} */ (at);
  const search = spans('astro:build:done')
    .filter((s) => s.integration === 'lexicon-pagefind')
    .map((s) => /** @type {Interval} */ ([s.start, s.end]));
  return {
    startup: [[start, configStart]],
    setupHooks: [[configStart, configDone]],
    viteSetup: [[configDone, contentStart]],
    content: [[contentStart, contentEnd]],
    buildInfo: [[contentEnd, buildSetup]],
    bundleServer: [[buildSetup, serverEnd]],
    bundleClient: [[serverEnd, clientEnd]],
    render: [[clientEnd, doneStart]],
    search,
    integrations: subtract([doneStart, doneEnd], search),
    finish: [[doneEnd, exit]],
  };
}

/**
 * @typedef {{ t: number, mainRssKb: number, mainHwmKb: number, treeRssKb: number, cpuMs: number }} Sample
 * @typedef {{ wallMs: number, cpuMs: number, peakMainKb: number, peakTreeKb: number }} PhaseFigures
 */

/** Cumulative CPU at time t, interpolated between the samples around it. */
export function cpuAt(samples, t) {
  if (!samples.length) return 0;
  const next = samples.findIndex((s) => s.t >= t);
  if (next === 0) return /** @type {Sample} */ (samples[0]).cpuMs;
  if (next < 0) return /** @type {Sample} */ (samples.at(-1)).cpuMs;
  const a = /** @type {Sample} */ (samples[next - 1]);
  const b = /** @type {Sample} */ (samples[next]);
  return a.cpuMs + ((b.cpuMs - a.cpuMs) * (t - a.t)) / (b.t - a.t);
}

/**
 * Wall time, CPU time and peak memory of each phase.
 * Peak memory of the main process uses the kernel's high-water mark: when it rose between two
 * samples, the peak happened between them and is exact, so a spike shorter than the sampling
 * interval is still counted (in the phase of the sample that saw it). The process tree's peak is
 * the largest sum of its processes' resident memory over the samples. A phase shorter than the
 * sampling interval gets the first sample after it starts.
 * @param {Record<string, Interval[]>} intervals
 * @param {Sample[]} samples in time order
 * @returns {Record<string, PhaseFigures>}
 */
export function phaseFigures(intervals, samples) {
  const mainPeak = samples.map((s, i) => (i > 0 && s.mainHwmKb > /** @type {Sample} */ (samples[i - 1]).mainHwmKb ? s.mainHwmKb : s.mainRssKb));
  /** @type {Record<string, PhaseFigures>} */
  const figures = {};
  for (const [phase, list] of Object.entries(intervals)) {
    let wallMs = 0;
    let cpuMs = 0;
    let peakMainKb = 0;
    let peakTreeKb = 0;
    for (const [s, e] of list) {
      wallMs += e - s;
      cpuMs += cpuAt(samples, e) - cpuAt(samples, s);
      let inside = samples.flatMap((sample, i) => (sample.t >= s && sample.t <= e ? [i] : []));
      if (!inside.length && e > s) {
        const after = samples.findIndex((sample) => sample.t >= s);
        inside = after < 0 ? [] : [after];
      }
      for (const i of inside) {
        peakMainKb = Math.max(peakMainKb, /** @type {number} */ (mainPeak[i]));
        peakTreeKb = Math.max(peakTreeKb, /** @type {Sample} */ (samples[i]).treeRssKb);
      }
    }
    figures[phase] = { wallMs, cpuMs: Math.max(0, cpuMs), peakMainKb, peakTreeKb };
  }
  return figures;
}

/**
 * The integration hooks that took longest, longest first: where "Integrations: set-up" and
 * "Other integrations" go.
 * @param {BuildRecord} record
 * @returns {{ integration: string, hook: string, ms: number }[]}
 */
export function slowestHooks(record, { atLeastMs = 100, count = 5 } = {}) {
  return record.spans
    .map((s) => ({ integration: s.integration, hook: s.hook, ms: s.end - s.start }))
    .filter((s) => s.ms >= atLeastMs)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}
