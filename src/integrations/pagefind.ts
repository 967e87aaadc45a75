/**
 * Builds the Pagefind search index during `astro build`, with Pagefind's Node API, so
 * `npm run build` (and so `npm start`) always ships a search index; there is no extra command.
 * Pagefind reads each page as soon as Astro has rendered it (search-feed.ts), in its own process,
 * so indexing runs beside rendering; once the build is done only the index files are left to write.
 * In `astro dev` it serves the index of the last build, so search works while writing; without a
 * build, the search UI says to run one.
 */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { closeSearchFeed, openSearchFeed } from './search-feed';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;
type Added = Awaited<ReturnType<PagefindIndex['addHTMLFile']>>;

/**
 * A Pagefind index that takes pages as they are rendered. Pages given before Pagefind has started
 * wait for it, so no page is lost however long the start takes.
 */
function openIndex() {
  const starting = pagefind.createIndex({ forceLanguage: 'en' }).then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  });
  // Failures are reported once the build is done (settle); until then they are not unhandled.
  starting.catch(() => {});
  const added: Promise<Added & { url: string }>[] = [];
  return {
    add(url: string, content: string) {
      const page = starting.then((index) => index.addHTMLFile({ url, content })).then((result) => ({ ...result, url }));
      page.catch(() => {});
      added.push(page);
    },
    /** Waits for every page; resolves to how many were added, or rejects naming the first that failed. */
    async settle() {
      await starting;
      const results = await Promise.all(added);
      const failed = results.find((result) => result.errors.length);
      if (failed) throw new Error(`Pagefind could not index ${failed.url}: ${failed.errors.join('; ')}`);
      return results.length;
    },
    write: async (outputPath: string) => (await starting).writeFiles({ outputPath }),
  };
}

export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  let index: ReturnType<typeof openIndex> | undefined;
  return {
    name: 'lexicon-pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./search-feed-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        index = openIndex();
        openSearchFeed(index.add);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = fileURLToPath(new URL('../../dist/pagefind/', import.meta.url));
        if (!existsSync(root)) logger.info('No search index yet: run `npm run build` once and search works in dev too.');
        server.middlewares.use(`${base.replace(/\/+$/, '')}/pagefind`, (req, res, next) => {
          const path = normalize(join(root, decodeURIComponent((req.url ?? '/').split('?')[0]!)));
          if (!path.startsWith(root) || !existsSync(path) || path.endsWith('/')) return next();
          res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
          res.end(readFileSync(path));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        closeSearchFeed();
        try {
          if (!index) throw new Error('Pagefind was not started: the build:start hook did not run.');
          const pages = await index.settle();
          const written = await index.write(fileURLToPath(new URL('./pagefind', dir)));
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          // Result URLs are paths inside the site (/glossary/x/); the search UI sets Pagefind's
          // baseUrl to the site's base, which puts them under it.
          logger.info(`Pagefind indexed ${pages} pages; the index was written ${Math.round(performance.now() - started)} ms after the last page`);
        } finally {
          index = undefined;
          await pagefind.close();
        }
      },
    },
  };
}
