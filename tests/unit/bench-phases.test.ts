import { describe, expect, it } from 'vitest';
import { cpuAt, logEvent, phaseFigures, phaseIntervals, slowestHooks, subtract } from '../../scripts/lib/phases.mjs';
import { parseStat, parseStatus } from '../../scripts/lib/process-tree.mjs';
import { parseTimeOutput } from '../../scripts/lib/timed-build.mjs';

describe('build log lines', () => {
  it('recognises the lines that mark a phase, with or without colours', () => {
    expect(logEvent('09:05:48 [content] Syncing content')).toEqual({ kind: 'content:start' });
    expect(logEvent('\u001b[2m09:05:49\u001b[22m \u001b[34m[content]\u001b[39m Synced content')).toEqual({ kind: 'content:end' });
    expect(logEvent('09:05:49 [types] Generated 3.23s')).toEqual({ kind: 'types:end' });
    expect(logEvent('09:05:49 [build] Building static entrypoints...')).toEqual({ kind: 'bundle:start' });
    expect(logEvent(' generating static routes ')).toEqual({ kind: 'render:start' });
    expect(logEvent('09:06:04   ├─ /glossary/ab-test/index.html (+126ms) ')).toEqual({ kind: 'route' });
    expect(logEvent('09:06:04   └─ /glossary/zero-party-data/index.html (+12ms) ')).toEqual({ kind: 'route' });
    expect(logEvent('09:06:29 [build] Waiting for integration "lexicon-pagefind", hook "astro:build:done"...')).toEqual({ kind: 'search:start' });
    expect(logEvent('09:06:29 [build] 506 page(s) built in 45.66s')).toEqual({ kind: 'pages', pages: 506 });
    expect(logEvent('[lexicon-og-images] 468 card images: 0 rendered, 468 from the cache')).toEqual({ kind: 'cards', count: 468, rendered: 0 });
    expect(logEvent('[lexicon-og-images] 468 card images: 468 rendered (17.0 ms CPU each)')).toEqual({ kind: 'cards', count: 468, rendered: 468, cpuMsEach: 17 });
  });

  it('ignores every other line', () => {
    expect(logEvent('09:06:29 [lexicon-pagefind] Pagefind indexed 506 pages in 3767 ms')).toBeUndefined();
    expect(logEvent('09:06:00 [vite] ✓ built in 10.92s')).toBeUndefined();
    expect(logEvent('')).toBeUndefined();
  });
});

const span = (integration: string, hook: string, start: number, end = start) => ({ integration, hook, start, end });
const record = {
  start: 0,
  end: 100,
  spans: [
    span('@astrojs/mdx', 'astro:config:done', 10, 11),
    span('lexicon-og-images', 'astro:config:done', 11, 15),
    span('lexicon-build-phases', 'astro:build:start', 30),
    span('lexicon-build-phases', 'astro:build:setup', 32),
    span('lexicon-build-phases', 'astro:build:generated', 80),
    span('@astrojs/sitemap', 'astro:build:done', 82, 84),
    span('lexicon-pagefind', 'astro:build:done', 84, 94),
    span('lexicon-og-images', 'astro:build:done', 94, 97),
    span('lexicon-build-phases', 'astro:build:done', 97),
  ],
  bundles: [
    // The dependency optimiser runs plugin hooks while content syncs: not a build bundle.
    { environment: 'client', start: 16, end: 18 },
    { environment: 'prerender', start: 33, end: 50 },
    { environment: 'client', start: 51, end: 55 },
  ],
};

