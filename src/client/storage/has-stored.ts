/**
 * Whether the browser holds a key, for the few-byte checks every page runs before deciding to load
 * more code (the full storage door stays out of a page's first load). Reads only.
 */
import type { StoredKey } from './names';

export function hasStored(key: StoredKey): boolean {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}
