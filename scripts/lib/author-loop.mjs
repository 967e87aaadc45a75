// What an author waits for while writing: `npm run bench -- --only author-loop`.
// On a temporary copy of the shipped site and of the 1,000-term corpus, for several rounds each:
//  - `astro dev` started until the first HTTP 200 on / (ready);
//  - the first load of a term page in Chromium (navigation start to the load event, cold);
//  - a sentence of that term changed on disk until the open page shows it;
//  - a broken wiki-link saved until the dev server's terminal and the browser's error overlay show
//    the build's own message for it (file, line, suggestion), then fixed until the page is back.
// Writes the "## Author loop" section of BENCHMARKS.md. Never touches the real content/.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';
import { generateCorpus } from '../generate-corpus.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const NODE = process.execPath;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const now = () => performance.now();

/**
 * A copy of the site's code in a temporary folder, with the shipped content or a generated corpus,
 * and the term to edit: Session, or the corpus's sixth term (its first five are hubs).
 */
export function siteCopy({ corpus } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `lexicon-author-loop-${corpus ?? 'shipped'}-`));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  if (!corpus) {
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    return { dir, slug: 'session' };
  }
  const terms = generateCorpus({ terms: corpus, out: join(dir, 'content') });
  return { dir, slug: terms[5].slug };
}

/**
 * Where to edit a term: the first prose line of its Definition, and a link it makes to another
 * term, misspelt by one letter (so the build suggests the right name).
 */
export function editPlan(text) {
  const lines = text.split('\n');
  const heading = lines.indexOf('## Definition');
  let index = heading + 1;
  while (!lines[index]?.trim()) index++;
  const body = text.slice(text.indexOf('\n---', 4));
  const target = [...body.matchAll(/\[\[([^\]|!]+?)(?:\|[^\]]*)?\]\]/g)].map((m) => m[1]).find((name) => name.length >= 5);
  if (!target) throw new Error('the term to edit needs a wiki-link to a term with a name of 5 letters or more');
  const middle = Math.floor(target.length / 2);
  const typo = target.slice(0, middle) + target.slice(middle + 1);
  const withLine = (prefix) => lines.map((line, i) => (i === index ? `${prefix}${line}` : line)).join('\n');
  return { line: index + 1, typo, target, withLine };
}

/** The build's message for the content of `dir`: every problem line the content check reports. */
function buildMessages(dir) {
  const script = "import('./src/glossary/load.ts').then((m) => m.getGlossary()).then(() => {}, (e) => { if (!e.problems) throw e; import('./src/glossary/problem.ts').then((p) => console.log(JSON.stringify(e.problems.map(p.formatProblem)))); });";
  const result = spawnSync(NODE, [TSX, '-e', script], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`content check failed to run:\n${result.stderr}`);
  return result.stdout.trim() ? JSON.parse(result.stdout) : [];
}

