/**
 * `astro dev` only: a saved content file shows in the open page at once.
 *  - The glossary and the link index look at the files again at once: otherwise they check the
 *    files' modification times at most once a second (a build asks thousands of times), and a
 *    broken link would first show the markdown plugin's error rather than the build's list.
 *  - The open page reloads as soon as Vite has seen the change. Astro reloads it too, but only
 *    once its content store is written to disk, which it delays by half a second; the pages take
 *    everything but the body from the glossary, which is already up to date.
 *  - Parsed files and the links found in them are kept on disk (`src/glossary/dev-cache.ts`), so
 *    the next `astro dev` does not parse and link every file again before its first page.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { RunnableDevEnvironment } from 'vite';
import { forgetContentSignature, onRecompute } from '../glossary/content-fs';
import { cacheChanges } from '../glossary/cache-changes';
import { codeFingerprint, loadDevCache, saveDevCache } from '../glossary/dev-cache';

/** Saves wait this long after the last recompute, so a burst of edits writes the cache once. */
const SAVE_AFTER_MS = 1000;

const STOP = Symbol.for('lexicon:content-watch:stop');

/**
 * Runs `flush` when the process is told to stop (only the latest one: the server can be set up
 * again in one process), then lets the signal stop it as it would have.
 */
function onStop(flush: () => void): void {
  const shared = globalThis as unknown as Record<symbol, (() => void) | undefined>;
  const first = !(STOP in shared);
  shared[STOP] = flush;
  if (!first) return;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      shared[STOP]?.();
      process.kill(process.pid, signal);
    });
  }
}

export default function contentWatch(): AstroIntegration {
  return {
    name: 'lexicon-content-watch',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'lexicon-content-reload',
                apply: 'serve',
                // Called once Vite has marked the file's modules as changed, once per environment.
                hotUpdate({ file, server }) {
                  if (this.environment.name !== 'client' || relative(server.config.root, file).startsWith('..')) return;
                  if (!relative(server.config.root, file).startsWith('content/')) return;
                  forgetContentSignature();
                  // Vite has marked the file's modules as changed in every environment, but the
                  // server-side runners still hold what they evaluated: let them go first, or the
                  // reload could render the body from before the edit.
                  for (const environment of Object.values(server.environments)) {
                    const modules = (environment as Partial<RunnableDevEnvironment>).runner?.evaluatedModules;
                    for (const module of modules?.getModulesByFile(file) ?? []) modules?.invalidateModule(module);
                  }
                  this.environment.hot.send({ type: 'full-reload', path: '*' });
                },
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        // Also for files Vite has no module for (categories.yaml, a term no page has shown yet).
        server.watcher.on('all', (_event, path) => {
          if (relative(server.config.root, path).startsWith('content/')) forgetContentSignature();
        });
        const file = fileURLToPath(new URL('./.astro/cache/lexicon-dev-content.bin', `file://${server.config.root}/`));
        const code = codeFingerprint(server.config.root);
        const restored = loadDevCache(file, code);
        if (restored) logger.info('Parsed content and links restored from the last run.');
        let timer: ReturnType<typeof setTimeout> | undefined;
        // When the file on disk holds what the caches know, there is nothing to write until they learn more.
        let saved = restored ? cacheChanges() : -1;
        const save = () => {
          clearTimeout(timer);
          timer = undefined;
          if (cacheChanges() === saved) return;
          saved = cacheChanges();
          try {
            saveDevCache(file, code);
          } catch (error) {
            // Only the next start is slower without it: say so and carry on.
            logger.warn(`Could not keep parsed content for the next run: ${(error as Error).message}`);
          }
        };
        onRecompute(() => {
          clearTimeout(timer);
          timer = setTimeout(save, SAVE_AFTER_MS);
          timer.unref();
        });
        // Stopped (Ctrl+C) before a pending save: write it first, then stop as the signal asks.
        onStop(() => timer && save());
      },
    },
  };
}
