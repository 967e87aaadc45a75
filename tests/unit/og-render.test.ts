import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGlossary } from '../../src/glossary/glossary';
import { cardCacheKey, cardHash } from '../../src/glossary/og-card';
import { termCard } from '../../src/glossary/og-cards';
import { cardTree } from '../../src/glossary/og-template';
import { rendererFingerprint } from '../../src/integrations/og-fingerprint';
import { CARD_SPEC, CardCache } from '../../src/integrations/og-images';
import { RenderPool } from '../../src/integrations/og-pool';
import { fontsFor, frameFor, keepsFrame, layout, needsLatinExt, renderCard } from '../../src/integrations/og-render';
import { input, term } from './fixtures';

const glossary = createGlossary(input());
const dir = mkdtempSync(join(tmpdir(), 'og-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Width, height, bit depth and colour type from a PNG's IHDR. */
const header = (png: Buffer) => ({ png: png.subarray(1, 4).toString('latin1'), width: png.readUInt32BE(16), height: png.readUInt32BE(20), depth: png[24], colourType: png[25] });

// Satori's first layout and a worker's start-up take seconds on a busy machine.
const SLOW = 60_000;

describe('card renderer', () => {
  it('renders a term card as a 1200×630 indexed PNG, the same bytes every time', async () => {
    const tree = cardTree(termCard(glossary, term('session')), 'Lexicon');
    const first = await renderCard(tree, CARD_SPEC);
    const again = await renderCard(tree, CARD_SPEC);
    expect(header(first.png)).toEqual({ png: 'PNG', width: 1200, height: 630, depth: 8, colourType: 3 });
    expect(first.png.equals(again.png)).toBe(true);
    expect(first.png.length).toBeGreaterThan(5_000);
    expect(first.png.length).toBeLessThan(80_000);
  }, SLOW);

  it('draws a changed term differently', async () => {
    const before = await renderCard(cardTree(termCard(glossary, term('session')), 'Lexicon'), CARD_SPEC);
    const after = await renderCard(cardTree(termCard(glossary, term('session', { plainEnglish: 'A visit, counted once.' })), 'Lexicon'), CARD_SPEC);
    expect(after.png.equals(before.png)).toBe(false);
  }, SLOW);

  it('draws a card the same whether it rasterises the whole canvas or only the content area', async () => {
    const { frame: _, ...whole } = CARD_SPEC;
    const cards = [
      termCard(glossary, term('session')),
      // Words longer than a line and chips wider than the card, which must break, not overflow.
      { kind: 'Glossary term', title: 'Wj Jw '.repeat(12), categories: ['Analytics '.repeat(8), 'Experimentation '.repeat(5), 'UX'], line: 'W'.repeat(400), lineStyle: 'highlight' as const },
      { kind: 'Glossary term', title: 'W'.repeat(80), line: 'Short.' },
      // The tallest card real inputs make: a title on two lines, chips, three lines of text.
      { kind: 'Glossary term', title: 'Wide Wide Wide Wide Wide', categories: ['Analytics', 'Privacy', 'UX'], line: 'Wide words '.repeat(40), lineStyle: 'highlight' as const },
      { kind: 'Guide', title: 'Judging a test', line: 'Jumps. '.repeat(60), meta: 'Learning path · 8 steps · about 20 min' },
    ];
    const fonts = fontsFor(CARD_SPEC.font, ['latin']);
    const frame = (await frameFor(CARD_SPEC, fonts))!;
    const inFrame: boolean[] = [];
    for (const card of cards) {
      const tree = cardTree(card, 'Lexicon');
      inFrame.push(keepsFrame(await layout(tree, CARD_SPEC, fonts), frame));
      const [cut, full] = await Promise.all([renderCard(tree, CARD_SPEC), renderCard(tree, whole)]);
      expect(cut.png.equals(full.png)).toBe(true);
    }
    // Only a card too tall for the content area is drawn whole.
    expect(inFrame).toEqual([true, true, true, false, true]);
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
      const [a, b] = await Promise.all([pool.render(cardTree(card, 'Lexicon'), CARD_SPEC, file), pool.render(cardTree(card, 'Lexicon'), CARD_SPEC, file)]);
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
      await pool.render(cardTree(card, 'Lexicon'), CARD_SPEC, join(dir, 'background.png'));
      expect(niceValues().filter((nice) => nice === 19)).toHaveLength(1);
      pool.grow(1);
      await expect.poll(() => niceValues().filter((nice) => nice === 19)).toHaveLength(0);
    } finally {
      await pool.close();
    }
  }, SLOW);

  it('fails a job with the card it was rendering', async () => {
    const pool = new RenderPool(1);
    try {
      await expect(pool.render(cardTree({ kind: 'x', title: 'x', line: 'x' }, 'Lexicon'), CARD_SPEC, join(dir, 'missing-folder', 'x.png'))).rejects.toThrow(
        /Rendering the card image .*missing-folder\/x\.png failed/,
      );
    } finally {
      await pool.close();
    }
  }, SLOW);
});
