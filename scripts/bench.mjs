#!/usr/bin/env node
// `npm run bench`: how the site scales and what readers download. Not a test: it prints a table
// and writes BENCHMARKS.md. Options: --terms 100,1000,5000 (synthetic corpus sizes; --sizes is the
// same), --skip-build, --only og, --only scale (just the corpus builds, phase by phase), --only author-loop, --compare <git-rev> [--rounds 2] (see 6.).
//  0. Builds the shipped site: time, pages, memory, index size and its heaviest term page.
//  1. Builds a temporary copy of the site with a generated corpus of each size: wall and CPU time,
//     ms per page, peak memory, dist/ and Pagefind index size; and, for every build, time, CPU and
//     peak memory per build phase (scripts/lib/phases.mjs says what each phase covers).
//  2. Page weight of each page type of the real site (dist/ must be built): HTML, CSS, JS.
//  3. Search on each corpus of 1,000 terms or more in Chromium: bytes fetched by the first query, and the median
//     time from the last keystroke to rendered results over 20 queries.
//  4. Link card images: what they add to a build, cold (empty image cache) and warm (every image
//     cached), against a build with the images off (OG_IMAGES=off), alternating the three kinds of
//     build for --og-rounds rounds on the shipped site and the --og-sizes corpora; CPU per image and
//     PNG weight. `--only og` measures just this and rewrites only its section of BENCHMARKS.md.
//  5. `--only author-loop` (--loop-rounds 3): what an author waits for in `astro dev` (see
//     scripts/lib/author-loop.mjs); rewrites only its section of BENCHMARKS.md.
//  6. `--compare <git-rev>` measures only this: that revision (A, in a temporary git worktree) and
//     the working tree (B) built alternately, --rounds times each, for each --terms size ('site' is
//     the shipped glossary; default 1000); medians and B/A per phase in their own section.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.mjs';
import { gzip9 as gz, islandCost, staticClosure } from './lib/island-chunks.mjs';
import { ASTRO, siteWithCorpus } from './corpus-site.mjs';
import { measureAuthorLoop } from './lib/author-loop.mjs';
import { compareRevisions, comparisonSection } from './lib/ab-bench.mjs';
import { phaseTable } from './lib/bench-stats.mjs';
import { createProgress } from './lib/progress.mjs';
import { timedBuild as measureBuild } from './lib/timed-build.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    terms: { type: 'string' },
    sizes: { type: 'string', default: '100,1000,5000' },
    'skip-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    compare: { type: 'string' },
    rounds: { type: 'string', default: '2' },
    'og-sizes': { type: 'string', default: '1000,5000' },
    'og-rounds': { type: 'string', default: '2' },
    'og-corpus-rounds': { type: 'string' },
    'loop-rounds': { type: 'string', default: '3' },
  },
});
const sizes = (values.terms ?? values.sizes).split(',').map(Number);
const NODE = process.execPath;
const progress = createProgress();

function du(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + du(join(path, name)), 0) : stat.size;
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * One build of the site in `dir`, measured (scripts/lib/timed-build.mjs), plus the sizes of what
 * it wrote. Times in seconds here; `build` keeps the per-phase figures.
 */
