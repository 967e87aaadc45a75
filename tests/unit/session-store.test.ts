import { describe, expect, it } from 'vitest';
import type { RawActivity } from '../../src/session/raw-activity';
import { ACTIVITY_CAP, appendActivity, compactLog, emptyData, MERGE_MS, parseData, serialiseData, type StoreIO } from '../../src/client/session/store';

/** Storage holding one value; `refuse` makes writes fail as a full or blocked store does. */
function fakeIO(initial: string | null = null, refuse = false): StoreIO & { value: string | null } {
  const io = {
    value: initial,
    read: () => io.value,
    write: (v: string) => {
      if (refuse) return false;
      io.value = v;
      return true;
    },
  };
  return io;
}

const saved = (io: { value: string | null }) => parseData(io.value);
const logOf = (io: { value: string | null }) => {
  const r = saved(io);
  return r.status === 'ok' ? r.data.activities : [];
};

describe('session demo storage', () => {
  it('reads nothing as "off" and round-trips saved data', () => {
    expect(parseData(null)).toEqual({ status: 'off' });
    const data = { ...emptyData('ua'), activities: [{ t: 1, kind: 'page_view', path: '/' } as RawActivity], timeoutMin: 45 };
    expect(parseData(serialiseData(data))).toEqual({ status: 'ok', data });
  });

  it('reports corrupt JSON and unknown shapes as corrupt', () => {
    expect(parseData('{not json')).toEqual({ status: 'corrupt' });
    expect(parseData('42')).toEqual({ status: 'corrupt' });
    expect(parseData('{"v":99}')).toEqual({ status: 'corrupt' });
  });

  it('migrates version 1 instead of losing it', () => {
    const old = JSON.stringify({ v: 1, events: [[10, 'p', '/a/'], [20, 'i'], [30, 'k'], ['bad']] });
    expect(parseData(old)).toEqual({
      status: 'migrated',
      data: {
        ...emptyData(),
        activities: [
          { t: 10, kind: 'page_view', path: '/a/' },
          { t: 20, kind: 'click', target: 'other' },
          { t: 30, kind: 'custom_event', name: 'key_event', key: true },
        ],
      },
    });
  });

  it('migrates version 2 hits to the nearest raw activity', () => {
    const old = JSON.stringify({
      v: 2,
      rules: 'ua',
      activities: [
        { t: 1, kind: 'pageview', page: '/x/', campaign: 'spring' },
        { t: 2, kind: 'interaction', n: 4 },
        { t: 3, kind: 'hidden' },
        { t: 4, kind: 'nonsense' },
      ],
    });
    expect(parseData(old)).toEqual({
      status: 'migrated',
      data: {
        ...emptyData('ua'),
        activities: [
          { t: 1, kind: 'page_view', path: '/x/', campaign: { campaign: 'spring' } },
          { t: 2, kind: 'click', target: 'other', n: 4 },
          { t: 3, kind: 'hidden' },
        ],
      },
    });
  });

  it('drops malformed activities but keeps the rest', () => {
    const raw = JSON.stringify({ ...emptyData(), activities: [{ t: 1, kind: 'key' }, { t: 'x', kind: 'key' }, { t: 2, kind: 'teleport' }] });
    const result = parseData(raw);
    expect(result.status === 'ok' && result.data.activities).toEqual([{ t: 1, kind: 'key' }]);
  });
});

describe('appendActivity', () => {
  it('appends to the saved log and keeps the rest of the state', () => {
    const io = fakeIO(serialiseData({ ...emptyData('matomo'), timeoutMin: 10 }));
    expect(appendActivity(io, { t: 5, kind: 'page_view', path: '/' })).toBe(true);
    expect(saved(io)).toMatchObject({ status: 'ok', data: { rules: 'matomo', timeoutMin: 10, activities: [{ t: 5, kind: 'page_view', path: '/' }] } });
  });

  it('merges a burst of key presses, or of clicks on the same kind of target, into one entry with a count', () => {
    const io = fakeIO(serialiseData(emptyData()));
    appendActivity(io, { t: 1000, kind: 'key' });
    appendActivity(io, { t: 1000 + MERGE_MS - 1, kind: 'key' });
    appendActivity(io, { t: 1000 + MERGE_MS + 500, kind: 'key' });
    appendActivity(io, { t: 9000, kind: 'click', target: 'internal' });
    appendActivity(io, { t: 9100, kind: 'click', target: 'outbound' });
    appendActivity(io, { t: 9200, kind: 'click', target: 'outbound' });
    expect(logOf(io)).toEqual([
      { t: 1000 + MERGE_MS + 500, kind: 'key', n: 3 },
      { t: 9000, kind: 'click', target: 'internal' },
      { t: 9200, kind: 'click', target: 'outbound', n: 2 },
    ]);
  });

  it('never merges a page view, scroll or visibility change', () => {
    const io = fakeIO(serialiseData(emptyData()));
    appendActivity(io, { t: 1, kind: 'scroll', depth: 25 });
    appendActivity(io, { t: 2, kind: 'scroll', depth: 50 });
    appendActivity(io, { t: 3, kind: 'hidden' });
    appendActivity(io, { t: 4, kind: 'hidden' });
    expect(logOf(io)).toHaveLength(4);
  });

  it('refuses, writing nothing, when the reader has not opted in or the log is unreadable', () => {
    const off = fakeIO(null);
    expect(appendActivity(off, { t: 1, kind: 'key' })).toBe(false);
    expect(off.value).toBeNull();
    const corrupt = fakeIO('{broken');
    expect(appendActivity(corrupt, { t: 1, kind: 'key' })).toBe(false);
    expect(corrupt.value).toBe('{broken');
  });

  it('reports false when storage will not take the write', () => {
    expect(appendActivity(fakeIO(serialiseData(emptyData()), true), { t: 1, kind: 'key' })).toBe(false);
  });

  it('compacts past the cap, counting what it merged', () => {
    const activities: RawActivity[] = Array.from({ length: ACTIVITY_CAP }, (_, k) => ({ t: k * 3000, kind: 'click', target: 'other' }));
    const io = fakeIO(serialiseData({ ...emptyData(), activities }));
    appendActivity(io, { t: ACTIVITY_CAP * 3000, kind: 'page_view', path: '/' });
    const result = saved(io);
    expect(result.status === 'ok' && result.data.activities.length).toBeLessThanOrEqual(ACTIVITY_CAP);
    expect(result.status === 'ok' && result.data.compacted).toBeGreaterThan(0);
  });
});

describe('compactLog', () => {
  it('keeps totals: merged entries carry the count of what they replaced', () => {
    const log: RawActivity[] = [
      { t: 0, kind: 'page_view', path: '/' },
      ...Array.from({ length: 10 }, (_, k): RawActivity => ({ t: 1000 + k * 3000, kind: 'key' })),
    ];
    const { activities, merged } = compactLog(log, 4);
    expect(activities.length).toBeLessThanOrEqual(4);
    expect(activities[0]).toEqual({ t: 0, kind: 'page_view', path: '/' });
    const keys = activities.filter((a) => a.kind === 'key').reduce((n, a) => n + (a.kind === 'key' ? (a.n ?? 1) : 0), 0);
    expect(keys).toBe(10);
    expect(merged).toBe(log.length - activities.length);
    // The last merged entry keeps the last key press's time, so the session does not look older than it is.
    expect(activities.at(-1)?.t).toBe(1000 + 9 * 3000);
  });
});