async function waitForHttp(url, deadlineMs) {
  const start = now();
  while (now() - start < deadlineMs) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return now() - start;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} did not answer 200 within ${deadlineMs} ms`);
}

/** Starts `astro dev` in `dir`, keeping everything it prints. */
export function startDev(dir, port) {
  const server = spawn(NODE, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output = { text: '' };
  server.stdout.on('data', (chunk) => (output.text += chunk));
  server.stderr.on('data', (chunk) => (output.text += chunk));
  const stop = () =>
    new Promise((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.on('exit', resolve);
      process.kill(-server.pid, 'SIGTERM');
    });
  /** CPU time (user + system) the server has used so far, in ms, from /proc (Linux). */
  const cpu = () => {
    try {
      const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
      return NaN;
    }
  };
  return { output, stop, cpu };
}

/** Resolves when `predicate()` holds, checking every animation frame's worth of time. */
async function until(predicate, timeoutMs, what) {
  const start = now();
  while (!(await predicate())) {
    if (now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return now() - start;
}

/** Text of the dev error overlay (Astro's, in a shadow root), or '' when there is none. */
export async function overlayText(page) {
  try {
    return await page.evaluate(() => {
      const overlay = document.querySelector('vite-error-overlay');
      return overlay ? (overlay.shadowRoot?.textContent ?? overlay.textContent ?? '') : '';
    });
  } catch {
    return ''; // the page is navigating
  }
}

async function bodyHas(page, text) {
  try {
    return await page.evaluate((t) => document.querySelector('article')?.textContent?.includes(t) ?? false, text);
  } catch {
    return false;
  }
}

/** One round: start, first load, edit, break, fix. Times in ms. */
async function round(browser, dir, slug, port, expected) {
  const file = join(dir, 'content/terms', `${slug}.mdx`);
  const original = readFileSync(file, 'utf8');
  const plan = editPlan(original);
  const dev = startDev(dir, port);
  const base = `http://127.0.0.1:${port}`;
  const result = {};
  let page;
  try {
    const started = now();
    await waitForHttp(`${base}/`, 120_000);
    result.ready = now() - started;
    result.readyCpu = dev.cpu();
    // Astro colours its banner when it thinks a terminal (or CI) shows it: read the text without the colour codes.
    result.astroReady = Number(/ready in (\d+) ms/.exec(dev.output.text.replace(/\x1b\[[0-9;]*m/g, ''))?.[1] ?? NaN);
    page = await browser.newPage();
    // Vite may reload the page once it has optimised a dependency it found on the way: the author
    // then waits for the second load too.
    let reloads = 0;
    page.on('framenavigated', (frame) => frame === page.mainFrame() && reloads++);
    const loadStart = now();
    const loadCpu = dev.cpu();
    await page.goto(`${base}/glossary/${slug}/`, { waitUntil: 'load', timeout: 60_000 });
    result.firstLoad = now() - loadStart;
    await page.waitForLoadState('load');
    if (reloads > 1) result.firstLoad = now() - loadStart;
    result.reloads = reloads - 1;
    result.firstLoadCpu = dev.cpu() - loadCpu;

    const marker = `Edited at ${Date.now()} for the benchmark.`;
    const editCpu = dev.cpu();
    writeFileSync(file, plan.withLine(`${marker} `));
    result.edit = await until(() => bodyHas(page, marker), 60_000, 'the edit to show');
    result.editCpu = dev.cpu() - editCpu;

    const logStart = dev.output.text.length;
    writeFileSync(file, plan.withLine(`Broken link to [[${plan.typo}]] here. `));
    result.overlay = await until(async () => (await overlayText(page)).includes(expected), 60_000, `the overlay to show ${expected}`);
    await until(() => dev.output.text.slice(logStart).includes(expected), 5_000, `the terminal to show ${expected}`);
    result.terminal = true;
    result.overlaySays = (await overlayText(page)).slice(0, 400);

    writeFileSync(file, original);
    result.recover = await until(async () => !(await overlayText(page)) && (await bodyHas(page, plan.target.slice(0, 3))), 60_000, 'the page to recover');
    return result;
  } catch (error) {
    throw new Error(`${error.message}\n--- dev server output ---\n${dev.output.text.slice(-4000)}`);
  } finally {
    writeFileSync(file, original);
    await page?.close();
    await dev.stop();
  }
}

/** Measures the loop on one site: `rounds` fresh dev servers, medians of each figure. */
async function measureSite(browser, { label, dir, slug, port, rounds }) {
  const plan = editPlan(readFileSync(join(dir, 'content/terms', `${slug}.mdx`), 'utf8'));
  // The build's own message for the same broken link, from the same check the build runs.
  const file = join(dir, 'content/terms', `${slug}.mdx`);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, plan.withLine(`Broken link to [[${plan.typo}]] here. `));
  let expected;
  try {
    expected = buildMessages(dir).find((m) => m.startsWith(`content/terms/${slug}.mdx:`));
  } finally {
    writeFileSync(file, original);
  }
  if (!expected) throw new Error(`the content check found no broken link in ${slug}`);
  // The copy's first start also optimises Vite's dependencies and writes the dev caches, as an
  // author's first `npm run dev` does: timed and reported on its own, not as a round.
  const first = startDev(dir, port);
  let firstStart;
  try {
    firstStart = await waitForHttp(`http://127.0.0.1:${port}/`, 120_000);
  } finally {
    await first.stop();
  }
  console.log(`  ${label}, first start (not a round): ready ${firstStart.toFixed(0)} ms`);
  const runs = [];
  for (let i = 0; i < rounds; i++) {
    process.stdout.write(`  ${label}, round ${i + 1}… `);
    // A round that fails (a shared machine can starve the server past a timeout) is said and run again once.
    const r = await round(browser, dir, slug, port, expected).catch((error) => {
      console.log(`failed, once more: ${error.message.split('\n')[0]}`);
      return round(browser, dir, slug, port, expected);
    });
    console.log(`ready ${r.ready.toFixed(0)} ms (CPU ${r.readyCpu.toFixed(0)}), first load ${r.firstLoad.toFixed(0)} ms (CPU ${r.firstLoadCpu.toFixed(0)}), edit ${r.edit.toFixed(0)} ms (CPU ${r.editCpu.toFixed(0)}), error ${r.overlay.toFixed(0)} ms, fixed ${r.recover.toFixed(0)} ms`);
    runs.push(r);
  }
  const pick = (key) => median(runs.map((r) => r[key]));
  return { label, slug, rounds, expected, firstStart, overlaySays: runs.at(-1).overlaySays, ready: pick('ready'), readyCpu: pick('readyCpu'), firstLoadCpu: pick('firstLoadCpu'), editCpu: pick('editCpu'), astroReady: pick('astroReady'), firstLoad: pick('firstLoad'), edit: pick('edit'), overlay: pick('overlay'), recover: pick('recover') };
}