async function timedBuild(dir, env = {}, label = dir) {
  const since = Date.now();
  const build = await measureBuild(dir, { env, onProgress: (p) => progress.update({ label, since, ...p }) });
  progress.done();
  return {
    wall: build.wallMs / 1000,
    cpu: build.cpuMs / 1000,
    others: build.othersCpuMs / 1000,
    pages: build.pages,
    rssKb: build.maxRssKb,
    cards: build.cards,
    build,
    dist: du(join(dir, 'dist')),
    pagefind: du(join(dir, 'dist/pagefind')),
    ...growingFiles(dir),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** PNG count, average and largest size of the card images of a build. */
function imageWeights(dir) {
  const og = join(dir, 'dist/og');
  const sizes = existsSync(og) ? readdirSync(og).map((f) => statSync(join(og, f)).size) : [];
  return { count: sizes.length, avg: sizes.reduce((a, b) => a + b, 0) / (sizes.length || 1), max: Math.max(0, ...sizes), total: sizes.reduce((a, b) => a + b, 0) };
}

/**
 * The cost of the card images on one site: rounds of three builds in a row, images off, cold
 * (fresh image cache) and warm (the cache the cold build filled), so each ratio compares builds
 * that ran close together on a shared machine. Ratios are per round, then their median.
 */
async function ogCost(dir, label, rounds) {
  const runs = [];
  const loads = [];
  for (let round = 0; round < rounds; round++) {
    const cache = mkdtempSync(join(tmpdir(), 'lexicon-og-bench-'));
    try {
      loads.push(loadavg()[0]);
      const round_ = `${label}, round ${round + 1}`;
      const off = await timedBuild(dir, { OG_IMAGES: 'off' }, `${round_}, images off`);
      const cold = await timedBuild(dir, { OG_CACHE_DIR: cache }, `${round_}, cold`);
      const warm = await timedBuild(dir, { OG_CACHE_DIR: cache }, `${round_}, warm`);
      loads.push(loadavg()[0]);
      const others = [off, cold, warm].map((b) => (b.others / b.wall).toFixed(2)).join(' / ');
      console.log(`  ${round_}: off ${off.wall.toFixed(1)} s, cold ${cold.wall.toFixed(1)} s, warm ${warm.wall.toFixed(1)} s (load average ${loads.at(-2).toFixed(1)} → ${loads.at(-1).toFixed(1)}; other processes ${others} cores)`);
      runs.push({ off, cold, warm, weights: imageWeights(dir) });
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }
  const ratio = (kind, field) => median(runs.map((r) => r[kind][field] / r.off[field]));
  const last = runs.at(-1);
  return {
    label,
    pages: last.off.pages,
    cards: last.cold.cards,
    off: { wall: median(runs.map((r) => r.off.wall)), cpu: median(runs.map((r) => r.off.cpu)) },
    cold: { wall: median(runs.map((r) => r.cold.wall)), cpu: median(runs.map((r) => r.cold.cpu)), wallRatio: ratio('cold', 'wall'), cpuRatio: ratio('cold', 'cpu') },
    warm: { wall: median(runs.map((r) => r.warm.wall)), cpu: median(runs.map((r) => r.warm.cpu)), wallRatio: ratio('warm', 'wall'), cpuRatio: ratio('warm', 'cpu'), rendered: last.warm.cards?.rendered },
    cpuMsEach: median(runs.map((r) => r.cold.cards?.cpuMsEach ?? NaN)),
    weights: last.weights,
    rounds,
    load: [Math.min(...loads), Math.max(...loads)],
    // The most other processes used, on average over a build, in any of this site's builds.
    others: Math.max(...runs.flatMap((r) => [r.off, r.cold, r.warm].map((b) => b.others / b.wall))),
  };
}

const pct = (ratio) => `${ratio >= 1 ? '+' : '−'}${Math.abs((ratio - 1) * 100).toFixed(0)} %`;

function ogSection(results) {
  return [
    '## Link card images (`src/integrations/og-images.ts`)',
    '',
    `Each site built ${[...new Set(results.map((r) => r.rounds))].join(' or ')} times three ways in a row: images off (\`OG_IMAGES=off\`), cold (empty image cache) and warm (every image cached). Wall and CPU (user + system, all threads) are medians; the ratios are each round's cold or warm build against the images-off build just before it, then their median. CPU per image is the render workers' CPU time per card (each worker is a process: Takumi's layout, drawing and PNG encoding, on all the worker's threads; where a worker draws two cards at once, each card is charged the worker's CPU time since the card before it ended), without each worker's start-up (starting Node, loading the renderer and its fonts), which the build's CPU includes. Load is the machine's 1-minute load average before and after each round (it counts the build's own runnable threads too, so it says little about other work); "others" is the most CPU that other processes used during any of the site's builds, in cores on average over the build (the machine's busy time minus the build's own; the bench's sampling is a few hundredths), which a ratio measured beside a busy process would need.`,
    '',
    '| Site | Pages | Images | Off: wall / CPU | Cold: wall / CPU | Cold vs off: wall / CPU | Warm: wall / CPU | Warm vs off: wall / CPU | CPU per image | PNG average / largest | All images |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.label} (load ${r.load[0].toFixed(1)}–${r.load[1].toFixed(1)}, others ≤ ${r.others.toFixed(2)} core) | ${r.pages} | ${r.cards?.count ?? 0} | ${r.off.wall.toFixed(1)} s / ${r.off.cpu.toFixed(1)} s | ${r.cold.wall.toFixed(1)} s / ${r.cold.cpu.toFixed(1)} s | ${pct(r.cold.wallRatio)} / ${pct(r.cold.cpuRatio)} | ${r.warm.wall.toFixed(1)} s / ${r.warm.cpu.toFixed(1)} s | ${pct(r.warm.wallRatio)} / ${pct(r.warm.cpuRatio)} | ${r.cpuMsEach.toFixed(1)} ms | ${kb(r.weights.avg)} / ${kb(r.weights.max)} | ${mb(r.weights.total)} |`,
    ),
    '',
    'A warm build renders nothing (the log line says how many images it rendered: 0) and links the cached files into `dist/og/` (hard links; a copy where the cache is on another file system). A cold build queues the cards of the glossary, guides, services and categories as soon as the content loader has read the content (before it builds the glossary\'s links), and the scenario lab\'s once the glossary is checked; the first render worker (a process) starts before that (when the site\'s last build left cards to render) and loads the renderer meanwhile. While Astro works, one worker per core but one holds every queued card (the main thread, busy with Astro, may not answer it for seconds) and renders at the lowest priority (nice 19, on every thread of the worker), two cards at once (its main thread, which sends each result and starts the next render, waits at that priority while Astro holds the cores, and the second render uses that time) unless other processes used half a core or more since the build started (the build\'s own CPU time does not count), so that it uses only the time Astro leaves idle; while the search index is built (at normal priority) the worker stays low and draws on the time the indexer leaves idle; once only the cards are left (the card integration\'s `astro:build:done`, after the search index\'s), the workers go to normal priority and one per core, the first hands back the cards it has not started, and a further worker starts only for a queue worth its start-up. Each worker keeps the glyphs it has drawn, so a later card draws only the letters no earlier card had. On a machine busy with other builds the workers run at normal priority (at low priority they would get nothing until the end), and the wall-clock cost approaches the CPU cost.',
    '',
  ];
}


/** The heaviest term page of a build: its slug and gzip size. */
function heaviestTermPage(dir) {
  const glossary = join(dir, 'dist/glossary');
  const pages = readdirSync(glossary)
    .filter((f) => existsSync(join(glossary, f, 'index.html')) && !['letter', 'category'].includes(f))
    .map((slug) => ({ slug, gz: gz(readFileSync(join(glossary, slug, 'index.html'))) }));
  return pages.reduce((a, b) => (b.gz > a.gz ? b : a));
}

/** The files whose size grows with the glossary rather than staying per page. */
function growingFiles(dir) {
  const shards = join(dir, 'dist/search-terms');
  return {
    indexGz: gz(readFileSync(join(dir, 'dist/glossary/index.html'))),
    termGz: heaviestTermPage(dir).gz,
    shardGz: Math.max(...readdirSync(shards).map((f) => gz(readFileSync(join(shards, f))))),
    namesGz: gz(readFileSync(join(dir, 'dist/search-terms.json'))),
  };
}

function serve(dir, port) {
  const server = spawn(NODE, [ASTRO, 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: dir, stdio: 'ignore' });
  return server;
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

/** Twenty-one two-word queries: the first two words of the first titles in the names list. */
function searchQueries(dir) {
  const names = JSON.parse(readFileSync(join(dir, 'dist/search-terms.json'), 'utf8'));
  return names.slice(0, 21).map((t) => t.title.split(' ').slice(0, 2).join(' ').toLowerCase());
}

async function searchFigures(dir, queries) {
  const port = 4391;
  const server = serve(dir, port);
  try {
    await waitFor(`http://127.0.0.1:${port}/`);
    const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/search/`);
    const before = await page.evaluate(() => performance.getEntriesByType('resource').length);
    const timeQuery = (q) =>
      page.evaluate(async (query) => {
        const input = document.querySelector('.search-page search-panel input[type=search]');
        const status = document.querySelector('.search-page .search-status');
        const start = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        while (!status.textContent.includes(`“${query}”`)) await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - start;
      }, q);
    await timeQuery(queries[0]);
    const firstBytes = await page.evaluate(
      (skip) => performance.getEntriesByType('resource').slice(skip).filter((e) => e.name.includes('/pagefind/') || e.name.includes('/search-terms')).reduce((sum, e) => sum + (e.encodedBodySize || e.transferSize), 0),
      before,
    );
    const times = [];
    for (const q of queries.slice(1, 21)) times.push(await timeQuery(q));
    times.sort((a, b) => a - b);
    await browser.close();
    return { firstBytes, median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)] };
  } finally {
    server.kill();
  }
}

const SHIPPED_PAGES = [['Home', '/'], ['A–Z index', '/glossary/'], ['Term (Session)', '/glossary/session/'], ['Demo', '/demos/session/']];

/** Lighthouse (mobile emulation, its default) on a built site, in the same Chromium as the tests. */
async function lighthouseScores(dir = ROOT, pages = SHIPPED_PAGES) {
  let lighthouse, launcher;
  try {
    lighthouse = (await import('lighthouse')).default;
    launcher = await import('chrome-launcher');
  } catch {
    return undefined;
  }
  const port = 4392;
  const server = serve(dir, port);
  try {
    await waitFor(`http://127.0.0.1:${port}/`);
    const chrome = await launcher.launch({ chromePath: await findChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
    const results = [];
    try {
      for (const [name, path] of pages) {
        const { lhr } = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
        const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
        results.push({ name, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), lcp: audit('largest-contentful-paint'), cls: audit('cumulative-layout-shift'), tbt: audit('total-blocking-time') });
      }
    } finally {
      chrome.kill();
    }
    return results;
  } finally {
    server.kill();
  }
}

/** The code of a page's module scripts and of everything they import statically. */
const scriptGraph = (dist, sources) => [...staticClosure(dist, sources).values()];

/** Gzip bytes of the demo island's renderer and what it imports: React and react-dom. */
function reactWeight() {
  const dist = join(ROOT, 'dist');
  const html = readFileSync(join(dist, 'demos/session/index.html'), 'utf8');
  const renderer = /renderer-url="([^"]+)"/.exec(html)?.[1];
  return renderer ? scriptGraph(dist, [renderer]).reduce((sum, code) => sum + gz(code), 0) : undefined;
}

function pageWeights() {
  const dist = join(ROOT, 'dist');
  const types = { Home: '/', 'A–Z index': '/glossary/', Category: '/glossary/category/analytics/', 'Term (Session)': '/glossary/session/', 'Term (P-value)': '/glossary/p-value/', Guide: '/guides/measuring-a-website/', Search: '/search/', Demo: '/demos/session/' };
  return Object.entries(types).map(([name, path]) => {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]), 'utf8'));
    const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    const island = /component-url="([^"]+)"[^>]*renderer-url="([^"]+)"/.exec(html);
    if (island) sources.push(island[1], island[2]);
    const js = scriptGraph(dist, sources);
    return {
      name,
      html: [html.length, gz(html)],
      css: [css.join('').length, gz(css.join('\n'))],
      js: [js.join('').length, js.reduce((s, c) => s + gz(c), 0)],
      requests: 1 + css.length,
    };
  });
}

