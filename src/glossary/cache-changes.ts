/**
 * How many times the dev server's caches of parsed files and found links (`content-fs.ts`,
 * `link-memo.ts`) have learnt something new: it writes them to disk only when this has moved, not
 * after a start that found everything it needed already there.
 */
const shared = globalThis as unknown as Record<symbol, number | undefined>;
const CHANGES = Symbol.for('lexicon:cache-changes');

export function noteCacheChange(): void {
  shared[CHANGES] = (shared[CHANGES] ?? 0) + 1;
}

export function cacheChanges(): number {
  return shared[CHANGES] ?? 0;
}
