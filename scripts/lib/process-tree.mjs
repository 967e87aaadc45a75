// Memory and CPU of a running build, read from /proc (Linux) every so often by the bench: the
// build's main process (Astro: bundling, rendering, its card-image render processes) and every
// process it starts (Pagefind's indexer, esbuild), which `/usr/bin/time -v` cannot add up: it
// reports the largest single process.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident and peak resident memory (kB) from /proc/<pid>/status. */
export function parseStatus(text) {
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  return { rssKb: field('VmRSS'), hwmKb: field('VmHWM') };
}

/**
 * CPU clock ticks of /proc/<pid>/stat: the process's own (all threads) plus those of its children
 * that have exited and been waited for, so CPU does not vanish when a child ends.
 */
export function parseStat(text) {
  // The command name is in parentheses and may contain spaces or parentheses: fields start after
  // the last ")". utime, stime, cutime, cstime are fields 14–17 of the line.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { ticks: [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0) };
}

const read = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process or thread ended between listing and reading
  }
};

/** Child process ids of a process (children are listed per thread that started them). */
export function children(pid) {
  let tasks = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((tid) => (read(`/proc/${pid}/task/${tid}/children`) ?? '').split(' ').filter(Boolean).map(Number));
}

let tickMs;
/** Milliseconds per CPU clock tick (almost always 10). */
function msPerTick() {
  if (tickMs === undefined) {
    try {
      tickMs = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      tickMs = 10;
    }
  }
  return tickMs;
}

/**
 * One sample of `main` and all its descendants.
 * @param {number} main
 * @returns {import('./phases.mjs').Sample | undefined} undefined once the process has gone
 */
export function sampleTree(main) {
  const t = performance.timeOrigin + performance.now();
  const mainStatus = read(`/proc/${main}/status`);
  if (!mainStatus) return undefined;
  const { rssKb: mainRssKb, hwmKb: mainHwmKb } = parseStatus(mainStatus);
  let treeRssKb = 0;
  let ticks = 0;
  const queue = [main];
  const seen = new Set();
  while (queue.length) {
    const pid = /** @type {number} */ (queue.pop());
    if (seen.has(pid)) continue;
    seen.add(pid);
    const status = pid === main ? mainStatus : read(`/proc/${pid}/status`);
    const stat = read(`/proc/${pid}/stat`);
    if (!status || !stat) continue;
    treeRssKb += parseStatus(status).rssKb;
    ticks += parseStat(stat).ticks;
    queue.push(...children(pid));
  }
  return { t, mainRssKb, mainHwmKb, treeRssKb, cpuMs: ticks * msPerTick() };
}

/** The first child of `pid` (the build that /usr/bin/time started), once it exists. */
export function firstChild(pid) {
  return children(pid)[0];
}
