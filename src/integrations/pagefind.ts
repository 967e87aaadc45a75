/**
 * Builds the Pagefind search index as the last step of `astro build`, with Pagefind's Node API,
 * so `npm run build` (and so `npm start`) always ships a search index; there is no extra command.
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

export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'lexicon-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
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
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: fileURLToPath(dir) });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind', dir)) });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          // Result URLs are paths of the folder (/glossary/x/); the search UI sets Pagefind's
          // baseUrl to the site's base, which puts them under it.
          logger.info(`Pagefind indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
