import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createGlossary } from '../../src/glossary/glossary';
import { cardCacheKey, cardHash } from '../../src/glossary/og-card';
import { termCard } from '../../src/glossary/og-cards';
import type { CardNode } from '../../src/glossary/og-template';
import { rendererFingerprint } from '../../src/integrations/og-fingerprint';
import { CARD_SPEC, CardCache, cardDrawing, publishCard } from '../../src/integrations/og-images';
import { idleMachine, RenderPool } from '../../src/integrations/og-pool';
import { renderCard, takumiNode } from '../../src/integrations/og-render';
import { input, term } from './fixtures';

const glossary = createGlossary(input());
const dir = mkdtempSync(join(tmpdir(), 'og-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Width, height, bit depth and colour type from a PNG's IHDR. */
const header = (png: Buffer) => ({ png: png.subarray(1, 4).toString('latin1'), width: png.readUInt32BE(16), height: png.readUInt32BE(20), depth: png[24], colourType: png[25] });

// A worker's start-up and the renderer's first card take seconds on a busy machine.
const SLOW = 60_000;

describe('card renderer', () => {
  it('hands the template to Takumi as boxes of boxes and boxes of text', () => {
    const tree: CardNode = { type: 'div', props: { style: { display: 'flex' }, children: [{ type: 'div', props: { style: { fontSize: 28 }, children: 'Session' } }, { type: 'div', props: { style: { height: 14 } } }] } };
    expect(takumiNode(tree)).toEqual({
      type: 'container',
      style: { display: 'flex' },
      children: [
        { type: 'text', text: 'Session', style: { fontSize: 28 } },
        { type: 'container', style: { height: 14 }, children: [] },
      ],
    });
  });

  it('renders a term card as a 1200×630 PNG, the same bytes every time', async () => {
    const drawing = cardDrawing(termCard(glossary, term('session')));
    const first = await renderCard(drawing, CARD_SPEC);
    const again = await renderCard(drawing, CARD_SPEC);
    expect(header(first)).toMatchObject({ png: 'PNG', width: 1200, height: 630, depth: 8 });
    expect(first.equals(again)).toBe(true);
    expect(first.length).toBeGreaterThan(5_000);
    expect(first.length).toBeLessThan(80_000);
  }, SLOW);

  it('draws a changed term differently', async () => {
    const before = await renderCard(cardDrawing(termCard(glossary, term('session'))), CARD_SPEC);
    const after = await renderCard(cardDrawing(termCard(glossary, term('session', { plainEnglish: 'A visit, counted once.' }))), CARD_SPEC);
    expect(after.equals(before)).toBe(false);
  }, SLOW);

  it('draws letters the latin files lack from the latin-ext ones', async () => {
    const titled = (title: string) => renderCard(cardDrawing({ kind: 'Category', title, line: 'x' }), CARD_SPEC);
    // Two characters no font has draw alike (as nothing, or the same missing-glyph box)...
    const [missing, alsoMissing] = await Promise.all([titled('Gda\uE000sk'), titled('Gda\uE001sk')]);
    expect(missing.equals(alsoMissing)).toBe(true);
    // ...and "ń", which only the latin-ext files have, is drawn.
    expect((await titled('Gdańsk')).equals(missing)).toBe(false);
  }, SLOW);

  it('fingerprints the renderer: its version and the fonts', () => {
    expect(rendererFingerprint(CARD_SPEC)).toBe(rendererFingerprint(CARD_SPEC));
    expect(rendererFingerprint(CARD_SPEC)).not.toBe(rendererFingerprint({ ...CARD_SPEC, font: { ...CARD_SPEC.font, weights: [700] } }));
  });
});

describe('render pool and cache', () => {
  /** Asks the pool for `count` different cards, into `<folder>/<name>-<i>.png`. */
  function askFor(pool: RenderPool, count: number, folder: string, name: string) {
    const files = Array.from({ length: count }, (_, i) => join(folder, `${name}-${i}.png`));
    const renders = files.map((file, i) => pool.render(cardDrawing(termCard(glossary, term('session', { title: `${name} ${i}` }))), CARD_SPEC, file));
    return { files, renders };
  }

  it('renders each card once in a worker into the cache, keyed by inputs and renderer', async () => {
    const cache = new CardCache(dir);
    const card = termCard(glossary, term('session'));
    const file = cache.file(cardHash(card));
    expect(file).toBe(join(dir, `${cardCacheKey(cardHash(card), cache.fingerprint)}.png`));
    expect(cache.file(cardHash(termCard(glossary, term('session', { title: 'Visit' }))))).not.toBe(file);

    const pool = new RenderPool(2);
    try {
      const [a, b] = await Promise.all([pool.render(cardDrawing(card), CARD_SPEC, file), pool.render(cardDrawing(card), CARD_SPEC, file)]);
      expect(a).toBe(b);
      expect(a.ok).toBe(true);
      expect(existsSync(file)).toBe(true);
      expect(a.bytes).toBe(readFileSync(file).length);
      expect(header(readFileSync(file))).toMatchObject({ width: 1200, height: 630 });
      expect(pool.completed.size).toBe(1);
    } finally {
      await pool.close();
    }
  }, SLOW);

  it('remembers which cards the last build of a site used, to start no renderer early when they are all cached', () => {
    const cacheDir = join(dir, 'remembered');
    const cache = new CardCache(cacheDir, '/site/a');
    expect(cache.lastBuildCached()).toBe(false);
    const files = [cache.file('a'), cache.file('b')];
    for (const file of files) writeFileSync(file, 'png');
    cache.rememberBuild(files);
    expect(cache.lastBuildCached()).toBe(true);
    // Another site sharing the cache has a list of its own.
    expect(new CardCache(cacheDir, '/site/b').lastBuildCached()).toBe(false);
    rmSync(files[1]!);
    expect(new CardCache(cacheDir, '/site/a').lastBuildCached()).toBe(false);
  });

  it('puts a cached card into the output as a link to the cached file, replacing what was there', () => {
    const cached = join(dir, 'cached.png');
    writeFileSync(cached, 'card');
    const target = join(dir, 'published.png');
    writeFileSync(target, 'stale');
    publishCard(cached, target);
    expect(readFileSync(target, 'utf8')).toBe('card');
    expect(statSync(target).ino).toBe(statSync(cached).ino);
  });

  it('calls the machine idle when other processes used less than half a core since the build started', () => {
    const start = { idle: 10_000, total: 40_000, own: 5_000 };
    // Two cores for one second each: 2,000 ms of CPU time. This build used 1,500 ms and 100 ms was
    // idle, so other processes used 400 ms: 0.4 of a core.
    expect(idleMachine(start, { idle: 10_100, total: 42_000, own: 6_500 }, 2)).toBe(true);
    // This build's own work keeps both cores busy: still idle but for the build.
    expect(idleMachine(start, { idle: 10_000, total: 42_000, own: 7_000 }, 2)).toBe(true);
    // Other processes used 600 ms (0.6 of a core): busy.
    expect(idleMachine(start, { idle: 10_400, total: 42_000, own: 6_000 }, 2)).toBe(false);
    // Exactly half a core is not less than half.
    expect(idleMachine(start, { idle: 10_500, total: 42_000, own: 6_000 }, 2)).toBe(false);
    // Another build using both cores while this one waited: busy.
    expect(idleMachine(start, { idle: 10_000, total: 42_000, own: 5_000 }, 2)).toBe(false);
  });

  it('renders at the lowest priority, on every thread of its worker, until the build waits for it', async () => {
    /** The nice values of a process's threads (Linux: the nice value is per thread). */
    const niceValues = (pid: number) =>
      readdirSync(`/proc/${pid}/task`).map((task) => {
        const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      });
    const pool = new RenderPool(1, { background: true });
    try {
      const card = termCard(glossary, term('user'));
      await pool.render(cardDrawing(card), CARD_SPEC, join(dir, 'background.png'));
      const [worker] = pool.workerPids();
      // The renderer's own threads (libuv's pool, Rayon's) run at the worker's priority too.
      expect(niceValues(worker!).length).toBeGreaterThan(3);
      expect(new Set(niceValues(worker!))).toEqual(new Set([19]));
      // This process (the build) keeps its priority.
      expect(niceValues(process.pid)).not.toContain(19);
      pool.grow(1);
      await expect.poll(() => [...new Set(niceValues(worker!))]).toEqual([0]);
    } finally {
      await pool.close();
    }
  }, SLOW);

  it('gives each of the jobs a worker holds its own result, a failed one among them', async () => {
    const pool = new RenderPool(1, { background: true });
    try {
      const cards = [termCard(glossary, term('session')), termCard(glossary, term('user'))];
      const files = [join(dir, 'held-a.png'), join(dir, 'held-b.png')];
      const [first, failed, second] = await Promise.allSettled([
        pool.render(cardDrawing(cards[0]!), CARD_SPEC, files[0]!),
        pool.render(cardDrawing(cards[1]!), CARD_SPEC, join(dir, 'missing-folder', 'held.png')),
        pool.render(cardDrawing(cards[1]!), CARD_SPEC, files[1]!),
      ]);
      expect(failed.status).toBe('rejected');
      for (const [i, result] of [first, second].entries()) {
        expect(result.status).toBe('fulfilled');
        expect(result.status === 'fulfilled' && result.value.bytes).toBe(readFileSync(files[i]!).length);
      }
      expect(readFileSync(files[0]!).equals(readFileSync(files[1]!))).toBe(false);
    } finally {
      await pool.close();
    }
  }, SLOW);

  it('takes back the jobs a worker has not started once the build waits, and still renders each into its own file', async () => {
    const pool = new RenderPool(1, { background: true });
    try {
      const { files, renders } = askFor(pool, 24, dir, 'released');
      await renders[0];
      // In the background a worker holds a long stretch of jobs; once the build waits it keeps a few.
      expect(pool.holding()[0]).toBeGreaterThan(10);
      expect(pool.handedBack).toBe(0);
      pool.grow(1);
      // It keeps two not started, besides the (at most two) it was drawing at low priority, and
      // hands back the rest, which the pool hands out again as the worker finishes its own.
      await expect.poll(() => pool.handedBack).toBeGreaterThan(0);
      expect(pool.holding()[0]).toBeLessThanOrEqual(4);
      const results = await Promise.all(renders);
      results.forEach((result, i) => expect(result.bytes).toBe(readFileSync(files[i]!).length));
      expect(new Set(files.map((file) => readFileSync(file).toString('base64'))).size).toBe(files.length);
    } finally {
      await pool.close();
    }
  }, SLOW);

  it('hands a worker a long list of cards at once, so it renders on while this thread is busy', async () => {
    const pool = new RenderPool(1, { background: true });
    const out = mkdtempSync(join(dir, 'busy-'));
    try {
      await pool.render(cardDrawing(termCard(glossary, term('user'))), CARD_SPEC, join(out, 'first.png'));
      const { renders } = askFor(pool, 300, out, 'busy');
      // The pool sends the jobs once the asking is done (a microtask); then this thread stays busy,
      // as Astro's does, and answers no message until the worker has written 100 cards, or gives up.
      await Promise.resolve();
      const deadline = Date.now() + 20_000;
      let written = 0;
      while (written < 101 && Date.now() < deadline) written = readdirSync(out).filter((name) => name.endsWith('.png')).length;
      // Sent in messages, only what the pipe holds (a few dozen cards) would reach the worker.
      expect(written).toBeGreaterThanOrEqual(101);
      await Promise.all(renders);
    } finally {
      await pool.close();
    }
  }, SLOW);

  it('fails the jobs of a worker that dies, and renders later jobs in a new one', async () => {
    const pool = new RenderPool(1, { background: true });
    try {
      const { renders } = askFor(pool, 12, dir, 'crash');
      await renders[0];
      const [worker] = pool.workerPids();
      process.kill(worker!, 'SIGKILL');
      const settled = await Promise.allSettled(renders.slice(1));
      const failed = settled.filter((result) => result.status === 'rejected');
      expect(failed.length).toBeGreaterThan(0);
      for (const result of failed) expect(String(result.reason)).toMatch(/card render process ended \(SIGKILL\)/);
      const later = await pool.render(cardDrawing(termCard(glossary, term('user'))), CARD_SPEC, join(dir, 'after-crash.png'));
      expect(later.bytes).toBe(readFileSync(join(dir, 'after-crash.png')).length);
      expect(pool.workerPids()).not.toContain(worker);
    } finally {
      await pool.close();
    }
  }, SLOW);

  it('keeps its process alive until its idle workers have exited when it closes', () => {
    // In a process of its own, where nothing but the pool is pending: a test runner's process
    // stays alive anyway. An idle worker does not hold the process open, and the closing pool
    // waits for it; were it not kept alive meanwhile, the process would end there with that wait
    // unsettled (exit code 13).
    const pool = pathToFileURL(join(import.meta.dirname, '../../src/integrations/og-pool.ts')).href;
    const script = `const { RenderPool } = await import(${JSON.stringify(pool)});
      const pool = new RenderPool(1, { background: false });
      pool.warmUp();
      await pool.close();
      console.log('closed', pool.workerPids().length);`;
    const run = spawnSync(process.execPath, ['--experimental-transform-types', '--no-warnings', '--input-type=module', '--eval', script], { encoding: 'utf8' });
    expect({ status: run.status, stdout: run.stdout.trim() }).toEqual({ status: 0, stdout: 'closed 0' });
  }, SLOW);

  it('fails a job with the card it was rendering', async () => {
    const pool = new RenderPool(1);
    try {
      await expect(pool.render(cardDrawing({ kind: 'x', title: 'x', line: 'x' }), CARD_SPEC, join(dir, 'missing-folder', 'x.png'))).rejects.toThrow(
        /Rendering the card image .*missing-folder\/x\.png failed/,
      );
    } finally {
      await pool.close();
    }
  }, SLOW);
});
