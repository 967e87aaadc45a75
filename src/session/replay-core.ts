/**
 * Replays a reader's raw activity as one analytics tool would hear it: which hits the tool
 * receives (tool-hits.ts), how its rules cut that hit stream into sessions (engine.ts), and the
 * numbers it then reports (metric-values.ts). Pure and DOM-free: the live demo runs this in the
 * browser; replay.ts adds the words that explain each metric, for the build-time pages.
 */
import { initialState, liveView, step, type Activity, type EndReason, type EngineState, type Session } from './engine';
import { metricValuesFor, type MetricValues } from './metric-values';
import { weightOfRaw, type RawActivity, type RawKind } from './raw-activity';
import { withTimeout, type SessionLimits } from './session-limits';
import { defaultToggles, toolHitsById, type HitMapping, type HitParams, type PageState, type ToggleId, type ToolHits, type ToolId, type Trigger } from './tool-hits';

export interface Hit {
  t: number;
  name: string;
  params: HitParams;
  /** Number (1-based) of the session this hit belongs to. */
  session: number;
  /** Received but not processed (UA past 500 hits in a session). */
  dropped?: true;
}

export interface ToolSession {
  number: number;
  start: number;
  /** When it ended, or null while still open. */
  end: number | null;
  endReason: EndReason | null;
  hits: Hit[];
  /** Time of the last processed hit. */
  lastHit: number;
  pageviews: number;
  engagementMs: number;
  engaged: boolean;
}

export interface LiveStatus {
  expiresAt: number;
  remainingMs: number;
  expired: boolean;
  /** The rule the countdown runs against (why it ended, once expired). */
  reason: EndReason;
}

export interface ReplayOptions {
  /** The property's time zone, for midnight rules. Default UTC. */
  timeZone?: string;
  /** Another inactivity timeout, clamped to what the tool allows. */
  timeoutMs?: number;
  /** Session rules to use instead of the tool's (e.g. the demo's 30-second speed); the hit mapping stays the tool's. */
  rules?: SessionLimits;
  toggles?: Partial<Record<ToggleId, boolean>>;
  /** With `now`, a session that has lapsed by then is closed, and `live` says how long the open one has. */
  now?: number;
}

export interface ReplayCore {
  toolId: ToolId;
  rules: SessionLimits;
  toggles: Partial<Record<ToggleId, boolean>>;
  heard: Hit[];
  /** Reader actions the tool received nothing for, by raw kind (merged clicks and keys counted in full). */
  ignored: Partial<Record<RawKind, number>>;
  sessions: ToolSession[];
  metrics: MetricValues;
  /** The open session's countdown as of `options.now`; null without `now` or without an open session. */
  live: LiveStatus | null;
}

/** Raw kinds that are reader actions a tool could hear; visibility and "stop" are not. */
const ACTIONS = new Set<RawKind>(['page_view', 'click', 'key', 'scroll', 'form_start', 'form_submit', 'custom_event']);

interface Run {
  tool: ToolHits;
  toggles: Partial<Record<ToggleId, boolean>>;
  engine: EngineState;
  page: PageState | null;
  sentOnPage: Set<HitMapping>;
  heard: Hit[];
  ignored: Partial<Record<RawKind, number>>;
}

export function replayCore(log: readonly RawActivity[], toolId: string, options: ReplayOptions = {}): ReplayCore {
  const tool = toolHitsById(toolId);
  if (!tool) throw new RangeError(`Unknown analytics tool: ${toolId}`);
  const toggles = { ...defaultToggles(tool), ...options.toggles };
  const base = options.rules ?? tool.rules;
  const rules = options.timeoutMs === undefined ? base : withTimeout(base, options.timeoutMs);
  const run: Run = {
    tool,
    toggles,
    engine: initialState(rules, options.timeZone ?? 'UTC'),
    page: null,
    sentOnPage: new Set(),
    heard: [],
    ignored: {},
  };
  // Several tabs write one log slightly out of order; the sort is stable, so ties keep log order.
  let visibleSince: number | null = null;
  let lastT: number | null = null;
  for (const activity of [...log].sort((a, b) => a.t - b.t)) {
    // A clock that went backwards is held at the latest instant seen, as the engine does.
    const t: number = lastT === null ? activity.t : Math.max(activity.t, lastT);
    if (run.page && visibleSince !== null && lastT !== null) run.page.visibleMsSinceLastHit += t - Math.max(lastT, visibleSince);
    lastT = t;
    handle(run, { ...activity, t } as RawActivity);
    if (activity.kind === 'visible') visibleSince ??= t;
    if (activity.kind === 'hidden') visibleSince = null;
  }
  const engineSessions = settle(run.engine, options.now);
  const sessions = engineSessions.map((s) => toToolSession(s, run.heard));
  return {
    toolId: tool.id,
    rules,
    toggles,
    heard: run.heard,
    ignored: run.ignored,
    sessions,
    metrics: metricValuesFor(
      tool.id,
      sessions.map((s) => {
        const processed = s.hits.filter((h) => !h.dropped);
        return {
          pageviews: s.pageviews,
          hits: processed.length,
          hitNames: processed.map((h) => h.name),
          engaged: s.engaged,
          durationMs: s.lastHit - s.start,
        };
      }),
    ),
    live: options.now === undefined ? null : liveStatus(run.engine, options.now),
  };
}

