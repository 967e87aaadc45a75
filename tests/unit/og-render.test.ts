import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGlossary } from '../../src/glossary/glossary';
import { cardCacheKey, cardHash } from '../../src/glossary/og-card';
import { termCard } from '../../src/glossary/og-cards';
import { cardLayers, cardTree } from '../../src/glossary/og-template';
import { rendererFingerprint } from '../../src/integrations/og-fingerprint';
import { CARD_SPEC, CardCache, cardDrawing, publishCard } from '../../src/integrations/og-images';
import { idleMachine, RenderPool } from '../../src/integrations/og-pool';
import { frameFor, needsLatinExt, renderCard } from '../../src/integrations/og-render';
import { input, term } from './fixtures';
import { decode } from './png';

const glossary = createGlossary(input());
const dir = mkdtempSync(join(tmpdir(), 'og-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Width, height, bit depth and colour type from a PNG's IHDR. */
const header = (png: Buffer) => ({ png: png.subarray(1, 4).toString('latin1'), width: png.readUInt32BE(16), height: png.readUInt32BE(20), depth: png[24], colourType: png[25] });

// Satori's first layout and a worker's start-up take seconds on a busy machine.
const SLOW = 60_000;

describe('card renderer', () => {
  it('renders a term card as a 1200×630 indexed PNG, the same bytes every time', async () => {
    const drawing = cardDrawing(termCard(glossary, term('session')));
    const first = await renderCard(drawing, CARD_SPEC);
    const again = await renderCard(drawing, CARD_SPEC);
    expect(header(first.png)).toEqual({ png: 'PNG', width: 1200, height: 630, depth: 8, colourType: 3 });
    expect(first.png.equals(again.png)).toBe(true);
    expect(first.png.length).toBeGreaterThan(5_000);
    expect(first.png.length).toBeLessThan(80_000);
  }, SLOW);

  it('draws a changed term differently', async () => {
    const before = await renderCard(cardDrawing(termCard(glossary, term('session'))), CARD_SPEC);
    const after = await renderCard(cardDrawing(termCard(glossary, term('session', { plainEnglish: 'A visit, counted once.' }))), CARD_SPEC);
    expect(after.png.equals(before.png)).toBe(false);
  }, SLOW);

  it('draws a card the same whether it draws it whole or as its frame and content', async () => {
    const cards = [
      termCard(glossary, term('session')),
      // Words longer than a line and chips wider than the card, which must break, not overflow.
      { kind: 'Glossary term', title: 'Wj Jw '.repeat(12), categories: ['Analytics '.repeat(8), 'Experimentation '.repeat(5), 'UX'], line: 'W'.repeat(400), lineStyle: 'highlight' as const },
      { kind: 'Glossary term', title: 'W'.repeat(80), line: 'Short.' },
      // The tallest card real inputs make: a title on two lines, chips, three lines of text.
      { kind: 'Glossary term', title: 'Wide Wide Wide Wide Wide', categories: ['Analytics', 'Privacy', 'UX'], line: 'Wide words '.repeat(40), lineStyle: 'highlight' as const },
      { kind: 'Guide', title: 'Judging a test', line: 'Jumps. '.repeat(60), meta: 'Learning path · 8 steps · about 20 min' },
      // Glyphs that reach past their line: accents above, descenders below.
      { kind: 'Category', title: 'Ÿçgj Ápq', line: 'Éjgy', meta: 'jgy' },
    ];
    const layered: boolean[] = [];
    for (const card of cards) {
      const drawing = cardDrawing(card);
      const [cut, whole] = await Promise.all([renderCard(drawing, CARD_SPEC), renderCard({ tree: drawing.tree }, CARD_SPEC)]);
      expect(decode(cut.png)).toEqual(decode(whole.png));
      expect(whole.layered).toBe(false);
      layered.push(cut.layered);
    }
    // Only a card too tall for the content area is drawn whole.
    expect(layered).toEqual([true, true, true, false, true, true]);
  }, SLOW);

  it('paints content only over a frame that shows nothing but background where content may draw', async () => {
    const layers = cardLayers({ kind: 'Guide', title: 'T', line: 'L' }, 'Lexicon');
    expect((await frameFor(layers, { ...CARD_SPEC, contentArea: CARD_SPEC.contentArea! })).clear).toBe(true);
    // A frame whose content area is not the one the spec names: its header is where content would go.
    const moved = { ...CARD_SPEC.contentArea!, y: CARD_SPEC.contentArea!.y - 40 };
    expect((await frameFor(layers, { ...CARD_SPEC, contentArea: moved })).clear).toBe(false);
  }, SLOW);

  it('loads the extended Latin fonts only for text that needs them', () => {
    expect(needsLatinExt(cardTree({ kind: 'Glossary term', title: 'Café − “A/B” – €5', line: 'x' }, 'Lexicon'))).toBe(false);
    expect(needsLatinExt(cardTree({ kind: 'Glossary term', title: 'Gdańsk', line: 'x' }, 'Lexicon'))).toBe(true);
  });

  it('fingerprints the renderer: versions, fonts and PNG settings', () => {
    expect(rendererFingerprint(CARD_SPEC)).toBe(rendererFingerprint(CARD_SPEC));
    expect(rendererFingerprint(CARD_SPEC)).not.toBe(rendererFingerprint({ ...CARD_SPEC, font: { ...CARD_SPEC.font, weights: [700] } }));
  });
});

describe('render pool and cache', () => {
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

  it('renders at the lowest priority until the build waits for it', async () => {
    /** The nice values of this process's threads (Linux: the nice value is per thread). */
    const niceValues = () =>
      readdirSync('/proc/self/task').map((task) => {
        const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      });
    const pool = new RenderPool(1, { background: true });
    try {
      const card = termCard(glossary, term('user'));
      await pool.render(cardDrawing(card), CARD_SPEC, join(dir, 'background.png'));
      expect(niceValues().filter((nice) => nice === 19)).toHaveLength(1);
      pool.grow(1);
      await expect.poll(() => niceValues().filter((nice) => nice === 19)).toHaveLength(0);
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
      const cards = Array.from({ length: 24 }, (_, i) => termCard(glossary, term('session', { title: `Session ${i}` })));
      const files = cards.map((_, i) => join(dir, `released-${i}.png`));
      const renders = cards.map((card, i) => pool.render(cardDrawing(card), CARD_SPEC, files[i]!));
      await renders[0];
      // In the background a worker holds a long stretch of jobs; once the build waits it keeps a few.
      expect(pool.holding()[0]).toBeGreaterThan(10);
      pool.grow(1);
      await expect.poll(() => pool.holding()[0]).toBeLessThanOrEqual(3);
      // Handed back, not rendered: without the hand-back the worker holds them until it has drawn them.
      expect(pool.completed.size).toBeLessThan(12);
      const results = await Promise.all(renders);
      results.forEach((result, i) => expect(result.bytes).toBe(readFileSync(files[i]!).length));
      expect(new Set(files.map((file) => readFileSync(file).toString('base64'))).size).toBe(cards.length);
    } finally {
      await pool.close();
    }
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
