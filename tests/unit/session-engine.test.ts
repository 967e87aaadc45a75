import { describe, expect, it } from 'vitest';
import type { Activity, EngineState } from '../../src/session/engine';
import {
  ENGAGED_AFTER_MS,
  compact,
  compare,
  initialState,
  liveView,
  sessionize,
  step,
  summarise,
} from '../../src/session/engine';
import type { SessionRules } from '../../src/session/rules';
import { PRESETS, presetById } from '../../src/session/rules';

const S = 1_000;
const MIN = 60 * S;
const H = 60 * MIN;
const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';

const at = (iso: string): number => Date.parse(iso);
const pv = (t: number, campaign?: string): Activity =>
  campaign === undefined ? { t, kind: 'pageview' } : { t, kind: 'pageview', campaign };
const act = (t: number, kind: Activity['kind']): Activity => ({ t, kind });

function preset(id: string): SessionRules {
  const rules = presetById(id);
  if (!rules) throw new Error(`no preset ${id}`);
  return rules;
}

/** Folds with step() in the given order, unlike sessionize(), which sorts. */
function run(rules: SessionRules, timeZone: string, activities: readonly Activity[]): EngineState {
  return activities.reduce((state, a) => step(state, a), initialState(rules, timeZone));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

// Winter, so London is on GMT and local dates equal UTC dates.
const T0 = at('2026-01-15T10:00:00Z');

describe('inactivity timeout', () => {
  const ga4 = preset('ga4');

  it('continues at timeout - 1 ms', () => {
    const sessions = sessionize([pv(T0), pv(T0 + 30 * MIN - 1)], ga4, LONDON);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.pageviews).toBe(2);
  });

  it('starts session 2 at timeout + 1 ms and ends session 1 for inactivity', () => {
    const sessions = sessionize([pv(T0), pv(T0 + 30 * MIN + 1)], ga4, LONDON);
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ number: 1, endReason: 'inactivity', endedAt: T0 + 30 * MIN });
    expect(sessions[1]).toMatchObject({ number: 2, start: T0 + 30 * MIN + 1, endedAt: null, endReason: null });
    expect(sessions[1]?.id).toBe(`2-${T0 + 30 * MIN + 1}`);
  });

  it('continues when the gap is exactly the timeout (lazy `>` check)', () => {
    expect(sessionize([pv(T0), pv(T0 + 30 * MIN)], ga4, LONDON)).toHaveLength(1);
  });

  it('does not let visible/hidden extend or start a session', () => {
    const demo = preset('demo');
    const log = [act(T0 - 5 * S, 'visible'), pv(T0), act(T0 + 20 * S, 'hidden'), act(T0 + 25 * S, 'visible')];
    const sessions = sessionize([...log, act(T0 + 40 * S, 'hidden'), pv(T0 + 45 * S)], demo, LONDON);
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ lastActivity: T0, endReason: 'inactivity', endedAt: T0 + 30 * S });
    // Visible 0–20 s and 25–30 s; the 30–40 s after expiry belongs to no session.
    expect(sessions[0]?.engagementMs).toBe(25 * S);
    expect(sessionize([act(T0, 'visible'), act(T0 + MIN, 'hidden')], demo, LONDON)).toEqual([]);
  });

  it("ends the session with 'stopped', and the next hit starts a new one", () => {
    const sessions = sessionize([pv(T0), act(T0 + MIN, 'stop'), pv(T0 + 2 * MIN)], ga4, LONDON);
    expect(sessions.map((s) => s.endReason)).toEqual(['stopped', null]);
    expect(sessions[0]?.endedAt).toBe(T0 + MIN);
  });

  it('keeps the real reason when stop comes after the session already lapsed', () => {
    const sessions = sessionize([pv(T0), act(T0 + 40 * MIN, 'stop')], ga4, LONDON);
    expect(sessions[0]).toMatchObject({ endReason: 'inactivity', endedAt: T0 + 30 * MIN });
  });
});