function handle(run: Run, activity: RawActivity): void {
  switch (activity.kind) {
    case 'visible':
    case 'hidden':
      if (activity.kind === 'hidden') send(run, activity, 'hidden');
      run.engine = step(run.engine, { t: activity.t, kind: activity.kind });
      return;
    case 'stop':
      run.engine = step(run.engine, { t: activity.t, kind: 'stop' });
      return;
    case 'page_view':
      if (run.page) send(run, activity, 'page_leave');
      run.page = { path: activity.path, visibleMsSinceLastHit: 0 };
      run.sentOnPage = new Set();
      break;
  }
  const sent = send(run, activity, activity.kind);
  if (sent === 0 && ACTIONS.has(activity.kind)) run.ignored[activity.kind] = (run.ignored[activity.kind] ?? 0) + weightOfRaw(activity);
}

/** Sends every hit the tool's rules produce for this trigger; returns how many. */
function send(run: Run, activity: RawActivity, trigger: Trigger): number {
  const page = run.page ?? { path: '', visibleMsSinceLastHit: 0 };
  let sent = 0;
  for (const rule of run.tool.mapping) {
    if (!rule.on.includes(trigger)) continue;
    if (rule.toggle && !run.toggles[rule.toggle]) continue;
    if (rule.oncePerPage && run.sentOnPage.has(rule)) continue;
    if (rule.when && !rule.when(activity, page)) continue;
    const name = typeof rule.hit === 'function' ? rule.hit(activity) : rule.hit;
    const params = rule.params ? rule.params(activity, page) : {};
    const counts = typeof rule.counts === 'function' ? rule.counts(activity) : rule.counts;
    deliver(run, activity, name, params, counts);
    if (rule.oncePerPage) run.sentOnPage.add(rule);
    page.visibleMsSinceLastHit = 0;
    sent++;
  }
  return sent;
}

function deliver(run: Run, activity: RawActivity, name: string, params: HitParams, counts: HitMapping['counts'] & string): void {
  const hit: Activity = { t: activity.t, kind: counts === 'pageview' ? 'pageview' : counts === 'key-event' ? 'key-event' : 'interaction' };
  if (activity.kind === 'page_view' && counts === 'pageview') {
    hit.page = activity.path;
    const source = run.tool.trafficSource?.(activity);
    if (source !== undefined) hit.campaign = source;
  }
  const weight = weightOfRaw(activity);
  if (weight > 1 && activity.kind !== 'page_view') hit.n = weight;
  const before = openSessionOf(run.engine);
  run.engine = step(run.engine, hit);
  const after = openSessionOf(run.engine);
  const dropped = after !== undefined && before?.number === after.number && (after.dropped ?? 0) > (before.dropped ?? 0);
  const number = after?.number ?? run.engine.sessions.length;
  run.heard.push(dropped ? { t: activity.t, name, params, session: number, dropped: true } : { t: activity.t, name, params, session: number });
}

function openSessionOf(state: EngineState): Session | undefined {
  const last = state.sessions.at(-1);
  return last && last.endedAt === null ? last : undefined;
}

function settle(state: EngineState, now: number | undefined): Session[] {
  if (now === undefined) return state.sessions;
  const view = liveView(state, now);
  return view.current ? [...view.past, view.current] : view.past;
}

function liveStatus(state: EngineState, now: number): LiveStatus | null {
  const view = liveView(state, now);
  if (!view.current || view.expiresAt === null || view.remainingMs === null || view.expiryReason === null) return null;
  return { expiresAt: view.expiresAt, remainingMs: view.remainingMs, expired: view.expired, reason: view.expiryReason };
}

function toToolSession(s: Session, heard: readonly Hit[]): ToolSession {
  return {
    number: s.number,
    start: s.start,
    end: s.endedAt,
    endReason: s.endReason,
    hits: heard.filter((h) => h.session === s.number),
    lastHit: s.lastActivity,
    pageviews: s.pageviews,
    engagementMs: s.engagementMs,
    engaged: s.engagedBy !== null,
  };
}