describe('phase intervals', () => {
  it('splits a build at its hooks, bundles and log lines', () => {
    expect(phaseIntervals(record, { 'content:start': 20, 'content:end': 28 })).toEqual({
      startup: [[0, 10]],
      setupHooks: [[10, 15]],
      viteSetup: [[15, 20]],
      content: [[20, 28]],
      buildInfo: [[28, 32]],
      bundleServer: [[32, 50]],
      bundleClient: [[50, 55]],
      render: [[55, 82]],
      search: [[84, 94]],
      integrations: [
        [82, 84],
        [94, 97],
      ],
      finish: [[97, 100]],
    });
  });

  it('leaves a phase empty when its boundary was not recorded, rather than mixing up the others', () => {
    const phases = phaseIntervals(record, {});
    expect(phases.viteSetup).toEqual([[15, 15]]);
    expect(phases.content).toEqual([[15, 15]]);
    expect(phases.buildInfo).toEqual([[15, 32]]);
    expect(phases.bundleServer).toEqual([[32, 50]]);
  });

  it('names the slowest integration hooks', () => {
    expect(slowestHooks(record, { atLeastMs: 3, count: 2 })).toEqual([
      { integration: 'lexicon-pagefind', hook: 'astro:build:done', ms: 10 },
      { integration: 'lexicon-og-images', hook: 'astro:config:done', ms: 4 },
    ]);
  });

  it('subtracts intervals', () => {
    expect(subtract([0, 10], [[2, 3]])).toEqual([
      [0, 2],
      [3, 10],
    ]);
    expect(subtract([0, 10], [[0, 10]])).toEqual([]);
    expect(subtract([0, 10], [[12, 14]])).toEqual([[0, 10]]);
    expect(subtract([0, 10], [[-1, 4], [8, 11]])).toEqual([[4, 8]]);
  });
});

describe('phase figures', () => {
  const sample = (t: number, mainRssKb: number, mainHwmKb: number, treeRssKb: number, cpuMs: number) => ({ t, mainRssKb, mainHwmKb, treeRssKb, cpuMs });
  const samples = [sample(0, 100, 100, 100, 0), sample(10, 300, 300, 300, 20), sample(20, 200, 500, 250, 30), sample(30, 200, 500, 900, 50)];

  it('interpolates CPU between samples', () => {
    expect(cpuAt(samples, 5)).toBe(10);
    expect(cpuAt(samples, 25)).toBe(40);
    expect(cpuAt(samples, -5)).toBe(0);
    expect(cpuAt(samples, 99)).toBe(50);
    expect(cpuAt([], 5)).toBe(0);
  });

  it('takes wall and CPU per phase, the main process peak from its high-water mark and the tree peak from samples', () => {
    const figures = phaseFigures({ early: [[0, 12]], late: [[15, 30]], split: [[0, 5], [25, 30]] }, samples);
    // The high-water mark rose to 500 between t=10 and t=20 while resident memory read 300 and 200.
    expect(figures.early).toEqual({ wallMs: 12, cpuMs: 22, peakMainKb: 300, peakTreeKb: 300 });
    expect(figures.late).toEqual({ wallMs: 15, cpuMs: 25, peakMainKb: 500, peakTreeKb: 900 });
    expect(figures.split).toEqual({ wallMs: 10, cpuMs: 20, peakMainKb: 200, peakTreeKb: 900 });
  });

  it('gives a phase shorter than the sampling interval the next sample', () => {
    expect(phaseFigures({ brief: [[11, 12]] }, samples).brief).toEqual({ wallMs: 1, cpuMs: 1, peakMainKb: 500, peakTreeKb: 250 });
    expect(phaseFigures({ empty: [[12, 12]] }, samples).empty).toEqual({ wallMs: 0, cpuMs: 0, peakMainKb: 0, peakTreeKb: 0 });
  });
});

describe('/proc and /usr/bin/time', () => {
  it('reads resident and peak memory from /proc/<pid>/status', () => {
    expect(parseStatus('Name:\tnode\nVmHWM:\t  957376 kB\nVmRSS:\t  812000 kB\nThreads:\t11\n')).toEqual({ rssKb: 812000, hwmKb: 957376 });
  });

  it('adds up own and waited-for children CPU ticks from /proc/<pid>/stat, whatever the command name', () => {
    const stat = '4242 (node (worker) 1) S 4241 4242 4200 0 -1 4194560 1000 0 0 0 250 40 7 3 20 0 11 0 500 1000000 20000';
    expect(parseStat(stat)).toEqual({ ticks: 300 });
  });

  it('reads totals from /usr/bin/time -v', () => {
    const text = [
      '\tUser time (seconds): 15.21',
      '\tSystem time (seconds): 2.74',
      '\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50',
      '\tMaximum resident set size (kbytes): 957272',
    ].join('\n');
    const figures = parseTimeOutput(text);
    expect(figures.wallMs).toBe(62500);
    expect(figures.cpuMs).toBeCloseTo(17950, 6);
    expect(figures.maxRssKb).toBe(957272);
  });
});