describe('midnight reset', () => {
  const ua = preset('ua');

  it('splits at London midnight but not New York midnight for the same UTC instants', () => {
    const log = [pv(at('2026-06-15T22:50:00Z')), pv(at('2026-06-15T23:10:00Z'))];
    const london = sessionize(log, ua, LONDON);
    expect(london).toHaveLength(2);
    expect(london[0]).toMatchObject({ endReason: 'midnight', endedAt: at('2026-06-15T23:00:00Z') });
    expect(sessionize(log, ua, NEW_YORK)).toHaveLength(1);
  });

  it('splits at New York midnight but not London midnight for the same UTC instants', () => {
    const log = [pv(at('2026-06-16T03:50:00Z')), pv(at('2026-06-16T04:10:00Z'))];
    const newYork = sessionize(log, ua, NEW_YORK);
    expect(newYork).toHaveLength(2);
    expect(newYork[0]).toMatchObject({ endReason: 'midnight', endedAt: at('2026-06-16T04:00:00Z') });
    expect(sessionize(log, ua, LONDON)).toHaveLength(1);
  });

  it('does not split GA4 at midnight', () => {
    const log = [pv(at('2026-06-15T22:50:00Z')), pv(at('2026-06-15T23:10:00Z'))];
    expect(sessionize(log, preset('ga4'), LONDON)).toHaveLength(1);
  });
});

describe('max length and max hits', () => {
  it('cuts an Adobe visit at 12 h of continuous activity (a hit every 20 min)', () => {
    const start = at('2026-01-15T00:00:00Z');
    const log = Array.from({ length: 73 }, (_, k) => pv(start + k * 20 * MIN));
    const adobe = sessionize(log, preset('adobe'), LONDON);
    expect(adobe).toHaveLength(2);
    // The hit at exactly 12 h still joins; the one at 12 h 20 min cannot.
    expect(adobe[0]).toMatchObject({ hits: 37, endReason: 'max-length', endedAt: start + 12 * H });
    expect(adobe[1]).toMatchObject({ start: start + 12 * H + 20 * MIN, hits: 36 });
    expect(sessionize(log, preset('ga4'), LONDON)).toHaveLength(1);
  });

  // Rule: UA processed at most 500 hits per session; later hits were dropped, no new session
  // (developers.google.com/analytics/devguides/collection/analyticsjs/limits-quotas).
  it('drops UA hits past 500 in a session instead of starting a new one', () => {
    const log = Array.from({ length: 1001 }, (_, k): Activity => ({ t: T0 + k * S, kind: 'interaction' }));
    const ua = sessionize(log, preset('ua'), LONDON);
    expect(ua).toHaveLength(1);
    expect(ua[0]).toMatchObject({ hits: 500, dropped: 501, lastActivity: T0 + 499 * S, endReason: null });
    expect(sessionize(log, preset('ga4'), LONDON)).toHaveLength(1);
  });

  it('does not let dropped UA hits keep the session alive', () => {
    const log = Array.from({ length: 500 }, (_, k): Activity => ({ t: T0 + k * S, kind: 'interaction' }));
    const later = T0 + 499 * S + 20 * MIN;
    const ua = sessionize([...log, { t: later, kind: 'interaction' }, { t: later + 15 * MIN, kind: 'pageview' }], preset('ua'), LONDON);
    expect(ua).toHaveLength(2);
    expect(ua[0]).toMatchObject({ hits: 500, dropped: 1, endReason: 'inactivity' });
  });
});

describe('campaign reset', () => {
  const log = [pv(T0, 'spring'), pv(T0 + MIN), pv(T0 + 2 * MIN, 'spring'), pv(T0 + 3 * MIN, 'summer')];

  it('starts a new UA session when the campaign changes, not when it repeats or is absent', () => {
    const ua = sessionize(log, preset('ua'), LONDON);
    expect(ua).toHaveLength(2);
    expect(ua[0]).toMatchObject({ pageviews: 3, endReason: 'campaign', endedAt: T0 + 3 * MIN });
  });

  it('keeps one GA4 session', () => {
    expect(sessionize(log, preset('ga4'), LONDON)).toHaveLength(1);
  });
});

describe('clock going backwards', () => {
  it('treats an earlier time as the latest one seen', () => {
    const ga4 = preset('ga4');
    const state = run(ga4, LONDON, [
      pv(T0 + 10 * MIN),
      pv(T0 + 5 * MIN),
      act(T0 + 12 * MIN, 'visible'),
      act(T0 + 11 * MIN, 'hidden'),
    ]);
    expect(state.lastT).toBe(T0 + 12 * MIN);
    expect(state.sessions).toHaveLength(1);
    expect(state.sessions[0]).toMatchObject({ start: T0 + 10 * MIN, lastActivity: T0 + 10 * MIN, hits: 2, engagementMs: 0 });
  });

  it('sessionize sorts a copy by time, keeping ties in log order', () => {
    const log: Activity[] = [pv(T0 + 40 * MIN), act(T0, 'visible'), pv(T0), act(T0 + 5 * S, 'hidden')];
    const copy = [...log];
    const sessions = sessionize(log, preset('ga4'), LONDON);
    expect(log).toEqual(copy);
    expect(sessions).toHaveLength(2);
    expect(sessions[0]?.engagementMs).toBe(5 * S);
  });
});

