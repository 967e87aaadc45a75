/**
 * The session demo's saved state: format, version check, migration, compaction and appending to
 * the log. Storage is passed in (the recorder and the island give it site-storage.ts), never
 * reached for, so every failure (blocked, full, corrupt, older format) is handled in one place and
 * tested without a browser.
 */
import { parseRawActivity, weightOfRaw, type RawActivity } from '../../session/raw-activity';
import type { ToggleId } from '../../session/tool-hits';

export { CHANNEL, STORE_KEY } from './keys';
export const VERSION = 3;
/** Past this many entries the log is compacted (merging bursts of clicks and key presses). */
export const ACTIVITY_CAP = 5000;
/** Clicks on the same kind of target, or key presses, closer together than this are one entry with a count. */
export const MERGE_MS = 2000;
/** Tool shown first. */
export const DEFAULT_TOOL = 'ga4';
/** The demo starts with PostHog's replay on so the difference replay makes is visible; the reader can switch it off. */
export const DEMO_TOGGLES: Readonly<Partial<Record<ToggleId, boolean>>> = Object.freeze({ replay: true, heartbeat: false });

export interface DemoData {
  v: typeof VERSION;
  /** The reader's raw activity, oldest first. */
  activities: RawActivity[];
  /** Tool id whose view is shown (or "demo" for the 30-second demo speed). */
  rules: string;
  /** Custom inactivity timeout in minutes, or null for the tool's own. */
  timeoutMin: number | null;
  toggles: Partial<Record<ToggleId, boolean>>;
  /** Entries folded away by compaction so far (shown to the reader). */
  compacted: number;
}

export type LoadResult =
  | { status: 'off' }
  | { status: 'ok'; data: DemoData }
  | { status: 'migrated'; data: DemoData }
  | { status: 'corrupt' };

/** Where the log lives; false from write means the browser would not keep it. */
export interface StoreIO {
  read(): string | null;
  write(value: string): boolean;
}

export function emptyData(rules = DEFAULT_TOOL): DemoData {
  return { v: VERSION, activities: [], rules, timeoutMin: null, toggles: { ...DEMO_TOGGLES }, compacted: 0 };
}

/** Version 2 stored engine activities (already cut to hits); they become the nearest raw activity. */
function fromVersion2(value: unknown): RawActivity | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { t, kind, page, campaign, n } = value as Record<string, unknown>;
  if (typeof t !== 'number' || !Number.isFinite(t)) return undefined;
  const count = typeof n === 'number' && n > 1 ? { n: Math.floor(n) } : {};
  switch (kind) {
    case 'pageview':
      return { t, kind: 'page_view', path: typeof page === 'string' ? page : '/', ...(typeof campaign === 'string' ? { campaign: { campaign } } : {}) };
    case 'interaction':
      return { t, kind: 'click', target: 'other', ...count };
    case 'key-event':
      return { t, kind: 'custom_event', name: 'key_event', key: true };
    case 'visible':
    case 'hidden':
    case 'stop':
      return { t, kind };
    default:
      return undefined;
  }
}

function toggles(value: unknown): Partial<Record<ToggleId, boolean>> {
  const out: Partial<Record<ToggleId, boolean>> = { ...DEMO_TOGGLES };
  if (!value || typeof value !== 'object') return out;
  for (const id of ['replay', 'heartbeat'] as const) {
    const v = (value as Record<string, unknown>)[id];
    if (typeof v === 'boolean') out[id] = v;
  }
  return out;
}

/**
 * Reads what storage held. Versions 1 and 2 are migrated, not discarded. Anything unreadable is
 * reported as corrupt.
 */
