/**
 * Turns a log of reader activity into sessions under a given vendor's rules.
 * No DOM and no clock: every instant arrives as an argument (epoch ms), so the same log can be
 * replayed under every preset and tested to the millisecond.
 */
import type { SessionLimits } from './session-limits';
import { localDate, nextMidnight } from './timezone';

export type ActivityKind = 'pageview' | 'interaction' | 'key-event' | 'visible' | 'hidden' | 'stop';

export interface Activity {
  t: number;
  kind: ActivityKind;
  page?: string;
  campaign?: string;
  /** How many activities this one stands for, after compact(); default 1. */
  n?: number;
}

export type EndReason = 'inactivity' | 'midnight' | 'max-length' | 'max-hits' | 'campaign' | 'stopped';
export type EngagedBy = 'engagement-time' | 'key-event' | 'pageviews';

export interface Session {
  /** 1-based. */
  number: number;
  id: string;
  start: number;
  lastActivity: number;
  hits: number;
  pageviews: number;
  interactions: number;
  keyEvents: number;
  /** Time the page was visible and focused while this session was alive. */
  engagementMs: number;
  /** Hits that reached the tool but were not processed (past UA's per-session hit limit). */
  dropped?: number;
  /** The GA4 rule that first made the session "engaged", or null. */
  engagedBy: EngagedBy | null;
  endedAt: number | null;
  endReason: EndReason | null;
}

export interface EngineState {
  rules: SessionLimits;
  timeZone: string;
  sessions: Session[];
  /** When the page last became visible and focused; null while hidden. */
  visibleSince: number | null;
  /** The latest instant seen, so a clock that jumps back cannot produce negative durations. */
  lastT: number | null;
  /** Survives across sessions, like UA's campaign cookie: a returning visit via the same campaign is no change. */
  lastCampaign?: string;
}

export interface LiveView {
  /** The open session as of `now` (engagement counted up to now); closed with its reason if expired. */
  current: Session | null;
  expired: boolean;
  expiresAt: number | null;
  remainingMs: number | null;
  /** Which rule the countdown runs against (and, once expired, why the session ended). */
  expiryReason: EndReason | null;
  /** Sessions that had already ended before `now`'s open one. */
  past: Session[];
}

export interface Summary {
  rulesId: string;
  sessions: number;
  engagedSessions: number;
  pageviewsPerSession: number;
}

/** GA4's default "engaged" threshold: strictly more than 10 s of engagement. */
export const ENGAGED_AFTER_MS = 10_000;
const COMPACT_START_WINDOW_MS = 2_000;

type HitKind = 'pageview' | 'interaction' | 'key-event';
type TimedReason = 'inactivity' | 'midnight' | 'max-length';

/**
 * A time-based end that a session reaches without any further hit.
 * `inclusive`: a hit exactly at `at` already belongs to the next session.
 */
interface Deadline {
  at: number;
  reason: TimedReason;
  inclusive: boolean;
}

interface Cut {
  at: number;
  reason: EndReason;
}

export function initialState(rules: SessionLimits, timeZone: string): EngineState {
  return { rules, timeZone, sessions: [], visibleSince: null, lastT: null };
}

/** Applies one activity. Pure: returns a new state and shares unchanged sessions. */
export function step(state: EngineState, activity: Activity): EngineState {
  // A clock that went backwards is held at the latest instant seen.
  const t = state.lastT === null ? activity.t : Math.max(activity.t, state.lastT);
  const credited: EngineState = { ...state, sessions: creditEngagement(state, t) };
  return { ...applyKind(credited, activity, t), lastT: t };
}

function applyKind(state: EngineState, activity: Activity, t: number): EngineState {
  switch (activity.kind) {
    case 'visible':
      return { ...state, visibleSince: state.visibleSince ?? t };
    case 'hidden':
      return { ...state, visibleSince: null };
    case 'stop':
      return stopSession(state, t);
    default:
      return applyHit(state, activity, activity.kind, t);
  }
}

function applyHit(state: EngineState, activity: Activity, kind: HitKind, t: number): EngineState {
  let sessions = state.sessions;
  const before = openSession(sessions);
  const cut = before ? cutBeforeHit(state, before, activity, t) : undefined;
  if (before && cut) sessions = replaceLast(sessions, close(before, cut));

  const open = openSession(sessions);
  // Past the hit limit the tool still receives hits but does not process them: no new session,
  // and the dropped hit does not keep the session alive.
  if (open && state.rules.dropHitsAfter !== undefined && open.hits >= state.rules.dropHitsAfter) {
    return { ...state, sessions: replaceLast(sessions, { ...open, dropped: (open.dropped ?? 0) + weightOf(activity) }) };
  }
  const updated = addHit(open ?? newSession(sessions.length + 1, t), kind, weightOf(activity), t);
  sessions = open ? replaceLast(sessions, updated) : [...sessions, updated];
  // A hit without a campaign (direct) keeps the last one, as UA and Matomo attribution does.
  return activity.campaign === undefined ? { ...state, sessions } : { ...state, sessions, lastCampaign: activity.campaign };
}

