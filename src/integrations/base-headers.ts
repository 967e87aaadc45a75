/**
 * public/_headers names paths from the site's root (`/*`, `/_astro/*`). Built under a base path
 * (BASE_PATH=/lexicon/), the copy in the output gets its path rules put under that base, so a host
 * that reads `_headers` applies them to the files they were written for. At the root base the file
 * is left exactly as written.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withBase } from '../term-links/base-path';

/** `_headers` text with every path rule (an unindented line starting with "/") under `base`. */
export const headersUnderBase = (text: string, base: string) =>
  text.replace(/^\/\S*/gm, (path) => withBase(base, path));

export default function baseHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'lexicon-base-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const file = fileURLToPath(new URL('./_headers', dir));
        if (base === '/' || !existsSync(file)) return;
        writeFileSync(file, headersUnderBase(readFileSync(file, 'utf8'), base));
      },
    },
  };
}
