// An Astro integration that records when each step of a build starts and ends, for `npm run bench`.
// It is never in astro.config.mjs: the bench adds it through Astro's build API
// (scripts/lib/astro-build.mjs), so it measures any revision of the site, including ones older
// than the bench, and a normal build carries none of it.
//
// What it records (epoch milliseconds, the same clock the bench samples memory with):
// - every integration's build hooks (astro:config:done, astro:build:*) as spans, by wrapping them:
//   search indexing is lexicon-pagefind's astro:build:done span, and so on;
// - each Vite environment's bundle (prerender = the server bundle, client) from its plugin hooks;
// - the process's start and exit.
// The record is written once, when the process exits, so a failed build still leaves one.
import { writeFileSync } from 'node:fs';

const NAME = 'lexicon-build-phases';
/** Wall-clock milliseconds with sub-millisecond resolution, comparable between processes. */
const epochMs = () => performance.timeOrigin + performance.now();

/** Hooks worth timing: the ones a build runs after the config is set up. */
const timedHook = (hook) => hook === 'astro:config:done' || hook.startsWith('astro:build:');

/**
 * @param {string} file where the record goes (JSON)
 * @returns {import('astro').AstroIntegration}
 */
export function buildPhases(file) {
  /** @type {{ start: number, end?: number, spans: { integration: string, hook: string, start: number, end: number }[], bundles: { environment: string, start: number, end?: number }[] }} */
  const record = { start: performance.timeOrigin, spans: [], bundles: [] };
  process.on('exit', () => {
    record.end = epochMs();
    writeFileSync(file, JSON.stringify(record));
  });
  /** Replaces each timed hook of an integration with one that records its span. */
  const wrap = (integration) => {
    for (const [hook, run] of Object.entries(integration.hooks)) {
      if (typeof run !== 'function' || !timedHook(hook)) continue;
      integration.hooks[hook] = async function timed(...args) {
        const start = epochMs();
        try {
          return await run.apply(this, args);
        } finally {
          record.spans.push({ integration: integration.name, hook, start, end: epochMs() });
        }
      };
    }
  };
  const ownSpan = (hook) => () => {
    const now = epochMs();
    record.spans.push({ integration: NAME, hook, start: now, end: now });
  };
  return {
    name: NAME,
    hooks: {
      // Merged after the site's own integrations, so this runs last: every other integration's
      // config:setup has run, and none of their later hooks has.
      'astro:config:setup': ({ config, updateConfig }) => {
        for (const integration of config.integrations) if (integration.name !== NAME) wrap(integration);
        updateConfig({
          vite: {
            plugins: [
              {
                name: NAME,
                buildStart() {
                  record.bundles.push({ environment: this.environment?.name ?? 'unknown', start: epochMs() });
                },
                closeBundle() {
                  const environment = this.environment?.name ?? 'unknown';
                  const open = record.bundles.findLast((b) => b.environment === environment && b.end === undefined);
                  if (open) open.end = epochMs();
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ownSpan('astro:config:done'),
      'astro:build:start': ownSpan('astro:build:start'),
      'astro:build:setup': ownSpan('astro:build:setup'),
      'astro:build:generated': ownSpan('astro:build:generated'),
      'astro:build:done': ownSpan('astro:build:done'),
    },
  };
}
