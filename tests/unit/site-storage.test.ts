import { afterEach, describe, expect, it, vi } from 'vitest';

// The notice is DOM work of its own (tested in the browser); here only whether it is asked for.
const notice = vi.hoisted(() => ({ shown: 0 }));
vi.mock('../../src/client/elements/storage-notice', () => ({ showStorageNotice: () => void notice.shown++ }));

/** The module keeps per-page state (memory copy, the one-time notice), so each test loads it afresh. */
async function freshStorage() {
  vi.resetModules();
  return import('../../src/client/storage/site-storage');
}

function workingStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
}

function fullStorage() {
  return {
    getItem: () => null,
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem: () => undefined,
    key: () => null,
    length: 0,
  };
}

const events: string[] = [];
function stubDocument() {
  events.length = 0;
  // The module listens for its own event (to load the notice); the stub only records what fires.
  vi.stubGlobal('document', { dispatchEvent: (e: Event) => events.push(e.type), addEventListener: () => undefined });
}

afterEach(() => vi.unstubAllGlobals());

describe('site storage', () => {
  it('reads and writes through localStorage and lists only the site’s keys, sorted', async () => {
    const storage = workingStorage({ other: 'x', 'lexicon:theme': 'dark' });
    vi.stubGlobal('localStorage', storage);
    stubDocument();
    const s = await freshStorage();
    expect(s.writeStored('lexicon:deck', '[]')).toBe(true);
    expect(s.readStored('lexicon:deck')).toBe('[]');
    expect(s.storedKeys()).toEqual(['lexicon:deck', 'lexicon:theme']);
    s.removeStored('lexicon:theme');
    expect(storage.items.has('lexicon:theme')).toBe(false);
    expect(s.storedKeys()).toEqual(['lexicon:deck']);
    expect(events).toEqual([]);
  });

  it('keeps a refused write for this page and announces it once', async () => {
    notice.shown = 0;
    vi.stubGlobal('localStorage', fullStorage());
    stubDocument();
    const s = await freshStorage();
    expect(s.writeStored('lexicon:progress', '{"a":1}')).toBe(false);
    expect(s.writeStored('lexicon:deck', '[]')).toBe(false);
    expect(s.readStored('lexicon:progress')).toBe('{"a":1}');
    expect(s.storedKeys()).toEqual(['lexicon:deck', 'lexicon:progress']);
    expect(events).toEqual([s.STORAGE_UNAVAILABLE_EVENT]);
    await vi.waitFor(() => expect(notice.shown).toBe(1));
  });

  it('reads nothing and lists nothing when storage itself throws', async () => {
    vi.stubGlobal('localStorage', undefined);
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    stubDocument();
    const s = await freshStorage();
    expect(s.readStored('lexicon:theme')).toBeNull();
    expect(s.storedKeys()).toEqual([]);
    s.removeStored('lexicon:theme');
    expect(s.readStored('lexicon:theme')).toBeNull();
  });
});
