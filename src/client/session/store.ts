/**
 * The session demo's saved state: format, version check, migration, and appending to the log.
 * Storage is passed in, never reached for, so every failure (blocked, full, corrupt, older
 * format) is handled in one place and tested without a browser.
 */
import type { Activity, ActivityKind } from '../../session/engine';
import { STORE_KEY } from './keys';

export { CHANNEL, STORE_KEY } from './keys';
export const VERSION = 2;
/** Past this many activities the log is compacted (merging bursts of interactions). */
export const ACTIVITY_CAP = 5000;

export interface DemoData {
  v: typeof VERSION;
  activities: Activity[];
  /** Preset id of the rules shown. */
  rules: string;
  /** Custom inactivity timeout in minutes, or null for the preset's own. */
  timeoutMin: number | null;
  /** Activities folded away by compaction so far (shown to the reader). */
  compacted: number;
}

export type LoadResult =
  | { status: 'off' }
  | { status: 'ok'; data: DemoData }
  | { status: 'migrated'; data: DemoData }
  | { status: 'corrupt' };

const KINDS = new Set<ActivityKind>(['pageview', 'interaction', 'key-event', 'visible', 'hidden', 'stop']);

export function emptyData(rules = 'ga4'): DemoData {
  return { v: VERSION, activities: [], rules, timeoutMin: null, compacted: 0 };
}

function toActivity(value: unknown): Activity | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { t, kind, page, campaign, n } = value as Record<string, unknown>;
  if (typeof t !== 'number' || !Number.isFinite(t) || !KINDS.has(kind as ActivityKind)) return undefined;
  const activity: Activity = { t, kind: kind as ActivityKind };
  if (typeof page === 'string') activity.page = page;
  if (typeof campaign === 'string') activity.campaign = campaign;
  if (typeof n === 'number' && n > 1) activity.n = n;
  return activity;
}

/**
 * Reads what storage held. Version 1 stored `{ v: 1, events: [[t, "p" | "i" | "k", page?]] }`;
 * it is migrated, not discarded. Anything unreadable is reported as corrupt.
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
    const kinds: Record<string, ActivityKind> = { p: 'pageview', i: 'interaction', k: 'key-event' };
    const activities = (data['events'] as unknown[]).flatMap((e) => {
      if (!Array.isArray(e) || typeof e[0] !== 'number' || !kinds[e[1] as string]) return [];
      const activity: Activity = { t: e[0], kind: kinds[e[1] as string]! };
      if (typeof e[2] === 'string') activity.page = e[2];
      return [activity];
    });
    return { status: 'migrated', data: { ...emptyData(), activities } };
  }
  if (data['v'] !== VERSION || !Array.isArray(data['activities'])) return { status: 'corrupt' };
  const activities = (data['activities'] as unknown[]).flatMap((a) => toActivity(a) ?? []);
  const timeoutMin = typeof data['timeoutMin'] === 'number' && data['timeoutMin'] > 0 ? data['timeoutMin'] : null;
  return {
    status: 'ok',
    data: {
      v: VERSION,
      activities,
      rules: typeof data['rules'] === 'string' ? data['rules'] : 'ga4',
      timeoutMin,
      compacted: typeof data['compacted'] === 'number' ? data['compacted'] : 0,
    },
  };
}

export function serialiseData(data: DemoData): string {
  return JSON.stringify(data);
}

/** Interactions closer together than this are one activity with a count, so the log stays small. */
export const MERGE_MS = 2000;

/**
 * Adds one activity to the log kept in `storage`: reads it, checks its version (migrating the
 * older format), merges a burst of interactions into the last one, and writes it back. False when
 * the reader has not opted in, the log is unreadable, or storage refuses, so the caller can keep
 * the activity elsewhere.
 */
export function appendActivity(storage: Storage, activity: Activity): boolean {
  try {
    const loaded = parseData(storage.getItem(STORE_KEY));
    if (loaded.status === 'off' || loaded.status === 'corrupt') return false;
    const { data } = loaded;
    const last = data.activities.at(-1);
    const burst = activity.kind === 'interaction' && last?.kind === 'interaction' && activity.t >= last.t && activity.t - last.t < MERGE_MS;
    if (burst) {
      last.n = (last.n ?? 1) + 1;
      last.t = activity.t;
    } else data.activities.push(activity);
    storage.setItem(STORE_KEY, serialiseData(data));
    return true;
  } catch {
    return false;
  }
}
