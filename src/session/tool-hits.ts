/**
 * Which of the reader's raw activity reaches each analytics tool, as data: one rule per hit a tool
 * sends with its default set-up, each next to the vendor document that says so. This file holds only
 * what replay needs, so the live demo's browser bundle carries no reader-facing prose; the words a
 * reader sees for each rule (what it does, its source, any assumption) are in tools.ts, in the same
 * order, and the page renders them at build time.
 * replay.ts runs these rules; the engine then cuts each tool's own hit stream into sessions.
 */
import type { CampaignValues, RawActivity, RawKind } from './raw-activity';
import { limitsById, type SessionLimits } from './session-limits';

export type HitParamValue = string | number | boolean;
export type HitParams = Readonly<Record<string, HitParamValue>>;
export type ToolId = 'ga4' | 'ua' | 'adobe' | 'mixpanel' | 'matomo' | 'posthog';
export type ToggleId = 'heartbeat' | 'replay';

/** A raw activity kind, or leaving a page (inferred when the next page view arrives). */
export type Trigger = RawKind | 'page_leave';

/** What the reader's current page has accumulated, as a rule sees it. */
export interface PageState {
  path: string;
  /** Visible-and-focused time on this page since this tool last received a hit. */
  visibleMsSinceLastHit: number;
}

/** How the session engine counts a hit: GA4's engagement rules tell page views and key events apart. */
export type HitCounts = 'pageview' | 'key-event' | 'event';

export interface HitMapping {
  on: readonly Trigger[];
  /** The hit's name as the tool reports it (event name or hit type). */
  hit: string | ((activity: RawActivity) => string);
  /** Sent only when this holds. */
  when?: (activity: RawActivity, page: PageState) => boolean;
  params?: (activity: RawActivity, page: PageState) => HitParams;
  counts: HitCounts | ((activity: RawActivity) => HitCounts);
  /** At most one such hit per page view. */
  oncePerPage?: boolean;
  /** Only while this toggle is on. */
  toggle?: ToggleId;
}

export interface ToggleDefault {
  id: ToggleId;
  /** The vendor's default. */
  default: boolean;
}

export interface ToolHits {
  id: ToolId;
  name: string;
  /** The tool's own word for a session. */
  sessionWord: 'session' | 'visit';
  rules: SessionLimits;
  mapping: readonly HitMapping[];
  toggles: readonly ToggleDefault[];
  /**
   * The traffic source a page view carries, for tools that start a new session when it changes;
   * undefined means "direct", which keeps the previous one.
   */
  trafficSource?: (pageView: Extract<RawActivity, { kind: 'page_view' }>) => string | undefined;
}

function rulesFor(id: string): SessionLimits {
  const rules = limitsById(id);
  if (!rules) throw new Error(`No session rules for ${id}`);
  return rules;
}

const isPageView = (a: RawActivity): a is Extract<RawActivity, { kind: 'page_view' }> => a.kind === 'page_view';
const clickTo =
  (...targets: string[]) =>
  (a: RawActivity): boolean =>
    a.kind === 'click' && targets.includes(a.target);
const pathOf = (a: RawActivity, page: PageState): HitParams => ({ page: isPageView(a) ? a.path : page.path });
const weight = (a: RawActivity): HitParams => ((a.kind === 'click' || a.kind === 'key') && a.n && a.n > 1 ? { count: a.n } : {});
const customName = (a: RawActivity): string => (a.kind === 'custom_event' ? a.name : 'event');

function campaignKey(values: CampaignValues): string {
  return ['source', 'medium', 'campaign', 'term', 'content', 'gclid'].map((k) => values[k as keyof CampaignValues] ?? '').join('|');
}

