/**
 * Settings the site kept before every key had the `lexicon:` prefix, moved once to their prefixed
 * names. Runs on every page (a few reads, and writes only when an old key is still there); an
 * existing prefixed value wins, as it is the newer choice.
 */
import { PREVIEWS_KEY, THEME_KEY } from './names';

export const LEGACY_KEYS = [
  ['theme', THEME_KEY],
  ['previews', PREVIEWS_KEY],
] as const;

type MinimalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Moves each old key to its new name; true when anything was moved. */
export function migrateLegacyKeys(storage: MinimalStorage): boolean {
  let moved = false;
  for (const [old, key] of LEGACY_KEYS) {
    const value = storage.getItem(old);
    if (value === null) continue;
    if (storage.getItem(key) === null) storage.setItem(key, value);
    storage.removeItem(old);
    moved = true;
  }
  return moved;
}

/** The browser's storage, migrated; blocked or full storage leaves the old keys for next time. */
export function migrateBrowserStorage(): void {
  try {
    migrateLegacyKeys(localStorage);
  } catch {
    /* Nothing can be moved now; the pre-paint script still reads the old theme key. */
  }
}
