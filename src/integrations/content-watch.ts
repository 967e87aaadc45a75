/**
 * `astro dev` only. The glossary and the link index notice a saved content file at once: they
 * otherwise look at the files' modification times at most once a second (a build asks thousands
 * of times), so the page reload an edit triggers could render the content from before it, and a
 * broken link would first show the markdown plugin's error rather than the build's list. And the
 * parsed files and links found are kept on disk (`src/glossary/dev-cache.ts`), so the next
 * `astro dev` starts without parsing and linking every file again.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forgetContentSignature, onRecompute } from '../glossary/content-fs';
import { codeFingerprint, loadDevCache, saveDevCache } from '../glossary/dev-cache';

/** Saves wait this long after the last recompute, so a burst of saves writes the cache once. */
const SAVE_AFTER_MS = 1000;

export default function contentWatch(): AstroIntegration {
  return {
    name: 'lexicon-content-watch',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, path) => {
          if (relative(server.config.root, path).startsWith('content/')) forgetContentSignature();
        });
        const file = fileURLToPath(new URL('./.astro/cache/lexicon-dev-content.bin', `file://${server.config.root}/`));
        const code = codeFingerprint(server.config.root);
        if (loadDevCache(file, code)) logger.info('Parsed content and links restored from the last run.');
        let timer: ReturnType<typeof setTimeout> | undefined;
        onRecompute(() => {
          clearTimeout(timer);
          timer = setTimeout(() => saveDevCache(file, code), SAVE_AFTER_MS);
          timer.unref();
        });
      },
    },
  };
}