/** The A–Z index and its heaviest letter page: the pages that grow with the glossary. */
function largestLists(dir, n) {
  const letters = join(dir, 'dist/glossary/letter');
  const heaviest = existsSync(letters)
    ? readdirSync(letters).sort((a, b) => statSync(join(letters, b, 'index.html')).size - statSync(join(letters, a, 'index.html')).size)[0]
    : undefined;
  return [[`A–Z index, ${n} terms`, '/glossary/'], ...(heaviest ? [[`Heaviest letter page (${heaviest.toUpperCase()}), ${n} terms`, `/glossary/letter/${heaviest}/`]] : [])];
}

const ogResults = [];
/** With `--only og`, each site's figures go into BENCHMARKS.md as soon as they are measured. */
let onOgResult = () => {};
async function measureOg() {
  console.log('Link card images:');
  const rounds = Number(values['og-rounds']);
  ogResults.push(await ogCost(ROOT, 'Shipped site', rounds));
  onOgResult();
  for (const n of values['og-sizes'].split(',').filter(Boolean).map(Number)) {
    const dir = siteWithCorpus(n);
    try {
      ogResults.push(await ogCost(dir, `${n}-term corpus`, Number(values['og-corpus-rounds'] ?? rounds)));
      onOgResult();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/**
 * Replaces (or appends) one `## ` section of BENCHMARKS.md. With `keepSubsections`, only the text
 * before the section's first `### ` heading is replaced: the subsections are written by hand (what
 * each round of work measured) and a new run must not drop them.
 */
function replaceSection(text, heading, lines, { keepSubsections = false } = {}) {
  const start = text.indexOf(heading);
  if (start < 0) return `${text.trimEnd()}\n\n${lines.join('\n')}`;
  const end = sectionEnd(text, start + heading.length, keepSubsections);
  const rest = end < 0 ? '' : text.slice(end);
  return `${text.slice(0, start)}${lines.join('\n')}${rest}`;
}

/** Where a section whose heading ends at `from` ends: the next `## `, or its first `### `. */
function sectionEnd(text, from, atSubsection) {
  const next = text.indexOf('\n## ', from);
  const sub = atSubsection ? text.indexOf('\n### ', from) : -1;
  return sub >= 0 && (next < 0 || sub < next) ? sub : next;
}

if (values.only === 'author-loop') {
  await measureAuthorLoop({ rounds: Number(values['loop-rounds']), replaceSection });
  process.exit(0);
}

/** One `## ` section of BENCHMARKS.md (up to the next), or none. */
function sectionOf(text, heading) {
  const start = text.indexOf(heading);
  if (start < 0) return [];
  const next = text.indexOf('\n## ', start + heading.length);
  return [text.slice(start, next < 0 ? undefined : next).trimEnd(), ''];
}

/** The hand-written `### ` subsections of one `## ` section, or none. */
function subsectionsOf(text, heading) {
  const start = text.indexOf(heading);
  if (start < 0) return [];
  const from = sectionEnd(text, start + heading.length, true);
  if (from < 0 || !text.startsWith('\n### ', from)) return [];
  const next = text.indexOf('\n## ', from + 1);
  return [text.slice(from + 1, next < 0 ? undefined : next).trimEnd(), ''];
}

const BENCHMARKS = join(ROOT, 'BENCHMARKS.md');
const AB_HEADING = '## A/B: before and after';
const OG_HEADING = '## Link card images (';

if (values.compare) {
  const comparison = await compareRevisions({
    rev: values.compare,
    sizes: (values.terms ?? '1000').split(',').map((size) => (size === 'site' ? 'site' : Number(size))),
    rounds: Number(values.rounds),
    progress,
  });
  progress.done();
  const section = comparisonSection(comparison);
  writeFileSync(BENCHMARKS, replaceSection(readFileSync(BENCHMARKS, 'utf8'), AB_HEADING, section));
  console.log(section.join('\n'));
  process.exit(0);
}

const PHASES_HEADING = '## Where the build time goes';

/** Each build's figures phase by phase, and the hooks that took longest. */
function phaseSection(entries) {
  if (!entries.length) return [];
  return [
    PHASES_HEADING,
    '',
    'Each build of the bench, phase by phase ("Build phases" below says what each covers). Wall is elapsed time; CPU is user + system time of all the build\'s processes and threads (above wall where work runs in parallel); peak RSS is resident memory of the main process (Astro, with its worker threads: the kernel\'s high-water mark) and of all its processes at once (adding Pagefind\'s indexer and esbuild: sampled every 100 ms). Card images come from the shared cache unless the line says how many were rendered.',
    '',
    ...entries.flatMap(({ title, r }) => [
      `### ${title}: ${r.pages} pages, ${r.wall.toFixed(1)} s, ${((r.wall * 1000) / r.pages).toFixed(1)} ms / page`,
      '',
      `Load average ${r.load.toFixed(1)} at the end (2 cores). Largest single process ${mb(r.rssKb * 1024)}; all processes at once ${mb(r.build.peakTreeKb * 1024)}.${r.cards ? ` Card images: ${r.cards.rendered} of ${r.cards.count} rendered.` : ''}${r.build.hooks.length ? ` Slowest integration hooks: ${r.build.hooks.map((h) => `${h.integration} ${h.hook.replace('astro:', '')} ${(h.ms / 1000).toFixed(2)} s`).join(', ')}.` : ''}`,
      '',
      ...phaseTable(r.build),
      '',
    ]),
  ];
}

if (values.only === 'scale') {
  // Only the corpus builds, phase by phase: for the large sizes, which take minutes each.
  const entries = [];
  for (const n of sizes) {
    const dir = siteWithCorpus(n, undefined, { onProgress: (count, total) => progress.update({ label: `${n} terms`, detail: 'generating the corpus', count, total }) });
    try {
      const r = await timedBuild(dir, {}, `${n} terms`);
      entries.push({ title: `${n} terms`, r: { n, ...r, load: loadavg()[0] } });
      console.log(`${n} terms: ${r.pages} pages, ${r.wall.toFixed(1)} s, ${mb(r.build.peakTreeKb * 1024)} peak (all processes), load average ${loadavg()[0].toFixed(1)}`);
      writeFileSync(BENCHMARKS, replaceSection(readFileSync(BENCHMARKS, 'utf8'), PHASES_HEADING, phaseSection(entries)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(phaseSection(entries).join('\n'));
  process.exit(0);
}

if (values.only === 'og') {
  onOgResult = () => writeFileSync(BENCHMARKS, replaceSection(readFileSync(BENCHMARKS, 'utf8'), OG_HEADING, ogSection(ogResults), { keepSubsections: true }));
  await measureOg();
  console.log(ogSection(ogResults).join('\n'));
  process.exit(0);
}

const rows = [];
const searches = [];
let largeLists;
let shipped;
if (!values['skip-build']) {
  // The real site first: its dist/ is what the page weights and Lighthouse below measure.

  const terms = readdirSync(join(ROOT, 'content/terms')).filter((f) => f.endsWith('.mdx')).length;
  shipped = { terms, ...(await timedBuild(ROOT, {}, 'shipped site')), heaviest: heaviestTermPage(ROOT), load: loadavg()[0] };
  console.log(`Shipped site: ${shipped.wall.toFixed(1)} s`);
  for (const n of sizes) {
    const dir = siteWithCorpus(n, undefined, { onProgress: (count, total) => progress.update({ label: `${n} terms`, detail: 'generating the corpus', count, total }) });
    const r = await timedBuild(dir, {}, `${n} terms`);
    console.log(`${n} terms: ${r.wall.toFixed(1)} s`);
    rows.push({ n, ...r, load: loadavg()[0] });
    if (n === Math.max(...sizes)) largeLists = await lighthouseScores(dir, largestLists(dir, n));
    if (n >= 1000) searches.push({ n, ...(await searchFigures(dir, searchQueries(dir))) });
    rmSync(dir, { recursive: true, force: true });
  }
}
if (!values['skip-build']) await measureOg();
const lighthouseRows = existsSync(join(ROOT, 'dist/index.html')) ? await lighthouseScores() : undefined;
const realSearch = existsSync(join(ROOT, 'dist/pagefind')) ? du(join(ROOT, 'dist/pagefind')) : 0;
const weights = existsSync(join(ROOT, 'dist/index.html')) ? pageWeights() : [];
const react = existsSync(join(ROOT, 'dist/demos/session/index.html')) ? reactWeight() : undefined;
// Every chunk the demo causes a reader to download, scroll-in and opt-in, as its budget test counts it.
const island = existsSync(join(ROOT, 'dist/demos/session/index.html')) ? islandCost(join(ROOT, 'dist'), '/demos/session/') : undefined;
const version = (pkg) => JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;

// What BENCHMARKS.md holds now: the sections this run does not measure are kept from it.
const previous = existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, 'utf8') : '';
const lines = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${mb(totalmem())} RAM; Node ${process.versions.node}, Astro ${version('astro')}, Pagefind ${version('pagefind')}, Chromium via Playwright ${version('@playwright/test')}.`,
  '',
  ...(shipped
    ? [
        '## The shipped site (`content/`)',
        '',
        '| Terms | Pages | Wall | CPU | ms / page | Peak RSS | dist/ | Pagefind index | A–Z page (gz) | Heaviest term page (gz) |',
        '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
        `| ${shipped.terms} | ${shipped.pages} | ${shipped.wall.toFixed(1)} s | ${shipped.cpu.toFixed(1)} s | ${((shipped.wall * 1000) / shipped.pages).toFixed(1)} | ${mb(shipped.rssKb * 1024)} | ${mb(shipped.dist)} | ${mb(shipped.pagefind)} | ${kb(shipped.indexGz)} | ${kb(shipped.heaviest.gz)} (${shipped.heaviest.slug}) |`,
        '',
      ]
    : []),
  '## Build at scale (synthetic corpus, `scripts/generate-corpus.mjs`, seed 7)',
  '',
  '| Terms | Pages | Wall | CPU | ms / page | Peak RSS | dist/ | Pagefind index | A–Z page (gz) | Heaviest term page (gz) | Largest names shard (gz) | All names (gz) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.n} | ${r.pages} | ${r.wall.toFixed(1)} s | ${r.cpu.toFixed(1)} s | ${((r.wall * 1000) / r.pages).toFixed(1)} | ${mb(r.rssKb * 1024)} | ${mb(r.dist)} | ${mb(r.pagefind)} | ${kb(r.indexGz)} | ${kb(r.termGz)} | ${kb(r.shardGz)} | ${kb(r.namesGz)} |`),
  '',
  'A search fetches one names shard (the names starting like the query) to put an exact match first; the full name list only when a query finds nothing, for "did you mean".',
  '',
  'The corpus sends one link of every term to one of five hub terms, as real glossaries have (terms that many others link to, such as "User"), so the heaviest term page is a hub\'s. A term page\'s "Mentioned in" section lists 24 of the pages that link to it and links to the full list; before that, the heaviest 5,000-term page was 19.6 KB gzip, over the 14 KB budget.',
  '',
  ...phaseSection([...(shipped ? [{ title: 'Shipped site', r: shipped }] : []), ...rows.map((r) => ({ title: `${r.n} terms`, r }))]),
  ...sectionOf(previous, '## Build phases'),
  ...sectionOf(previous, AB_HEADING),
  '## Search',
  '',
  `- Pagefind index for the shipped content: ${kb(realSearch)}.`,
  ...searches.flatMap((search) => [
    `- ${search.n.toLocaleString('en')}-term corpus, first query: ${kb(search.firstBytes)} fetched (Pagefind library, WASM, index chunks and fragments, plus the names shard for exact-match ranking).`,
    `- ${search.n.toLocaleString('en')}-term corpus, last keystroke to rendered results: median ${search.median.toFixed(0)} ms, p90 ${search.p90.toFixed(0)} ms over 20 queries (no debounce; includes loading result fragments).`,
  ]),
  '',
  '## Page weight (the shipped site, before any interaction; gzip at level 9)',
  '',
  '| Page | HTML | CSS | JS | Requests to first render |',
  '|---|---:|---:|---:|---:|',
  ...weights.map((w) => `| ${w.name} | ${kb(w.html[0])} (${kb(w.html[1])} gz) | ${kb(w.css[0])} (${kb(w.css[1])} gz) | ${kb(w.js[0])} (${kb(w.js[1])} gz) | ${w.requests} |`),
  '',
  `JS on the Demo and Session pages includes the React island, which hydrates only when the demo scrolls into view${react ? `; React and react-dom alone are ${kb(react)} gzip of it` : ''}.${island ? ` Every chunk the demo causes a reader to download, React, the chunks it loads on scroll-in and those it loads once the reader opts in (not the ones every page already loads), is ${kb(island)} gzip (budget 80 KB; \`npm run island-size\` lists each chunk).` : ''}`,
  '',
  ...(ogResults.length
    ? [...ogSection(ogResults), ...subsectionsOf(previous, OG_HEADING)]
    : sectionOf(previous, OG_HEADING)),
  // Measured by hand (alternating revisions), kept as it is.
  ...sectionOf(previous, '## Link card images: before and after'),
  '## Lighthouse (mobile emulation, simulated throttling, local preview server)',
  '',
  ...(lighthouseRows
    ? [
        '| Page | Performance | Accessibility | Best practices | SEO | LCP | CLS | TBT |',
        '|---|---:|---:|---:|---:|---:|---:|---:|',
        ...[...lighthouseRows, ...(largeLists ?? [])].map((r) => `| ${r.name} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.lcp / 1000).toFixed(2)} s | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} ms |`),
        '',
        'The rows naming a corpus size are the lists that grow with the glossary, on the generated corpus. Past 800 terms a list becomes an overview of letters plus a page per letter (`src/glossary/index-pages.ts`); as one page, the 5,000-term A–Z index was 3.6 MB of HTML and scored 73 (TBT 1.1 s).',
      ]
    : ['Skipped: the `lighthouse` package is not installed.']),
  '',
  // Sections only their own option measures (`--only author-loop`) are kept as they are.
  ...sectionOf(previous, '## Author loop'),
  ...sectionOf(previous, '## Dev server before and after'),
];
writeFileSync(BENCHMARKS, lines.join('\n'));
console.log(lines.join('\n'));
