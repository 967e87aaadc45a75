/**
 * The one door to the reader's browser storage. Every key the site keeps starts with `lexicon:`,
 * so the "Your data on this site" page can list, export and erase all of it. Nothing here writes
 * on its own: callers write only when the reader did something that needs keeping.
 *
 * When storage is blocked or full, a write is kept in memory for this page, `writeStored` returns
 * false, and one `lexicon:storage-unavailable` event fires on `document` (once per page) so the
 * page can say, once, that the choice will not be kept. This module shows that notice itself, so it
 * appears wherever a write can be refused (every write comes through here), and the notice's code
 * loads only then. Nothing touches the DOM at import: islands that use
 * storage are also rendered on the server.
 */
import { KEY_PREFIX, STORAGE_UNAVAILABLE_EVENT, type StoredKey } from './names';

export { KEY_PREFIX, STORAGE_UNAVAILABLE_EVENT, type StoredKey };

const memory = new Map<string, string | null>();
let announced = false;

function announceUnavailable(): void {
  if (announced) return;
  announced = true;
  document.dispatchEvent(new CustomEvent(STORAGE_UNAVAILABLE_EVENT));
  // The notice's code loads only when a write is first refused, which most readers never see.
  void import('../elements/storage-notice').then((m) => m.showStorageNotice());
}

/** The stored string, or null when absent; a value this page could not store wins. */
export function readStored(key: StoredKey): string | null {
  if (memory.has(key)) return memory.get(key) ?? null;
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps `value`; false when the browser would not (blocked or full), and the page keeps it. */
export function writeStored(key: StoredKey, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    memory.delete(key);
    return true;
  } catch {
    memory.set(key, value);
    announceUnavailable();
    return false;
  }
}

export function removeStored(key: StoredKey): void {
  memory.delete(key);
  try {
    localStorage.removeItem(key);
  } catch {
    memory.set(key, null);
  }
}

/** Every site key this browser holds, in storage or (when blocked) for this page only. */
export function storedKeys(): StoredKey[] {
  const keys = new Set<string>([...memory].filter(([, v]) => v !== null).map(([k]) => k));
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(KEY_PREFIX) && memory.get(key) !== null) keys.add(key);
    }
  } catch {
    /* Blocked: only what this page holds. */
  }
  return [...keys].filter((k): k is StoredKey => k.startsWith(KEY_PREFIX)).sort();
}
