// One measured `astro build` of a site folder: total wall and CPU time and peak memory from
// `/usr/bin/time -v`, and the same per phase from the build-phases record, the log and /proc
// samples of the build's processes. The log is read line by line and only the lines that mark a
// phase are kept, so a 10,000-page build's log never sits in the bench's memory.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { logEvent, phaseFigures, phaseIntervals, PHASE_NAMES, slowestHooks } from './phases.mjs';
import { firstChild, sampleTree } from './process-tree.mjs';

const RUNNER = new URL('./astro-build.mjs', import.meta.url).pathname;
const SAMPLE_MS = 100;
let count = 0;

/** What the log says is running now, for progress. */
const LIVE_PHASE = {
  'content:start': PHASE_NAMES.content,
  'content:end': PHASE_NAMES.buildInfo,
  'bundle:start': 'bundling',
  'render:start': 'rendering routes',
  'search:start': PHASE_NAMES.search,
};

/** CPU time the machine has spent busy so far, in milliseconds summed over its cores. */
function machineBusyMs() {
  return cpus().reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0);
}

/** Figures of `/usr/bin/time -v` output. */
export function parseTimeOutput(text) {
  const field = (name) => new RegExp(`${name}: (.+)`).exec(text)?.[1]?.trim() ?? '';
  const wallS = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')
    .split(':')
    .map(Number)
    .reduce((t, part) => t * 60 + part, 0);
  return {
    wallMs: wallS * 1000,
    cpuMs: (Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'))) * 1000,
    maxRssKb: Number(field('Maximum resident set size \\(kbytes\\)')),
  };
}

/**
 * Builds the site in `dir` and measures it.
 * @param {string} dir
 * @param {{ env?: Record<string, string>, onProgress?: (p: { detail: string, count?: number }) => void }} [options]
 */
export function timedBuild(dir, { env = {}, onProgress = () => {} } = {}) {
  const recordFile = join(tmpdir(), `lexicon-phases-${process.pid}-${++count}.json`);
  const busyAtStart = machineBusyMs();
  const child = spawn('/usr/bin/time', ['-v', process.execPath, RUNNER, recordFile], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  /** @type {import('./phases.mjs').Sample[]} */
  const samples = [];
  /** @type {Record<string, number>} */
  const logTimes = {};
  const tail = [];
  let stderr = '';
  let routes = 0;
  let pages = 0;
  let cards;
  let live = 'starting Astro';
  let main;
  const report = () => onProgress(live === 'rendering routes' ? { detail: live, count: routes } : { detail: live });
  const poll = setInterval(() => {
    main ??= firstChild(/** @type {number} */ (child.pid));
    const sample = main && sampleTree(main);
    if (sample) samples.push(sample);
    // Long phases print nothing: the elapsed time still moves.
    if (samples.length % 10 === 0) report();
  }, SAMPLE_MS);
  report();
  createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdout) }).on('line', (line) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    const event = logEvent(line);
    if (!event) return;
    const t = performance.timeOrigin + performance.now();
    if (event.kind === 'route') routes++;
    else if (event.kind === 'pages') pages = event.pages;
    else if (event.kind === 'cards') cards = event;
    else {
      logTimes[event.kind] ??= t;
      live = LIVE_PHASE[event.kind] ?? live;
    }
    report();
  });
  /** @type {import('node:stream').Readable} */ (child.stderr).on('data', (chunk) => {
    // Warnings and, at the end, /usr/bin/time's report: keep the end, which has the report.
    stderr = (stderr + chunk).slice(-65536);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(poll);
      try {
        if (status !== 0) throw new Error(`build failed in ${dir} (exit ${status}):\n${tail.join('\n')}\n${stderr.slice(-3000)}`);
        const total = parseTimeOutput(stderr);
        const record = existsSync(recordFile) ? JSON.parse(readFileSync(recordFile, 'utf8')) : undefined;
        const phases = record ? phaseFigures(phaseIntervals(record, logTimes), samples) : {};
        resolve({
          ...total,
          // The machine's busy time during the build minus the build's own: other processes (this
          // bench's sampling among them). Past a few tenths of a core, they competed with the build
          // and its wall time is inflated.
          othersCpuMs: Math.max(0, machineBusyMs() - busyAtStart - total.cpuMs),
          pages,
          cards,
          // The main process's high-water mark is kept by the kernel (exact); the sum over all
          // processes is the largest one sampled. maxRssKb (from time) is the largest single process.
          peakMainKb: samples.length ? Math.max(...samples.map((s) => s.mainHwmKb)) : total.maxRssKb,
          peakTreeKb: Math.max(0, ...samples.map((s) => s.treeRssKb)),
          samples: samples.length,
          phases,
          hooks: record ? slowestHooks(record) : [],
        });
      } catch (error) {
        reject(error);
      } finally {
        rmSync(recordFile, { force: true });
      }
    });
  });
}