/** Why the open session cannot take this hit, checked in the order a reader would expect to see. */
function cutBeforeHit(state: EngineState, s: Session, activity: Activity, t: number): Cut | undefined {
  const { rules } = state;
  // Time-based ends happened before the hit arrived, so they take precedence and date the end.
  const deadline = crossedDeadline(s, rules, state.timeZone, t);
  if (deadline) return deadline;
  if (rules.maxHits !== undefined && s.hits >= rules.maxHits) return { at: t, reason: 'max-hits' };
  if (rules.campaignReset && activity.campaign !== undefined && activity.campaign !== state.lastCampaign) {
    return { at: t, reason: 'campaign' };
  }
  return undefined;
}

function stopSession(state: EngineState, t: number): EngineState {
  const open = openSession(state.sessions);
  if (!open) return state;
  // A session that had already lapsed keeps its real reason; "stopped" only ends a live one.
  const cut = crossedDeadline(open, state.rules, state.timeZone, t) ?? { at: t, reason: 'stopped' };
  return { ...state, sessions: replaceLast(state.sessions, close(open, cut)) };
}

/**
 * The time-based ends a session could reach. Midnight costs a bisection, so it is only worked
 * out when `horizon` is on another local day (Infinity = always, for the live countdown).
 * Listed in tie-break order.
 */
function deadlines(s: Session, rules: SessionLimits, timeZone: string, horizon: number): Deadline[] {
  // Gap exactly equal to the timeout still continues: vendors check lazily with
  // `now - lastActivity > timeout` (research §0), so only a strictly longer gap ends the session.
  const list: Deadline[] = [{ at: s.lastActivity + rules.timeoutMs, reason: 'inactivity', inclusive: false }];
  if (rules.midnightReset && (horizon === Infinity || localDate(horizon, timeZone) !== localDate(s.lastActivity, timeZone))) {
    // The first instant of the new day is already on the new day, hence inclusive.
    list.push({ at: nextMidnight(s.lastActivity, timeZone), reason: 'midnight', inclusive: true });
  }
  if (rules.maxDurationMs !== undefined) {
    list.push({ at: s.start + rules.maxDurationMs, reason: 'max-length', inclusive: false });
  }
  return list;
}

function earliest(list: readonly Deadline[]): Deadline | undefined {
  return list.reduce<Deadline | undefined>((best, d) => (best === undefined || d.at < best.at ? d : best), undefined);
}

/** The earliest deadline that an event at `t` has gone past, if any. */
function crossedDeadline(s: Session, rules: SessionLimits, timeZone: string, t: number): Deadline | undefined {
  return earliest(deadlines(s, rules, timeZone, t).filter((d) => (d.inclusive ? t >= d.at : t > d.at)));
}

/**
 * Credits the visible time since the previous event to the open session. Visibility only
 * changes at events, so "visible now" means visible for the whole interval (lastT, t]; the
 * interval is clipped to the session, because a session that lapsed unnoticed earns nothing after.
 */
function creditEngagement(state: EngineState, t: number): Session[] {
  const open = openSession(state.sessions);
  if (!open || state.visibleSince === null || state.lastT === null) return state.sessions;
  const from = Math.max(state.lastT, state.visibleSince, open.start);
  const lapse = earliest(deadlines(open, state.rules, state.timeZone, t));
  const to = Math.min(t, lapse ? lapse.at : t);
  if (to <= from) return state.sessions;
  const credited = { ...open, engagementMs: open.engagementMs + (to - from) };
  return replaceLast(state.sessions, markEngaged(credited, 'engagement-time'));
}

function addHit(s: Session, kind: HitKind, weight: number, t: number): Session {
  const next: Session = {
    ...s,
    lastActivity: t,
    hits: s.hits + weight,
    pageviews: s.pageviews + (kind === 'pageview' ? weight : 0),
    interactions: s.interactions + (kind === 'interaction' ? weight : 0),
    keyEvents: s.keyEvents + (kind === 'key-event' ? weight : 0),
  };
  if (kind === 'key-event') return markEngaged(next, 'key-event');
  if (kind === 'pageview') return markEngaged(next, 'pageviews');
  return next;
}

/** Records the first GA4 engagement rule to fire; later ones do not overwrite it. */
function markEngaged(s: Session, rule: EngagedBy): Session {
  if (s.engagedBy !== null) return s;
  const fired =
    rule === 'engagement-time' ? s.engagementMs > ENGAGED_AFTER_MS : rule === 'key-event' ? s.keyEvents > 0 : s.pageviews >= 2;
  return fired ? { ...s, engagedBy: rule } : s;
}

function newSession(number: number, t: number): Session {
  return {
    number,
    id: `${number}-${t}`,
    start: t,
    lastActivity: t,
    hits: 0,
    pageviews: 0,
    interactions: 0,
    keyEvents: 0,
    engagementMs: 0,
    engagedBy: null,
    endedAt: null,
    endReason: null,
  };
}

function close(s: Session, cut: Cut): Session {
  return { ...s, endedAt: cut.at, endReason: cut.reason };
}