// ── Google Analytics 4 ──────────────────────────────────────────────────────────────────────────
// Enhanced measurement (on by default for a web stream): https://support.google.com/analytics/answer/9216061
// Engagement time and user_engagement: https://support.google.com/analytics/answer/11109416
// Key events and engaged sessions: https://support.google.com/analytics/answer/9191807
const GA4: ToolHits = {
  id: 'ga4',
  name: 'Google Analytics 4',
  sessionWord: 'session',
  rules: rulesFor('ga4'),
  mapping: [
    // Enhanced measurement: every page load.
    { on: ['page_view'], hit: 'page_view', params: pathOf, counts: 'pageview' },
    {
      on: ['page_view'],
      hit: 'view_search_results',
      // Enhanced measurement; default query parameters: q, s, search, query, keyword.
      when: (a) => isPageView(a) && a.search !== undefined,
      params: (a) => ({ search_term: isPageView(a) ? (a.search ?? '') : '' }),
      counts: 'event',
    },
    {
      on: ['scroll'],
      hit: 'scroll',
      // Enhanced measurement: "the first time a user reaches the bottom of each page", i.e. 90 % vertical depth.
      when: (a) => a.kind === 'scroll' && a.depth >= 90,
      oncePerPage: true,
      params: (_a, page) => ({ percent_scrolled: 90, engagement_time_msec: Math.round(page.visibleMsSinceLastHit) }),
      counts: 'event',
    },
    // Enhanced measurement: outbound links only, and file downloads.
    { on: ['click'], hit: 'click', when: clickTo('outbound'), params: () => ({ outbound: true }), counts: 'event' },
    { on: ['click'], hit: 'file_download', when: clickTo('download'), counts: 'event' },
    {
      on: ['hidden', 'page_leave'],
      hit: 'user_engagement',
      // User engagement: sent when the page loses focus or is left, carrying the engaged time; omitted when there was none.
      when: (_a, page) => page.visibleMsSinceLastHit > 0,
      params: (_a, page) => ({ engagement_time_msec: Math.round(page.visibleMsSinceLastHit) }),
      counts: 'event',
    },
    {
      // About sessions: a key event marks the session engaged.
      on: ['custom_event'],
      hit: customName,
      params: (a) => (a.kind === 'custom_event' && a.key ? { key_event: true } : {}),
      counts: (a) => (a.kind === 'custom_event' && a.key ? 'key-event' : 'event'),
    },
  ],
  toggles: [],
};

// ── Universal Analytics (historic) ─────────────────────────────────────────────────────────────
// Sessions: https://support.google.com/analytics/answer/2731565
// Events existed only when a site sent them with code: https://developers.google.com/analytics/devguides/collection/analyticsjs/events
const UA: ToolHits = {
  id: 'ua',
  name: 'Universal Analytics (historic)',
  sessionWord: 'session',
  rules: rulesFor('ua'),
  mapping: [
    { on: ['page_view'], hit: 'pageview', params: pathOf, counts: 'pageview' },
    { on: ['custom_event'], hit: 'event', params: (a) => ({ action: customName(a) }), counts: 'event' },
  ],
  toggles: [],
  // A campaign is any of the six values; arriving from another site is a referral, a new source too.
  trafficSource: (pv) => (pv.campaign ? `campaign:${campaignKey(pv.campaign)}` : pv.referrer ? `referral:${pv.referrer}` : undefined),
};

// ── Adobe Analytics ─────────────────────────────────────────────────────────────────────────────
// https://experienceleague.adobe.com/docs/analytics/implementation/vars/functions/t-method.html
// https://experienceleague.adobe.com/docs/analytics/implementation/vars/config-vars/trackexternallinks.html
// https://experienceleague.adobe.com/docs/analytics/implementation/vars/config-vars/trackdownloadlinks.html
// https://experienceleague.adobe.com/docs/analytics/implementation/vars/functions/tl-method.html
const ADOBE: ToolHits = {
  id: 'adobe',
  name: 'Adobe Analytics',
  sessionWord: 'visit',
  rules: rulesFor('adobe'),
  mapping: [
    // s.t() on every page.
    { on: ['page_view'], hit: 'page view', params: pathOf, counts: 'pageview' },
    // Automatic exit and download link tracking (assumed on, as in the usual set-up).
    { on: ['click'], hit: 'exit link', when: clickTo('outbound'), params: () => ({ link_type: 'e' }), counts: 'event' },
    { on: ['click'], hit: 'download link', when: clickTo('download'), params: () => ({ link_type: 'd' }), counts: 'event' },
    // s.tl() for events the site sends itself.
    { on: ['custom_event'], hit: 'custom link', params: (a) => ({ link_type: 'o', name: customName(a) }), counts: 'event' },
  ],
  toggles: [],
};

