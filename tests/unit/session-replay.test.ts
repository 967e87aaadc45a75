import { describe, expect, it } from 'vitest';
import type { RawActivity } from '../../src/session/raw-activity';
import { replay, replayAll } from '../../src/session/replay';
import { TOOLS } from '../../src/session/tools';

const S = 1_000;
const MIN = 60 * S;
const T0 = Date.parse('2026-03-10T09:00:00Z');

const pv = (t: number, path = '/glossary/session/', extra: Partial<Extract<RawActivity, { kind: 'page_view' }>> = {}): RawActivity => ({
  t,
  kind: 'page_view',
  path,
  ...extra,
});

/** One page read for 31 minutes: scrolling to the end early, clicking in-page links and pressing keys throughout. */
function longRead(): RawActivity[] {
  const log: RawActivity[] = [pv(T0), { t: T0, kind: 'visible' }];
  [25, 50, 75, 90, 100].forEach((depth, i) => log.push({ t: T0 + (i + 1) * 6 * S, kind: 'scroll', depth }));
  for (let m = 2; m <= 30; m += 2) {
    log.push({ t: T0 + m * MIN, kind: 'click', target: 'internal' });
    log.push({ t: T0 + m * MIN + 5 * S, kind: 'key', n: 3 });
  }
  log.push({ t: T0 + 31 * MIN, kind: 'hidden' });
  return log;
}

describe('the 31-minute single-page read', () => {
  // Rule: GA4 enhanced measurement sends no event for internal clicks or key presses, one scroll
  // at 90 % per page, and user_engagement when the page is hidden (support.google.com/analytics/answer/9216061, /11109416).
  it('is two GA4 sessions: nothing reached GA4 for 30 minutes after the scroll event', () => {
    const ga4 = replay(longRead(), 'ga4');
    expect(ga4.heard.map((h) => [h.name, (h.t - T0) / S, h.session])).toEqual([
      ['page_view', 0, 1],
      ['scroll', 24, 1],
      ['user_engagement', 31 * 60, 2],
    ]);
    expect(ga4.sessions.map((s) => [s.number, s.endReason])).toEqual([
      [1, 'inactivity'],
      [2, null],
    ]);
    expect(ga4.ignored).toEqual({ click: 15, key: 45, scroll: 4 });
    expect(ga4.metrics.sessions.value).toBe(2);
  });

  it('carries the engagement time since the previous GA4 hit on user_engagement', () => {
    const ga4 = replay(longRead(), 'ga4');
    expect(ga4.heard[1]?.params).toEqual({ percent_scrolled: 90, engagement_time_msec: 24_000 });
    expect(ga4.heard[2]?.params).toEqual({ engagement_time_msec: 31 * MIN - 24 * S });
  });

  // Rule: PostHog counts session replay activity (clicks, scrolls, keys) as activity (posthog.com/docs/data/sessions).
  it('is one PostHog session with replay on, because replay activity keeps it alive', () => {
    const posthog = replay(longRead(), 'posthog', { toggles: { replay: true } });
    expect(posthog.sessions).toHaveLength(1);
    expect(posthog.heard.filter((h) => h.name === '$snapshot')).toHaveLength(35);
    expect(posthog.ignored).toEqual({});
  });

  it('counts each tool by its own rules', () => {
    const counts = Object.fromEntries(replayAll(longRead()).map((r) => [r.toolId, r.sessions.length]));
    // UA, Adobe and Matomo heard only the page view; Mixpanel and PostHog autocapture the link clicks.
    expect(counts).toEqual({ ga4: 2, ua: 1, adobe: 1, mixpanel: 1, matomo: 1, posthog: 1 });
  });
});

describe('PostHog without replay', () => {
  // Rule: without replay, only captured events (pageview, autocapture, pageleave) are activity (posthog.com/docs/data/sessions).
  it('splits a scroll-only read that replay would keep whole', () => {
    const log: RawActivity[] = [pv(T0), { t: T0 + 10 * MIN, kind: 'scroll', depth: 50 }, { t: T0 + 35 * MIN, kind: 'scroll', depth: 90 }, pv(T0 + 36 * MIN, '/glossary/')];
    expect(replay(log, 'posthog').sessions).toHaveLength(2);
    expect(replay(log, 'posthog', { toggles: { replay: true } }).sessions).toHaveLength(1);
  });
});