describe('step purity', () => {
  it('returns a new state without mutating the old one', () => {
    const before = deepFreeze(run(preset('ua'), LONDON, [act(T0, 'visible'), pv(T0, 'a')]));
    const snapshot = structuredClone(before);
    const after = step(before, pv(T0 + 40 * MIN, 'b'));
    expect(before).toEqual(snapshot);
    expect(after).not.toBe(before);
    expect(after.sessions).toHaveLength(2);
  });
});

describe('engaged sessions (GA4 rules)', () => {
  const ga4 = preset('ga4');

  it("fires on more than 10 s of engagement and reports 'engagement-time'", () => {
    const [engaged] = sessionize([act(T0, 'visible'), pv(T0), act(T0 + ENGAGED_AFTER_MS + 1, 'hidden')], ga4, LONDON);
    expect(engaged).toMatchObject({ engagedBy: 'engagement-time', engagementMs: 10_001 });
    const [exactly] = sessionize([act(T0, 'visible'), pv(T0), act(T0 + ENGAGED_AFTER_MS, 'hidden')], ga4, LONDON);
    expect(exactly?.engagedBy).toBeNull();
  });

  it("fires on a key event and reports 'key-event'", () => {
    const [s] = sessionize([pv(T0), act(T0 + S, 'key-event')], ga4, LONDON);
    expect(s).toMatchObject({ engagedBy: 'key-event', keyEvents: 1 });
  });

  it("fires on a second pageview and reports 'pageviews'", () => {
    const [s] = sessionize([pv(T0), pv(T0 + S)], ga4, LONDON);
    expect(s?.engagedBy).toBe('pageviews');
    expect(sessionize([pv(T0), act(T0 + S, 'interaction')], ga4, LONDON)[0]?.engagedBy).toBeNull();
  });

  it('keeps the rule that fired first', () => {
    const pageviewsFirst = [act(T0, 'visible'), pv(T0), pv(T0 + 5 * S), act(T0 + 20 * S, 'hidden')];
    expect(sessionize(pageviewsFirst, ga4, LONDON)[0]).toMatchObject({ engagedBy: 'pageviews', engagementMs: 20 * S });
    const timeFirst = [act(T0, 'visible'), pv(T0), act(T0 + 15 * S, 'hidden'), act(T0 + 20 * S, 'key-event')];
    expect(sessionize(timeFirst, ga4, LONDON)[0]?.engagedBy).toBe('engagement-time');
  });
});

describe('liveView', () => {
  const ga4 = preset('ga4');

  it('counts down to the inactivity timeout', () => {
    const view = liveView(run(ga4, LONDON, [pv(T0)]), T0 + 10 * MIN);
    expect(view).toMatchObject({ expired: false, expiresAt: T0 + 30 * MIN, remainingMs: 20 * MIN, expiryReason: 'inactivity' });
    expect(view.current?.endedAt).toBeNull();
  });

  it('shows the session as ended once the countdown reaches zero', () => {
    const state = run(ga4, LONDON, [pv(T0)]);
    const view = liveView(state, T0 + 30 * MIN);
    expect(view).toMatchObject({ expired: true, remainingMs: 0, expiryReason: 'inactivity' });
    expect(view.current).toMatchObject({ endReason: 'inactivity', endedAt: T0 + 30 * MIN });
    expect(state.sessions[0]?.endedAt).toBeNull();
  });

  it('counts down to midnight when that comes first (Mixpanel)', () => {
    const view = liveView(run(preset('mixpanel'), LONDON, [pv(at('2026-01-15T23:50:00Z'))]), at('2026-01-15T23:55:00Z'));
    expect(view).toMatchObject({ expiresAt: at('2026-01-16T00:00:00Z'), expiryReason: 'midnight', remainingMs: 5 * MIN });
  });

  it('counts down to the maximum length when that comes first (Adobe)', () => {
    const log = Array.from({ length: 36 }, (_, k) => pv(T0 + k * 20 * MIN)); // last hit at 11 h 40 min
    const view = liveView(run(preset('adobe'), LONDON, log), T0 + 11 * H + 50 * MIN);
    expect(view).toMatchObject({ expiresAt: T0 + 12 * H, expiryReason: 'max-length', remainingMs: 10 * MIN });
  });

  it('counts engagement up to now without changing the state', () => {
    const state = run(ga4, LONDON, [act(T0, 'visible'), pv(T0)]);
    const view = liveView(state, T0 + 12 * S);
    expect(view.current).toMatchObject({ engagementMs: 12 * S, engagedBy: 'engagement-time' });
    expect(state.sessions[0]?.engagementMs).toBe(0);
  });

  it('has no current session before the first hit or after stop', () => {
    expect(liveView(initialState(ga4, LONDON), T0)).toEqual({
      current: null,
      expired: false,
      expiresAt: null,
      remainingMs: null,
      expiryReason: null,
      past: [],
    });
    const view = liveView(run(ga4, LONDON, [pv(T0), act(T0 + MIN, 'stop')]), T0 + 2 * MIN);
    expect(view.current).toBeNull();
    expect(view.past.map((s) => s.endReason)).toEqual(['stopped']);
  });

  it('lets sessionize close an open session that has expired by now', () => {
    expect(sessionize([pv(T0)], ga4, LONDON)[0]?.endReason).toBeNull();
    expect(sessionize([pv(T0)], ga4, LONDON, T0 + 31 * MIN)[0]).toMatchObject({
      endReason: 'inactivity',
      endedAt: T0 + 30 * MIN,
    });
  });
});