export function parseData(raw: string | null): LoadResult {
  if (raw === null) return { status: 'off' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { status: 'corrupt' };
  }
  if (!value || typeof value !== 'object') return { status: 'corrupt' };
  const data = value as Record<string, unknown>;
  if (data['v'] === 1 && Array.isArray(data['events'])) {
    const activities = (data['events'] as unknown[]).flatMap((e): RawActivity[] => {
      if (!Array.isArray(e) || typeof e[0] !== 'number') return [];
      if (e[1] === 'p') return [{ t: e[0], kind: 'page_view', path: typeof e[2] === 'string' ? e[2] : '/' }];
      if (e[1] === 'i') return [{ t: e[0], kind: 'click', target: 'other' }];
      if (e[1] === 'k') return [{ t: e[0], kind: 'custom_event', name: 'key_event', key: true }];
      return [];
    });
    return { status: 'migrated', data: { ...emptyData(), activities } };
  }
  if (data['v'] === 2 && Array.isArray(data['activities'])) {
    const activities = (data['activities'] as unknown[]).flatMap((a) => fromVersion2(a) ?? []);
    return { status: 'migrated', data: { ...emptyData(typeof data['rules'] === 'string' ? data['rules'] : DEFAULT_TOOL), activities } };
  }
  if (data['v'] !== VERSION || !Array.isArray(data['activities'])) return { status: 'corrupt' };
  const activities = (data['activities'] as unknown[]).flatMap((a) => parseRawActivity(a) ?? []);
  const timeoutMin = typeof data['timeoutMin'] === 'number' && data['timeoutMin'] > 0 ? data['timeoutMin'] : null;
  return {
    status: 'ok',
    data: {
      v: VERSION,
      activities,
      rules: typeof data['rules'] === 'string' ? data['rules'] : DEFAULT_TOOL,
      timeoutMin,
      toggles: toggles(data['toggles']),
      compacted: typeof data['compacted'] === 'number' ? data['compacted'] : 0,
    },
  };
}

export function serialiseData(data: DemoData): string {
  return JSON.stringify(data);
}

/** Whether `next` can be folded into `last` as one entry with a count. */
function mergeable(last: RawActivity | undefined, next: RawActivity, windowMs: number): boolean {
  if (!last || next.t < last.t || next.t - last.t >= windowMs) return false;
  if (next.kind === 'key') return last.kind === 'key';
  return next.kind === 'click' && last.kind === 'click' && last.target === next.target;
}

function merged(last: RawActivity, next: RawActivity): RawActivity {
  const n = weightOfRaw(last) + weightOfRaw(next);
  // The merged entry sits at the later time: the last activity is what keeps a session alive.
  return next.kind === 'click' ? { ...next, n } : { t: next.t, kind: 'key', n };
}

/**
 * Keeps a log under `cap` entries by merging runs of clicks (same target) and key presses that
 * are closer than a window that starts at MERGE_MS and doubles. Page views, scrolls, visibility
 * and the rest are never merged: they can start or end sessions or carry engagement.
 */
export function compactLog(log: readonly RawActivity[], cap: number): { activities: RawActivity[]; merged: number } {
  if (log.length <= cap) return { activities: [...log], merged: 0 };
  const span = log.length ? log[log.length - 1]!.t - log[0]!.t : 0;
  let windowMs = MERGE_MS;
  let out = mergeRuns(log, windowMs);
  while (out.length > cap && windowMs < span) {
    windowMs *= 2;
    out = mergeRuns(log, windowMs);
  }
  return { activities: out, merged: log.length - out.length };
}

function mergeRuns(log: readonly RawActivity[], windowMs: number): RawActivity[] {
  const out: RawActivity[] = [];
  let runStart = 0;
  for (const a of log) {
    const last = out.at(-1);
    if (last && mergeable(last, a, windowMs) && a.t - runStart < windowMs) out[out.length - 1] = merged(last, a);
    else {
      out.push(a);
      runStart = a.t;
    }
  }
  return out;
}

/**
 * Adds one activity to the stored log: reads it, checks its version (migrating older formats),
 * merges a burst of clicks or key presses into the last entry, compacts past the cap, and writes
 * it back. False when the reader has not opted in, the log is unreadable, or storage refuses, so
 * the caller can keep the activity elsewhere.
 */
export function appendActivity(io: StoreIO, activity: RawActivity): boolean {
  try {
    const loaded = parseData(io.read());
    if (loaded.status === 'off' || loaded.status === 'corrupt') return false;
    const { data } = loaded;
    const last = data.activities.at(-1);
    if (last && mergeable(last, activity, MERGE_MS)) data.activities[data.activities.length - 1] = merged(last, activity);
    else data.activities.push(activity);
    if (data.activities.length > ACTIVITY_CAP) {
      const { activities, merged: count } = compactLog(data.activities, ACTIVITY_CAP);
      data.activities = activities;
      data.compacted += count;
    }
    return io.write(serialiseData(data));
  } catch {
    return false;
  }
}
