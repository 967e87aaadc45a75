/**
 * Link card images (Open Graph / Twitter), rendered at build time into `<outDir>/og/`.
 *
 * - As the build starts, the content loader announces the cards of the glossary's pages as soon as
 *   it has read the content, before it builds the glossary's links, and the scenario lab's once
 *   the glossary is checked (src/glossary/og-cards.ts, og-registry.ts); they go to a pool of
 *   low-priority render processes, which draw them while Astro works and while the search index
 *   is built; once only the cards are left, they get every core at normal priority.
 * - Every page records the card it shows (BaseLayout → src/glossary/og-registry.ts). When the
 *   build is done, cards no one rendered yet (a page kind the glossary list does not know) are
 *   rendered too, and exactly the recorded cards are linked (or copied) into the output.
 * - Images are cached outside the output by a hash of their inputs and of the renderer
 *   (`OG_CACHE_DIR`, default node_modules/.cache/lexicon-og/), so a rebuild renders only the
 *   cards whose text changed.
 * - In `astro dev`, /og/<file>.png renders on request (in a render process) from the cards the pages recorded.
 *
 * `OG_IMAGES=off` turns the images off (pages still name them): only for measuring their cost.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cardCacheKey, cardHash, OG_IMAGE_FOLDER, OG_IMAGE_SIZE, type OgCardInput } from '../glossary/og-card';
import { listenForCards, requestedCards } from '../glossary/og-registry';
import { CARD_FONT, CARD_FONT_WEIGHTS, cardTree, type CardNode } from '../glossary/og-template';
import { SITE } from '../glossary/site';
import { rendererFingerprint, type RenderSpec } from './og-fingerprint';
import { foregroundPoolSize, RenderPool, type Rendered } from './og-pool';

export const CARD_SPEC: RenderSpec = { ...OG_IMAGE_SIZE, font: { family: CARD_FONT, weights: CARD_FONT_WEIGHTS } };

/** What the renderer draws for a card. */
export const cardDrawing = (input: OgCardInput): CardNode => cardTree(input, SITE.name);

/**
 * Where a card's cached PNG lives, and which cards a site's last build used: a build whose cards
 * were all there last time most likely finds them all again, and starts no renderer early.
 */
export class CardCache {
  readonly fingerprint = rendererFingerprint(CARD_SPEC);
  private readonly lastBuild: string;
  constructor(
    readonly dir: string,
    site = process.cwd(),
  ) {
    mkdirSync(join(dir, 'builds'), { recursive: true });
    // One list per site folder: checkouts and corpora can share one cache.
    this.lastBuild = join(dir, 'builds', `${createHash('sha256').update(site).digest('hex').slice(0, 16)}.txt`);
  }
  file(hash: string): string {
    return join(this.dir, `${cardCacheKey(hash, this.fingerprint)}.png`);
  }
  /** Whether the site's last build ran with this renderer and its cards are all still cached. */
  lastBuildCached(): boolean {
    if (!existsSync(this.lastBuild)) return false;
    const names = readFileSync(this.lastBuild, 'utf8').split('\n').filter(Boolean);
    return names.length > 0 && names.every((name) => existsSync(join(this.dir, name)));
  }
  rememberBuild(files: readonly string[]) {
    writeFileSync(this.lastBuild, files.map((file) => basename(file)).join('\n'));
  }
}

/**
 * Puts a cached card into the output as a hard link where the file system allows (no bytes
 * copied), else as a copy. A link never changes under the output: cache files are only ever
 * replaced (written beside their name, then renamed), never rewritten in place.
 */
export function publishCard(file: string, target: string) {
  if (existsSync(target)) rmSync(target);
  try {
    linkSync(file, target);
  } catch {
    copyFileSync(file, target);
  }
}

export const defaultCacheDir = (root: string) => process.env.OG_CACHE_DIR ?? join(root, 'node_modules/.cache/lexicon-og');