describe('Universal Analytics', () => {
  // Rule: "500 hits per session … hits beyond the limit are not processed"
  // (developers.google.com/analytics/devguides/collection/analyticsjs/limits-quotas).
  it('drops hit 501 and later instead of starting a new session', () => {
    const log = Array.from({ length: 502 }, (_, k) => pv(T0 + k * S, `/p/${k}/`));
    const ua = replay(log, 'ua');
    expect(ua.sessions).toHaveLength(1);
    expect(ua.heard[499]?.dropped).toBeUndefined();
    expect(ua.heard[500]).toMatchObject({ name: 'pageview', session: 1, dropped: true });
    expect(ua.heard[501]?.dropped).toBe(true);
    expect(ua.metrics.pageViews.value).toBe(500);
    expect(ua.sessions[0]?.lastHit).toBe(T0 + 499 * S);
  });

  // Rule: a new UA session starts when a visitor arrives from another referring site (support.google.com/analytics/answer/2731565).
  it('starts a new session on a new referring site, but not on a direct return', () => {
    const log = [pv(T0), pv(T0 + 5 * MIN, '/', { referrer: 'news.example' }), pv(T0 + 10 * MIN), pv(T0 + 12 * MIN, '/', { referrer: 'news.example' })];
    const ua = replay(log, 'ua');
    expect(ua.sessions.map((s) => [(s.start - T0) / MIN, s.endReason])).toEqual([
      [0, 'campaign'],
      [5, null],
    ]);
    expect(replay(log, 'ga4').sessions).toHaveLength(1);
    // Matomo's new-visit-on-referrer setting is off by default (matomo.org/faq/how-to/faq_19616/).
    expect(replay(log, 'matomo').sessions).toHaveLength(1);
  });

  // Rule: any change of source, medium, campaign, term, content or gclid starts a new UA session (answer/2731565).
  it('starts a new session when only the campaign term changes', () => {
    const campaign = { source: 'newsletter', medium: 'email', campaign: 'spring' };
    const log = [pv(T0, '/', { campaign }), pv(T0 + MIN, '/', { campaign }), pv(T0 + 2 * MIN, '/', { campaign: { ...campaign, term: 'bounce' } })];
    expect(replay(log, 'ua').sessions).toHaveLength(2);
    expect(replay(log, 'matomo').sessions).toHaveLength(2);
    expect(replay(log, 'adobe').sessions).toHaveLength(1);
  });
});

describe('Adobe Analytics timeout', () => {
  // Rule: on a standard report suite the visit timeout can only be shortened below 30 minutes
  // (experienceleague.adobe.com/docs/analytics/components/metrics/visits.html).
  it('clamps a longer timeout to 30 minutes and keeps a shorter one', () => {
    expect(replay([], 'adobe', { timeoutMs: 45 * MIN }).rules.timeoutMs).toBe(30 * MIN);
    expect(replay([], 'adobe', { timeoutMs: 10 * MIN }).rules.timeoutMs).toBe(10 * MIN);
    const log = [pv(T0), pv(T0 + 20 * MIN)];
    expect(replay(log, 'adobe', { timeoutMs: 10 * MIN }).sessions).toHaveLength(2);
    expect(replay(log, 'adobe', { timeoutMs: 45 * MIN }).sessions).toHaveLength(1);
  });

  // Rule: AppMeasurement tracks exit and download links automatically; internal clicks send nothing.
  it('hears exit and download links but not internal clicks', () => {
    const log: RawActivity[] = [pv(T0), { t: T0 + S, kind: 'click', target: 'internal' }, { t: T0 + 2 * S, kind: 'click', target: 'outbound' }, { t: T0 + 3 * S, kind: 'click', target: 'download' }];
    const adobe = replay(log, 'adobe');
    expect(adobe.heard.map((h) => h.name)).toEqual(['page view', 'exit link', 'download link']);
    expect(adobe.ignored).toEqual({ click: 1 });
    // A page view plus an exit link is not a bounce (experienceleague.adobe.com/docs/analytics/components/metrics/bounces.html).
    expect(adobe.metrics.bounce).toMatchObject({ name: 'Bounces', value: 0 });
  });
});

describe('GA4 hits', () => {
  // Rule: scroll is sent the first time a reader reaches 90 % depth on each page (answer/9216061).
  it('sends scroll once per page at 90 %, again on the next page', () => {
    const log: RawActivity[] = [
      pv(T0),
      { t: T0 + S, kind: 'scroll', depth: 90 },
      { t: T0 + 2 * S, kind: 'scroll', depth: 100 },
      pv(T0 + 3 * S, '/glossary/'),
      { t: T0 + 4 * S, kind: 'scroll', depth: 90 },
    ];
    expect(replay(log, 'ga4').heard.map((h) => h.name)).toEqual(['page_view', 'scroll', 'page_view', 'scroll']);
  });

  // Rule: site search sends view_search_results when the URL carries a search parameter; outbound clicks send click (answer/9216061).
  it('sends view_search_results for a search page and click only for outbound links', () => {
    const log: RawActivity[] = [pv(T0, '/search/', { search: 'bounce' }), { t: T0 + S, kind: 'click', target: 'outbound' }, { t: T0 + 2 * S, kind: 'click', target: 'internal' }];
    const ga4 = replay(log, 'ga4');
    expect(ga4.heard.map((h) => [h.name, h.params])).toEqual([
      ['page_view', { page: '/search/' }],
      ['view_search_results', { search_term: 'bounce' }],
      ['click', { outbound: true }],
    ]);
  });

  // Rule: form interactions are off by default (formInteractionsEnabled "Default is false",
  // developers.google.com/analytics/devguides/config/admin/v1/rest/v1alpha/EnhancedMeasurementSettings).
  it('ignores the search form by default', () => {
    const ga4 = replay([pv(T0), { t: T0 + S, kind: 'form_start' }, { t: T0 + 2 * S, kind: 'form_submit' }], 'ga4');
    expect(ga4.ignored).toEqual({ form_start: 1, form_submit: 1 });
  });

  // Rule: a session with a key event is engaged (support.google.com/analytics/answer/9191807).
  it('counts a key event towards engaged sessions', () => {
    const ga4 = replay([pv(T0), { t: T0 + S, kind: 'custom_event', name: 'sign_up', key: true }], 'ga4');
    expect(ga4.heard[1]).toMatchObject({ name: 'sign_up', params: { key_event: true } });
    expect(ga4.metrics.engagedSessions.value).toBe(1);
    expect(ga4.metrics.engagementRate.value).toBe(1);
    expect(ga4.metrics.bounce.value).toBe(0);
  });
});

