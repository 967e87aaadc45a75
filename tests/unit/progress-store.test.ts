import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_KEY } from '../../src/client/progress/progress';

// The notice is DOM work of its own (tested in the browser); here only whether it is asked for.
const notice = vi.hoisted(() => ({ shown: 0 }));
vi.mock('../../src/client/elements/storage-notice', () => ({ showStorageNotice: () => void notice.shown++ }));

/** The store keeps module state (the in-memory copy, listeners), so each test gets a fresh copy. */
async function freshStore() {
  vi.resetModules();
  return import('../../src/client/progress/progress-store');
}

const windowListeners = new Map<string, (e: { key?: string }) => void>();

beforeEach(() => {
  windowListeners.clear();
  // The storage door listens on the document for its one-time "not kept" notice.
  vi.stubGlobal('document', { addEventListener: () => undefined, dispatchEvent: () => true });
  vi.stubGlobal('addEventListener', (type: string, listener: (e: { key?: string }) => void) => windowListeners.set(type, listener));
});
afterEach(() => vi.unstubAllGlobals());

describe('progress store with working storage', () => {
  it('saves to localStorage and reads it back', async () => {
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => items.set(k, v) });
    const store = await freshStore();
    expect(store.loadProgress()).toEqual({ understood: [], paths: {} });
    expect(items.size).toBe(0);
    store.saveProgress({ understood: ['a'], paths: {} });
    expect(JSON.parse(items.get(PROGRESS_KEY)!)).toEqual({ understood: ['a'], paths: {} });
    expect(store.loadProgress()).toEqual({ understood: ['a'], paths: {} });
  });

  it('tells listeners about saves, other tabs’ writes to its key and pages restored from the cache', async () => {
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
    const store = await freshStore();
    const heard = vi.fn();
    const stop = store.onProgressChange(heard);
    store.saveProgress({ understood: [], paths: {} });
    windowListeners.get('storage')!({ key: PROGRESS_KEY });
    windowListeners.get('storage')!({ key: 'theme' });
    windowListeners.get('pageshow')!({});
    expect(heard).toHaveBeenCalledTimes(3);
    stop();
    store.saveProgress({ understood: [], paths: {} });
    expect(heard).toHaveBeenCalledTimes(3);
  });
});

describe('progress store with storage blocked', () => {
  it('keeps progress in memory for the page', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    vi.stubGlobal('document', { addEventListener: () => undefined, dispatchEvent: () => true });
    const store = await freshStore();
    expect(store.loadProgress()).toEqual({ understood: [], paths: {} });
    store.saveProgress({ understood: ['b'], paths: {} });
    expect(store.loadProgress()).toEqual({ understood: ['b'], paths: {} });
  });
});
