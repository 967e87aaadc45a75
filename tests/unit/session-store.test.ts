import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/session/engine';
import { appendActivity, emptyData, MERGE_MS, parseData, serialiseData, STORE_KEY } from '../../src/client/session/store';

/** A Storage holding what the test puts in it; `refuseWrites` makes setItem throw as a full store does. */
function fakeStorage(initial: Record<string, string> = {}, refuseWrites = false): Storage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (refuseWrites) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

const saved = (storage: { items: Map<string, string> }) => parseData(storage.items.get(STORE_KEY) ?? null);

describe('session demo storage', () => {
  it('reads nothing as "off" and round-trips saved data', () => {
    expect(parseData(null)).toEqual({ status: 'off' });
    const data = { ...emptyData('ua'), activities: [{ t: 1, kind: 'pageview' as const, page: '/' }], timeoutMin: 45 };
    expect(parseData(serialiseData(data))).toEqual({ status: 'ok', data });
  });

  it('reports corrupt JSON and unknown shapes as corrupt', () => {
    expect(parseData('{not json')).toEqual({ status: 'corrupt' });
    expect(parseData('42')).toEqual({ status: 'corrupt' });
    expect(parseData('{"v":99}')).toEqual({ status: 'corrupt' });
  });

  it('migrates the older format instead of losing it', () => {
    const old = JSON.stringify({ v: 1, events: [[10, 'p', '/a/'], [20, 'i'], [30, 'k'], ['bad']] });
    expect(parseData(old)).toEqual({
      status: 'migrated',
      data: { ...emptyData(), activities: [{ t: 10, kind: 'pageview', page: '/a/' }, { t: 20, kind: 'interaction' }, { t: 30, kind: 'key-event' }] },
    });
  });

  it('drops malformed activities but keeps the rest', () => {
    const raw = JSON.stringify({ ...emptyData(), activities: [{ t: 1, kind: 'pageview' }, { t: 'x', kind: 'pageview' }, { t: 2, kind: 'teleport' }] });
    const result = parseData(raw);
    expect(result.status === 'ok' && result.data.activities).toEqual([{ t: 1, kind: 'pageview' }]);
  });
});

describe('appending an activity', () => {
  const pageview: Activity = { t: 1000, kind: 'pageview', page: '/a/' };

  it('appends to the saved log and keeps the rest of the state', () => {
    const storage = fakeStorage({ [STORE_KEY]: serialiseData({ ...emptyData('ua'), timeoutMin: 45 }) });
    expect(appendActivity(storage, pageview)).toBe(true);
    expect(saved(storage)).toEqual({ status: 'ok', data: { ...emptyData('ua'), timeoutMin: 45, activities: [pageview] } });
  });

  it('merges a burst of interactions into one with a count, and starts a new one after a pause', () => {
    const storage = fakeStorage({ [STORE_KEY]: serialiseData(emptyData()) });
    appendActivity(storage, { t: 1000, kind: 'interaction' });
    appendActivity(storage, { t: 1500, kind: 'interaction' });
    appendActivity(storage, { t: 1500 + MERGE_MS - 1, kind: 'interaction' });
    appendActivity(storage, { t: 1500 + MERGE_MS * 3, kind: 'interaction' });
    const result = saved(storage);
    expect(result.status === 'ok' && result.data.activities).toEqual([
      { t: 1500 + MERGE_MS - 1, kind: 'interaction', n: 3 },
      { t: 1500 + MERGE_MS * 3, kind: 'interaction' },
    ]);
  });

  it('never merges across another kind of activity or a clock that went backwards', () => {
    const storage = fakeStorage({ [STORE_KEY]: serialiseData(emptyData()) });
    appendActivity(storage, { t: 1000, kind: 'interaction' });
    appendActivity(storage, { t: 900, kind: 'interaction' });
    appendActivity(storage, { t: 950, kind: 'visible' });
    appendActivity(storage, { t: 960, kind: 'interaction' });
    const result = saved(storage);
    expect(result.status === 'ok' && result.data.activities.map((a) => a.t)).toEqual([1000, 900, 950, 960]);
  });

  it('migrates a log in the older format before appending, writing the current version', () => {
    const storage = fakeStorage({ [STORE_KEY]: JSON.stringify({ v: 1, events: [[10, 'p', '/old/']] }) });
    expect(appendActivity(storage, pageview)).toBe(true);
    expect(saved(storage)).toEqual({ status: 'ok', data: { ...emptyData(), activities: [{ t: 10, kind: 'pageview', page: '/old/' }, pageview] } });
  });

  it('refuses, writing nothing, when the reader has not opted in or the log is unreadable', () => {
    const off = fakeStorage();
    expect(appendActivity(off, pageview)).toBe(false);
    expect(off.items.size).toBe(0);
    const corrupt = fakeStorage({ [STORE_KEY]: '{oops' });
    expect(appendActivity(corrupt, pageview)).toBe(false);
    expect(corrupt.items.get(STORE_KEY)).toBe('{oops');
  });

  it('refuses when storage will not take the write', () => {
    const full = fakeStorage({ [STORE_KEY]: serialiseData(emptyData()) }, true);
    expect(appendActivity(full, pageview)).toBe(false);
    expect(saved(full)).toEqual({ status: 'ok', data: emptyData() });
  });
});