describe('Matomo heartbeat', () => {
  // Rule: enableHeartBeatTimer (off by default) pings when the reader leaves a tab they were active in for 15 s or more
  // (developer.matomo.org/guides/tracking-javascript-guide).
  it('pings only when switched on, and a ping keeps the visit alive but is not an action', () => {
    const log: RawActivity[] = [pv(T0), { t: T0, kind: 'visible' }, { t: T0 + 20 * MIN, kind: 'hidden' }, { t: T0 + 21 * MIN, kind: 'visible' }, pv(T0 + 45 * MIN, '/glossary/')];
    expect(replay(log, 'matomo').sessions).toHaveLength(2);
    const on = replay(log, 'matomo', { toggles: { heartbeat: true } });
    // The second ping is leaving the first page after 24 more minutes of activity.
    expect(on.heard.map((h) => [h.name, (h.t - T0) / MIN])).toEqual([['pageview', 0], ['ping', 20], ['ping', 45], ['pageview', 45]]);
    expect(on.heard[1]?.params).toEqual({ active_ms: 20 * MIN });
    expect(on.sessions).toHaveLength(1);
    const onePage = replay([pv(T0), { t: T0, kind: 'visible' }, { t: T0 + MIN, kind: 'hidden' }], 'matomo', { toggles: { heartbeat: true } });
    expect(onePage.heard.map((h) => h.name)).toEqual(['pageview', 'ping']);
    expect(onePage.metrics.bounce.value).toBe(1);
  });
});

describe('metrics under each tool’s own names', () => {
  it('reports engaged sessions for GA4 only, and says why the others have none', () => {
    for (const result of replayAll([pv(T0)])) {
      if (result.toolId === 'ga4') expect(result.metrics.engagedSessions.name).toBe('Engaged sessions');
      else expect(result.metrics.engagedSessions).toMatchObject({ name: null, value: null, explanation: expect.stringContaining('no engaged-session metric') });
    }
    const names = Object.fromEntries(replayAll([pv(T0)]).map((r) => [r.toolId, r.metrics.sessions.name]));
    expect(names).toEqual({ ga4: 'Sessions', ua: 'Sessions', adobe: 'Visits', mixpanel: 'Sessions', matomo: 'Visits', posthog: 'Sessions' });
  });

  it('has no bounce metric for Mixpanel', () => {
    expect(replay([pv(T0)], 'mixpanel').metrics.bounce.value).toBeNull();
  });

  // Rule: PostHog bounce = one pageview, no autocapture, under 10 seconds (posthog.com/docs/web-analytics/dashboard).
  it('applies PostHog’s bounce rule', () => {
    expect(replay([pv(T0)], 'posthog').metrics.bounce.value).toBe(1);
    expect(replay([pv(T0), { t: T0 + S, kind: 'click', target: 'internal' }], 'posthog').metrics.bounce.value).toBe(0);
  });
});

describe('replay API', () => {
  it('settles a lapsed session with now and reports the countdown of an open one', () => {
    const open = replay([pv(T0)], 'ga4', { now: T0 + 10 * MIN });
    expect(open.live).toEqual({ expiresAt: T0 + 30 * MIN, remainingMs: 20 * MIN, expired: false, reason: 'inactivity' });
    const lapsed = replay([pv(T0)], 'ga4', { now: T0 + 31 * MIN });
    expect(lapsed.sessions[0]).toMatchObject({ end: T0 + 30 * MIN, endReason: 'inactivity' });
  });

  it('refuses an unknown tool and lists every tool with a source on every rule', () => {
    expect(() => replay([], 'plausible')).toThrow(RangeError);
    for (const tool of TOOLS) for (const rule of tool.mapping) expect(rule.source.url).toMatch(/^https:\/\//);
  });
});