// ── Mixpanel ────────────────────────────────────────────────────────────────────────────────────
// Autocapture (assumed on): https://docs.mixpanel.com/docs/tracking-methods/autocapture
const MIXPANEL: ToolHits = {
  id: 'mixpanel',
  name: 'Mixpanel',
  sessionWord: 'session',
  rules: rulesFor('mixpanel'),
  mapping: [
    { on: ['page_view'], hit: '$mp_web_page_view', params: pathOf, counts: 'pageview' },
    // Links and buttons; clicks on plain text assumed not captured.
    { on: ['click'], hit: '$mp_click', when: clickTo('internal', 'outbound', 'download'), params: weight, counts: 'event' },
    // One per depth milestone (an assumption: SDK versions differ).
    { on: ['scroll'], hit: '$mp_scroll', params: (a) => ({ scroll_percentage: a.kind === 'scroll' ? a.depth : 0 }), counts: 'event' },
    { on: ['form_submit'], hit: '$mp_submit', counts: 'event' },
    { on: ['custom_event'], hit: customName, counts: 'event' },
  ],
  toggles: [],
};

// ── Matomo ──────────────────────────────────────────────────────────────────────────────────────
// The default tracking code calls trackPageView and enableLinkTracking:
// https://developer.matomo.org/guides/tracking-javascript-guide
// Site search: https://matomo.org/faq/reports/tracking-site-search-keywords/
const MATOMO: ToolHits = {
  id: 'matomo',
  name: 'Matomo',
  sessionWord: 'visit',
  rules: rulesFor('matomo'),
  mapping: [
    { on: ['page_view'], hit: 'pageview', when: (a) => isPageView(a) && a.search === undefined, params: pathOf, counts: 'pageview' },
    {
      on: ['page_view'],
      hit: 'site search',
      when: (a) => isPageView(a) && a.search !== undefined,
      params: (a) => ({ keyword: isPageView(a) ? (a.search ?? '') : '' }),
      counts: 'pageview',
    },
    { on: ['click'], hit: 'outlink', when: clickTo('outbound'), counts: 'event' },
    { on: ['click'], hit: 'download', when: clickTo('download'), counts: 'event' },
    {
      // enableHeartBeatTimer(): a ping when the tab is left after at least 15 s of activity.
      on: ['hidden', 'page_leave'],
      hit: 'ping',
      toggle: 'heartbeat',
      when: (_a, page) => page.visibleMsSinceLastHit >= 15_000,
      params: (_a, page) => ({ active_ms: Math.round(page.visibleMsSinceLastHit) }),
      counts: 'event',
    },
    { on: ['custom_event'], hit: 'event', params: (a) => ({ action: customName(a) }), counts: 'event' },
  ],
  toggles: [{ id: 'heartbeat', default: false }],
  // A new visit on a new campaign (default on); a new referrer only when configured (default off).
  // https://matomo.org/faq/how-to/faq_19616/
  trafficSource: (pv) => (pv.campaign ? `campaign:${campaignKey(pv.campaign)}` : undefined),
};

// ── PostHog ─────────────────────────────────────────────────────────────────────────────────────
// https://posthog.com/docs/product-analytics/autocapture
// Replay activity counts as session activity: https://posthog.com/docs/data/sessions
const POSTHOG: ToolHits = {
  id: 'posthog',
  name: 'PostHog',
  sessionWord: 'session',
  rules: rulesFor('posthog'),
  mapping: [
    { on: ['page_view'], hit: '$pageview', params: pathOf, counts: 'pageview' },
    { on: ['page_leave'], hit: '$pageleave', params: (_a, page) => ({ page: page.path }), counts: 'event' },
    { on: ['click'], hit: '$autocapture', when: clickTo('internal', 'outbound', 'download'), params: (a) => ({ event_type: 'click', ...weight(a) }), counts: 'event' },
    { on: ['form_submit'], hit: '$autocapture', params: () => ({ event_type: 'submit' }), counts: 'event' },
    // With session replay on, every click, key press and scroll is recorded and keeps the session alive.
    { on: ['click', 'key', 'scroll'], hit: '$snapshot', toggle: 'replay', params: (a) => ({ replay: a.kind, ...weight(a) }), counts: 'event' },
    { on: ['custom_event'], hit: customName, counts: 'event' },
  ],
  // Replay is a project setting, assumed off.
  toggles: [{ id: 'replay', default: false }],
};

/** Shown in this order; ids are stable (scenario files and tests use them). */
export const TOOL_HITS: readonly ToolHits[] = Object.freeze([GA4, UA, ADOBE, MIXPANEL, MATOMO, POSTHOG]);

export function toolHitsById(id: string): ToolHits | undefined {
  return TOOL_HITS.find((tool) => tool.id === id);
}

export function defaultToggles(tool: Pick<ToolHits, 'toggles'>): Partial<Record<ToggleId, boolean>> {
  return Object.fromEntries(tool.toggles.map((t) => [t.id, t.default]));
}