describe('compare', () => {
  it('replays one log spanning midnight with a campaign change under every preset', () => {
    const log: Activity[] = [
      pv(at('2026-01-15T23:40:00Z'), 'newsletter'),
      { t: at('2026-01-15T23:55:00Z'), kind: 'interaction' },
      pv(at('2026-01-16T00:05:00Z')),
      pv(at('2026-01-16T00:15:00Z'), 'spring-sale'),
    ];
    const result = compare(log, PRESETS, LONDON, at('2026-01-16T02:00:00Z'));
    const counts = Object.fromEntries(result.map((r) => [r.rulesId, r.sessions]));
    expect(counts).toEqual({ ga4: 1, ua: 3, adobe: 1, mixpanel: 2, matomo: 3, posthog: 1, demo: 4 });
    expect(result[0]).toEqual({ rulesId: 'ga4', sessions: 1, engagedSessions: 1, pageviewsPerSession: 3 });
    expect(result.find((r) => r.rulesId === 'ua')).toMatchObject({ engagedSessions: 0, pageviewsPerSession: 1 });
  });

  it('summarises an empty list without dividing by zero', () => {
    expect(summarise([], 'ga4')).toEqual({ rulesId: 'ga4', sessions: 0, engagedSessions: 0, pageviewsPerSession: 0 });
  });
});

describe('compact', () => {
  // 10 minutes: a pageview every 10 s, an interaction every 100 ms, plus one of each kind that must survive.
  const log: Activity[] = [act(T0, 'visible')];
  for (let ms = 0; ms < 10 * MIN; ms += 100) {
    log.push(ms % (10 * S) === 0 ? pv(T0 + ms) : { t: T0 + ms, kind: 'interaction' });
  }
  log.push({ t: T0 + 5 * MIN + 50, kind: 'interaction', campaign: 'spring' });
  log.push(act(T0 + 5 * MIN + 60, 'key-event'));
  log.push(act(T0 + 10 * MIN, 'hidden'));
  log.sort((a, b) => a.t - b.t);

  const count = (list: readonly Activity[], kind: Activity['kind']): number => list.filter((a) => a.kind === kind).length;
  const weight = (list: readonly Activity[]): number =>
    list.filter((a) => a.kind === 'interaction').reduce((sum, a) => sum + (a.n ?? 1), 0);

  it('leaves a log under the cap alone', () => {
    const small = log.slice(0, 10);
    expect(compact(small, 10)).toEqual({ activities: small, merged: 0 });
  });

  it('merges interactions under the cap but keeps pageviews, key events, campaigns, visibility and total weight', () => {
    const { activities, merged } = compact(log, 200);
    expect(activities.length).toBeLessThanOrEqual(200);
    expect(merged).toBe(log.length - activities.length);
    expect(count(activities, 'pageview')).toBe(count(log, 'pageview'));
    expect(count(activities, 'key-event')).toBe(1);
    expect(count(activities, 'visible') + count(activities, 'hidden')).toBe(2);
    expect(activities.filter((a) => a.campaign === 'spring')).toHaveLength(1);
    expect(weight(activities)).toBe(weight(log));
  });

  it('gives the same GA4 sessions as the full log', () => {
    const ga4 = preset('ga4');
    const now = T0 + 2 * H;
    expect(sessionize(compact(log, 200).activities, ga4, LONDON, now)).toEqual(sessionize(log, ga4, LONDON, now));
  });
});