/** Only the last session can be open; earlier ones were closed when the next one began. */
function openSession(sessions: readonly Session[]): Session | undefined {
  const last = sessions[sessions.length - 1];
  return last && last.endedAt === null ? last : undefined;
}

function replaceLast(sessions: readonly Session[], s: Session): Session[] {
  return [...sessions.slice(0, -1), s];
}

/** Compacted interactions carry their count; anything odd counts once rather than corrupting totals. */
function weightOf(activity: Activity): number {
  const n = activity.n;
  return n !== undefined && Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
}

/**
 * What a reader sees at `now`: the open session with engagement up to now, and how long it has
 * left. Expiry is by the earliest deadline; at exactly that instant the countdown reads 0 and the
 * session is shown as ended (a hit at that very millisecond would still continue it; see deadlines()).
 */
export function liveView(state: EngineState, now: number): LiveView {
  const t = state.lastT === null ? now : Math.max(now, state.lastT);
  const sessions = creditEngagement(state, t);
  const open = openSession(sessions);
  const past = sessions.filter((s) => s.endedAt !== null);
  const due = open ? earliest(deadlines(open, state.rules, state.timeZone, Infinity)) : undefined;
  if (!open || !due) return { current: null, expired: false, expiresAt: null, remainingMs: null, expiryReason: null, past };
  const expired = t >= due.at;
  return {
    current: expired ? close(open, due) : open,
    expired,
    expiresAt: due.at,
    remainingMs: Math.max(0, due.at - t),
    expiryReason: due.reason,
    past,
  };
}

/** Replays a whole log. With `now`, the last session is settled as the live view would show it. */
export function sessionize(
  activities: readonly Activity[],
  rules: SessionLimits,
  timeZone: string,
  now?: number,
): Session[] {
  // Logs from several tabs interleave slightly out of order; Array#sort is stable, so ties keep log order.
  const sorted = [...activities].sort((a, b) => a.t - b.t);
  const state = sorted.reduce((acc, activity) => step(acc, activity), initialState(rules, timeZone));
  if (now === undefined) return state.sessions;
  const view = liveView(state, now);
  return view.current ? [...view.past, view.current] : view.past;
}

export function summarise(sessions: readonly Session[], rulesId: string): Summary {
  const pageviews = sessions.reduce((sum, s) => sum + s.pageviews, 0);
  return {
    rulesId,
    sessions: sessions.length,
    engagedSessions: sessions.filter((s) => s.engagedBy !== null).length,
    pageviewsPerSession: sessions.length === 0 ? 0 : pageviews / sessions.length,
  };
}

/** One reader, many vendors: the same log under each preset. */
export function compare(
  activities: readonly Activity[],
  presets: readonly SessionLimits[],
  timeZone: string,
  now: number,
): Summary[] {
  return presets.map((rules) => summarise(sessionize(activities, rules, timeZone, now), rules.id));
}

/**
 * Keeps a stored log under `cap` entries. Only plain interactions are merged, because they
 * change nothing but hit counts and the last-activity time; everything that can start or end a
 * session or move engagement (pageviews, key events, campaigns, visibility, stop) is kept.
 * The window starts small and doubles, so precision is only lost when it has to be.
 */
export function compact(activities: readonly Activity[], cap: number): { activities: Activity[]; merged: number } {
  const input = [...activities];
  if (input.length <= cap) return { activities: input, merged: 0 };
  const span = spanOf(input);
  let windowMs = COMPACT_START_WINDOW_MS;
  let out = mergeInteractionRuns(input, windowMs);
  // Once the window covers the whole log, doubling again cannot merge anything more.
  while (out.length > cap && windowMs < span) {
    windowMs *= 2;
    out = mergeInteractionRuns(input, windowMs);
  }
  return { activities: out, merged: input.length - out.length };
}

function spanOf(list: readonly Activity[]): number {
  const times = list.map((a) => a.t);
  return times.length === 0 ? 0 : Math.max(...times) - Math.min(...times);
}

function isMergeable(a: Activity): boolean {
  return a.kind === 'interaction' && a.campaign === undefined;
}

/** Collapses each run of consecutive plain interactions that fits in `windowMs` into one. */
function mergeInteractionRuns(list: readonly Activity[], windowMs: number): Activity[] {
  const out: Activity[] = [];
  let run: Activity[] = [];
  const flush = (): void => {
    const last = run[run.length - 1];
    if (last) out.push(run.length === 1 ? last : mergeRun(run, last));
    run = [];
  };
  for (const a of list) {
    const first = run[0];
    if (!isMergeable(a)) {
      flush();
      out.push(a);
    } else if (first && a.t - first.t > windowMs) {
      flush();
      run.push(a);
    } else {
      run.push(a);
    }
  }
  flush();
  return out;
}

/**
 * The merged entry sits at the run's *last* time: lastActivity drives the live countdown, and
 * moving it earlier would make a session look closer to expiring than it is.
 */
function mergeRun(run: readonly Activity[], last: Activity): Activity {
  const merged: Activity = { t: last.t, kind: 'interaction', n: run.reduce((sum, a) => sum + weightOf(a), 0) };
  if (last.page !== undefined) merged.page = last.page;
  return merged;
}