export function authorLoopSection(results, load) {
  const ms = (x) => `${Math.round(x)} ms`;
  const mark = (x, limit) => `${ms(x)} ${x <= limit ? '✓' : '✗'}`;
  return [
    '## Author loop (`npm run bench -- --only author-loop`, `scripts/lib/author-loop.mjs`)',
    '',
    `\`astro dev\` on a temporary copy of each site, started fresh for every round after a first start that is not a round (that one optimises Vite's dependencies and writes the dev caches, as an author's first \`npm run dev\` does: ready in ${results.map((r) => `${ms(r.firstStart)} on the ${r.label.toLowerCase()}`).join(', ')}); the rounds keep those caches, as on an author's second \`npm run dev\`; medians of ${[...new Set(results.map((r) => r.rounds))].join(' or ')} rounds. Load average while measuring: ${load}. Targets: ready ≤ 3 s, first load ≤ 1 s, edit shown ≤ 500 ms.`,
    '',
    '| Site | Term | Ready (first 200 on /): wall / server CPU | Astro "ready in" | First load of the term page: wall / server CPU | Edit shown: wall / server CPU | Broken link shown | Fixed, page back |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.label} | ${r.slug} | ${mark(r.ready, 3000)} / ${ms(r.readyCpu)} | ${ms(r.astroReady)} | ${mark(r.firstLoad, 1000)} / ${ms(r.firstLoadCpu)} | ${mark(r.edit, 500)} / ${ms(r.editCpu)} | ${ms(r.overlay)} | ${ms(r.recover)} |`),
    '',
    'Server CPU is the dev server process\'s own user + system time over the same span (from /proc), which a busy machine does not inflate the way it does wall time. Ready: from spawning `astro dev` to the first HTTP 200 on `/`. First load: Chromium\'s navigation start to the load event of the term page, its first request since the server started. Edit shown: from writing the changed sentence to the open page showing it (Session\'s body uses MDX, so Astro\'s MDX pipeline compiles it; the corpus term\'s body is plain Markdown, rendered by the page from the file as saved). Broken link: a misspelt `[[wiki-link]]` written into the same sentence; timed until the error overlay in the open page shows the build\'s message, which the terminal also printed:',
    '',
    ...results.map((r) => `- ${r.label}: \`${r.expected}\``),
    '',
  ];
}

/** `npm run bench -- --only author-loop`: measures and rewrites the Author loop section of BENCHMARKS.md. */
export async function measureAuthorLoop({ rounds = 3, port = Number(process.env.DEV_PORT ?? 4393), corpus = 1000, replaceSection }) {
  const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');
  const loads = [load()];
  const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
  const results = [];
  const sites = [
    { label: 'Shipped site', make: () => siteCopy() },
    { label: `${corpus}-term corpus`, make: () => siteCopy({ corpus }) },
  ];
  try {
    console.log(`Author loop (${cpus().length} cores, load ${loads[0]}):`);
    for (const site of sites) {
      const { dir, slug } = site.make();
      try {
        results.push(await measureSite(browser, { label: site.label, dir, slug, port, rounds }));
        loads.push(load());
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  const lines = authorLoopSection(results, loads.join(' → '));
  const file = join(ROOT, 'BENCHMARKS.md');
  writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), '## Author loop', lines));
  console.log(lines.join('\n'));
  return results;
}