/** Renders a card unless the cache has it; resolves to the cached file. */
async function ensureCard(pool: RenderPool, cache: CardCache, input: OgCardInput, hash: string): Promise<string> {
  const file = cache.file(hash);
  if (!existsSync(file)) await pool.render(cardDrawing(input), CARD_SPEC, file);
  return file;
}

/** One line for the build log; `npm run bench` reads it. */
function report(logger: AstroIntegrationLogger, count: number, rendered: readonly Rendered[], bytes: number, waitedMs: number) {
  const cpu = rendered.reduce((sum, r) => sum + r.cpuMs, 0);
  const each = rendered.length ? ` (${(cpu / rendered.length).toFixed(1)} ms CPU each)` : '';
  logger.info(
    `${count} card images: ${rendered.length} rendered${each}, ${count - rendered.length} from the cache; ${(bytes / 1024).toFixed(0)} KB; waited ${Math.round(waitedMs)} ms for renders`,
  );
}

export default function ogImages(): AstroIntegration {
  const enabled = process.env.OG_IMAGES !== 'off';
  let command = 'build';
  let base = '/';
  let cache: CardCache | undefined;
  let pool: RenderPool | undefined;

  return {
    name: 'lexicon-og-images',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        if (!enabled || command !== 'build') return;
        cache = new CardCache(defaultCacheDir(fileURLToPath(config.root)), fileURLToPath(config.root));
        pool = new RenderPool();
        // A build likely to render starts its first render process now, which loads the renderer while
        // this thread reads the content; the content loader announces the cards as soon as it has
        // read the content, and the render processes draw them while Astro works.
        if (!cache.lastBuildCached()) pool.warmUp();
        listenForCards((inputs) => {
          for (const input of inputs) void ensureCard(pool!, cache!, input, cardHash(input)).catch(() => {});
        });
      },
      'astro:server:setup': ({ server }) => {
        if (!enabled) return;
        const devCache = new CardCache(defaultCacheDir(process.cwd()));
        let devPool: RenderPool | undefined;
        server.middlewares.use(`${base.replace(/\/+$/, '')}${OG_IMAGE_FOLDER.replace(/\/$/, '')}`, (req, res, next) => {
          const card = requestedCards().get(decodeURIComponent((req.url ?? '/').slice(1).split('?')[0]!));
          if (!card) return next();
          const file = devCache.file(card.hash);
          const send = () => {
            res.setHeader('Content-Type', 'image/png');
            res.end(readFileSync(file));
          };
          if (existsSync(file)) return send();
          // In a render process, as in a build: the dev server's module runner, which loaded this
          // file, is closed by the time a request comes, and cannot load the renderer then.
          devPool ??= new RenderPool(1, { background: false });
          devPool.render(cardDrawing(card.input), CARD_SPEC, file).then(send, next);
        });
        server.httpServer?.once('close', () => void devPool?.close());
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled || !cache || !pool) return;
        const waitStarted = performance.now();
        const out = fileURLToPath(new URL(`.${OG_IMAGE_FOLDER}`, dir));
        mkdirSync(out, { recursive: true });
        const cards = [...requestedCards()];
        // Only the cards are left now: they get every core at normal priority. This hook runs after
        // the search index's (an integration listed before this one), and until then the render
        // process stays low, drawing on the time the indexer leaves idle rather than slowing it.
        pool.grow(foregroundPoolSize());
        try {
          const files = await Promise.all(cards.map(([, card]) => ensureCard(pool!, cache!, card.input, card.hash)));
          const waited = performance.now() - waitStarted;
          let bytes = 0;
          cards.forEach(([name], i) => {
            publishCard(files[i]!, join(out, name));
            bytes += statSync(files[i]!).size;
          });
          cache.rememberBuild(files);
          const rendered = files.flatMap((file) => pool!.completed.get(file) ?? []);
          report(logger, cards.length, rendered, bytes, waited);
        } finally {
          listenForCards(undefined);
          await pool.close();
        }
      },
    },
  };
}
