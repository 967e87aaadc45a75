/**
 * Which of the reader's raw activity reaches each analytics tool, as data: one rule per hit a tool
 * sends with its default set-up, each next to the vendor document that says so. Where a default is
 * uncertain the rule carries `assumption`, and the demo shows it as one.
 * replay.ts runs these rules; the engine then cuts each tool's own hit stream into sessions.
 */
import type { CampaignValues, RawActivity, RawKind } from './raw-activity';
import { presetById, type SessionRules } from './rules';

export interface Source {
  title: string;
  url: string;
}

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

export interface HitRule {
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
  /** One short line for the reader: when the hit is sent. */
  what: string;
  source: Source;
  /** Set when the vendor's documentation did not confirm this default; says what we assumed. */
  assumption?: string;
}

export interface Toggle {
  id: ToggleId;
  label: string;
  /** The vendor's default. */
  default: boolean;
  note: string;
  source: Source;
  assumption?: string;
}

export interface Tool {
  id: ToolId;
  name: string;
  /** The tool's own word for a session. */
  sessionWord: 'session' | 'visit';
  rules: SessionRules;
  /** The set-up the mapping describes, in one sentence. */
  setup: string;
  setupAssumption?: string;
  mapping: readonly HitRule[];
  toggles: readonly Toggle[];
  /**
   * The traffic source a page view carries, for tools that start a new session when it changes;
   * undefined means "direct", which keeps the previous one.
   */
  trafficSource?: (pageView: Extract<RawActivity, { kind: 'page_view' }>) => string | undefined;
}

function rulesFor(id: string): SessionRules {
  const rules = presetById(id);
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
const GA4_ENHANCED: Source = { title: 'Google Analytics Help: [GA4] Enhanced measurement events', url: 'https://support.google.com/analytics/answer/9216061' };
// Engagement time and user_engagement: https://support.google.com/analytics/answer/11109416
const GA4_ENGAGEMENT: Source = { title: 'Google Analytics Help: [GA4] User engagement', url: 'https://support.google.com/analytics/answer/11109416' };
// Key events and engaged sessions: https://support.google.com/analytics/answer/9191807
const GA4_SESSIONS: Source = { title: 'Google Analytics Help: [GA4] About Analytics sessions', url: 'https://support.google.com/analytics/answer/9191807' };

const GA4: Tool = {
  id: 'ga4',
  name: 'Google Analytics 4',
  sessionWord: 'session',
  rules: rulesFor('ga4'),
  setup: 'gtag.js with enhanced measurement as a new web stream has it: page views, scrolls, outbound clicks, site search and file downloads; form interactions off.',
  mapping: [
    { on: ['page_view'], hit: 'page_view', params: pathOf, counts: 'pageview', what: 'every page load', source: GA4_ENHANCED },
    {
      on: ['page_view'],
      hit: 'view_search_results',
      // Default query parameters: q, s, search, query, keyword.
      when: (a) => isPageView(a) && a.search !== undefined,
      params: (a) => ({ search_term: isPageView(a) ? (a.search ?? '') : '' }),
      counts: 'event',
      what: 'a search results page (a URL with ?q=)',
      source: GA4_ENHANCED,
    },
    {
      on: ['scroll'],
      hit: 'scroll',
      // "The first time a user reaches the bottom of each page", i.e. 90 % vertical depth.
      when: (a) => a.kind === 'scroll' && a.depth >= 90,
      oncePerPage: true,
      params: (_a, page) => ({ percent_scrolled: 90, engagement_time_msec: Math.round(page.visibleMsSinceLastHit) }),
      counts: 'event',
      what: 'once per page, at 90 % depth',
      source: GA4_ENHANCED,
    },
    { on: ['click'], hit: 'click', when: clickTo('outbound'), params: () => ({ outbound: true }), counts: 'event', what: 'outbound links only', source: GA4_ENHANCED },
    { on: ['click'], hit: 'file_download', when: clickTo('download'), counts: 'event', what: 'links to documents and other files', source: GA4_ENHANCED },
    {
      on: ['hidden', 'page_leave'],
      hit: 'user_engagement',
      // Sent when the page loses focus or is left, carrying the engaged time; omitted when there was none.
      when: (_a, page) => page.visibleMsSinceLastHit > 0,
      params: (_a, page) => ({ engagement_time_msec: Math.round(page.visibleMsSinceLastHit) }),
      counts: 'event',
      what: 'when the page is hidden or left, with the engagement time since the last hit',
      source: GA4_ENGAGEMENT,
    },
    {
      on: ['custom_event'],
      hit: customName,
      params: (a) => (a.kind === 'custom_event' && a.key ? { key_event: true } : {}),
      counts: (a) => (a.kind === 'custom_event' && a.key ? 'key-event' : 'event'),
      what: 'events the site sends itself (a key event marks the session engaged)',
      source: GA4_SESSIONS,
    },
  ],
  toggles: [],
};

// ── Universal Analytics (historic) ─────────────────────────────────────────────────────────────
const UA_SESSION: Source = { title: 'Google Analytics Help: [UA] How a web session is defined in Universal Analytics', url: 'https://support.google.com/analytics/answer/2731565' };
// Events existed only when a site sent them with code: https://developers.google.com/analytics/devguides/collection/analyticsjs/events
const UA_EVENTS: Source = { title: 'analytics.js: Event tracking', url: 'https://developers.google.com/analytics/devguides/collection/analyticsjs/events' };

const UA: Tool = {
  id: 'ua',
  name: 'Universal Analytics (historic)',
  sessionWord: 'session',
  rules: rulesFor('ua'),
  setup: 'The standard analytics.js snippet: one pageview hit per page; events only where a site added code for them.',
  mapping: [
    { on: ['page_view'], hit: 'pageview', params: pathOf, counts: 'pageview', what: 'every page load', source: UA_SESSION },
    { on: ['custom_event'], hit: 'event', params: (a) => ({ action: customName(a) }), counts: 'event', what: 'only events the site sends with code', source: UA_EVENTS },
  ],
  toggles: [],
  // A campaign is any of the six values; arriving from another site is a referral, a new source too.
  trafficSource: (pv) => (pv.campaign ? `campaign:${campaignKey(pv.campaign)}` : pv.referrer ? `referral:${pv.referrer}` : undefined),
};

// ── Adobe Analytics ─────────────────────────────────────────────────────────────────────────────
// https://experienceleague.adobe.com/docs/analytics/implementation/vars/config-vars/trackexternallinks.html
const ADOBE_EXIT: Source = { title: 'Adobe Analytics: trackExternalLinks', url: 'https://experienceleague.adobe.com/docs/analytics/implementation/vars/config-vars/trackexternallinks.html' };
// https://experienceleague.adobe.com/docs/analytics/implementation/vars/config-vars/trackdownloadlinks.html
const ADOBE_DOWNLOAD: Source = { title: 'Adobe Analytics: trackDownloadLinks', url: 'https://experienceleague.adobe.com/docs/analytics/implementation/vars/config-vars/trackdownloadlinks.html' };
// https://experienceleague.adobe.com/docs/analytics/implementation/vars/functions/t-method.html
const ADOBE_T: Source = { title: 'Adobe Analytics: t() method', url: 'https://experienceleague.adobe.com/docs/analytics/implementation/vars/functions/t-method.html' };
// https://experienceleague.adobe.com/docs/analytics/implementation/vars/functions/tl-method.html
const ADOBE_TL: Source = { title: 'Adobe Analytics: tl() method', url: 'https://experienceleague.adobe.com/docs/analytics/implementation/vars/functions/tl-method.html' };

const ADOBE: Tool = {
  id: 'adobe',
  name: 'Adobe Analytics',
  sessionWord: 'visit',
  rules: rulesFor('adobe'),
  setup: 'AppMeasurement with s.t() on every page and its automatic exit and download link tracking.',
  mapping: [
    { on: ['page_view'], hit: 'page view', params: pathOf, counts: 'pageview', what: 's.t() on every page', source: ADOBE_T },
    { on: ['click'], hit: 'exit link', when: clickTo('outbound'), params: () => ({ link_type: 'e' }), counts: 'event', what: 'links to other sites (automatic)', source: ADOBE_EXIT,
      assumption: 'Adobe documents automatic link tracking as something an implementation enables; we assume it is on, as in the usual set-up.',
    },
    { on: ['click'], hit: 'download link', when: clickTo('download'), params: () => ({ link_type: 'd' }), counts: 'event', what: 'links to files (automatic)', source: ADOBE_DOWNLOAD,
      assumption: 'Adobe documents automatic link tracking as something an implementation enables; we assume it is on, as in the usual set-up.',
    },
    { on: ['custom_event'], hit: 'custom link', params: (a) => ({ link_type: 'o', name: customName(a) }), counts: 'event', what: 'events the site sends with s.tl()', source: ADOBE_TL },
  ],
  toggles: [],
};

// ── Mixpanel ────────────────────────────────────────────────────────────────────────────────────
// https://docs.mixpanel.com/docs/tracking-methods/autocapture
const MIXPANEL_AUTO: Source = { title: 'Mixpanel Docs: Autocapture', url: 'https://docs.mixpanel.com/docs/tracking-methods/autocapture' };

const MIXPANEL: Tool = {
  id: 'mixpanel',
  name: 'Mixpanel',
  sessionWord: 'session',
  rules: rulesFor('mixpanel'),
  setup: 'The JavaScript SDK with autocapture switched on (autocapture: true) and its default options.',
  setupAssumption: 'Autocapture is off unless a site enables it; we assume it is on, since that is the set-up Mixpanel recommends for web.',
  mapping: [
    { on: ['page_view'], hit: '$mp_web_page_view', params: pathOf, counts: 'pageview', what: 'every page load', source: MIXPANEL_AUTO },
    {
      on: ['click'],
      hit: '$mp_click',
      when: clickTo('internal', 'outbound', 'download'),
      params: weight,
      counts: 'event',
      what: 'clicks on links and buttons',
      source: MIXPANEL_AUTO,
      assumption: 'We assume clicks on plain text (not a link or button) are not captured.',
    },
    {
      on: ['scroll'],
      hit: '$mp_scroll',
      params: (a) => ({ scroll_percentage: a.kind === 'scroll' ? a.depth : 0 }),
      counts: 'event',
      what: 'page scrolls',
      source: MIXPANEL_AUTO,
      assumption: 'How often a scroll is sent differs between SDK versions; we send one per depth milestone.',
    },
    { on: ['form_submit'], hit: '$mp_submit', counts: 'event', what: 'form submissions', source: MIXPANEL_AUTO },
    { on: ['custom_event'], hit: customName, counts: 'event', what: 'events the site tracks itself', source: MIXPANEL_AUTO },
  ],
  toggles: [],
};

// ── Matomo ──────────────────────────────────────────────────────────────────────────────────────
// The default tracking code calls trackPageView and enableLinkTracking:
// https://developer.matomo.org/guides/tracking-javascript-guide
const MATOMO_JS: Source = { title: 'Matomo: JavaScript tracking client guide', url: 'https://developer.matomo.org/guides/tracking-javascript-guide' };
// https://matomo.org/faq/reports/tracking-site-search-keywords/
const MATOMO_SEARCH: Source = { title: 'Matomo FAQ: Tracking site search keywords', url: 'https://matomo.org/faq/reports/tracking-site-search-keywords/' };

const MATOMO: Tool = {
  id: 'matomo',
  name: 'Matomo',
  sessionWord: 'visit',
  rules: rulesFor('matomo'),
  setup: 'The default tracking code: page views plus automatic outlink and download tracking; heartbeat timer off.',
  mapping: [
    { on: ['page_view'], hit: 'pageview', when: (a) => isPageView(a) && a.search === undefined, params: pathOf, counts: 'pageview', what: 'every page load', source: MATOMO_JS },
    {
      on: ['page_view'],
      hit: 'site search',
      when: (a) => isPageView(a) && a.search !== undefined,
      params: (a) => ({ keyword: isPageView(a) ? (a.search ?? '') : '' }),
      counts: 'pageview',
      what: 'a search results page is recorded as a site search instead of a page view',
      source: MATOMO_SEARCH,
      assumption: 'We assume the default search parameters (q among them) are detected without set-up.',
    },
    { on: ['click'], hit: 'outlink', when: clickTo('outbound'), counts: 'event', what: 'links to other sites', source: MATOMO_JS },
    { on: ['click'], hit: 'download', when: clickTo('download'), counts: 'event', what: 'links to files', source: MATOMO_JS },
    {
      on: ['hidden', 'page_leave'],
      hit: 'ping',
      toggle: 'heartbeat',
      when: (_a, page) => page.visibleMsSinceLastHit >= 15_000,
      params: (_a, page) => ({ active_ms: Math.round(page.visibleMsSinceLastHit) }),
      counts: 'event',
      what: 'with the heartbeat timer on: when the tab is left after at least 15 s of activity',
      source: MATOMO_JS,
    },
    { on: ['custom_event'], hit: 'event', params: (a) => ({ action: customName(a) }), counts: 'event', what: 'events the site tracks itself', source: MATOMO_JS },
  ],
  toggles: [
    {
      id: 'heartbeat',
      label: 'Heartbeat timer',
      default: false,
      note: 'enableHeartBeatTimer() sends a ping when the reader leaves a tab they were active in for at least 15 seconds, so the last page gets a time.',
      source: MATOMO_JS,
    },
  ],
  // A new visit on a new campaign (default on); a new referrer only when configured (default off).
  // https://matomo.org/faq/how-to/faq_19616/
  trafficSource: (pv) => (pv.campaign ? `campaign:${campaignKey(pv.campaign)}` : undefined),
};

// ── PostHog ─────────────────────────────────────────────────────────────────────────────────────
// https://posthog.com/docs/product-analytics/autocapture
const POSTHOG_AUTO: Source = { title: 'PostHog Docs: Autocapture', url: 'https://posthog.com/docs/product-analytics/autocapture' };
// Replay activity counts as session activity: https://posthog.com/docs/data/sessions
const POSTHOG_SESSIONS: Source = { title: 'PostHog Docs: Sessions', url: 'https://posthog.com/docs/data/sessions' };

const POSTHOG: Tool = {
  id: 'posthog',
  name: 'PostHog',
  sessionWord: 'session',
  rules: rulesFor('posthog'),
  setup: 'posthog-js with its defaults: page views, page leaves and autocapture of clicks and form submissions; session replay if the project turns it on.',
  mapping: [
    { on: ['page_view'], hit: '$pageview', params: pathOf, counts: 'pageview', what: 'every page load', source: POSTHOG_AUTO },
    { on: ['page_leave'], hit: '$pageleave', params: (_a, page) => ({ page: page.path }), counts: 'event', what: 'when a page is left', source: POSTHOG_AUTO },
    {
      on: ['click'],
      hit: '$autocapture',
      when: clickTo('internal', 'outbound', 'download'),
      params: (a) => ({ event_type: 'click', ...weight(a) }),
      counts: 'event',
      what: 'clicks on links and buttons',
      source: POSTHOG_AUTO,
    },
    { on: ['form_submit'], hit: '$autocapture', params: () => ({ event_type: 'submit' }), counts: 'event', what: 'form submissions', source: POSTHOG_AUTO },
    {
      on: ['click', 'key', 'scroll'],
      hit: '$snapshot',
      toggle: 'replay',
      params: (a) => ({ replay: a.kind, ...weight(a) }),
      counts: 'event',
      what: 'with session replay on: every click, key press and scroll is recorded and keeps the session alive',
      source: POSTHOG_SESSIONS,
    },
    { on: ['custom_event'], hit: customName, counts: 'event', what: 'events the site captures itself', source: POSTHOG_AUTO },
  ],
  toggles: [
    {
      id: 'replay',
      label: 'Session replay',
      default: false,
      note: 'With replay on, mouse, scroll and key activity recorded for replay counts as activity, so reading and scrolling alone keep a session alive.',
      source: POSTHOG_SESSIONS,
      assumption: 'Replay is a project setting; we assume it starts off.',
    },
  ],
};

/** Shown in this order; ids are stable (scenario files and tests use them). */
export const TOOLS: readonly Tool[] = Object.freeze([GA4, UA, ADOBE, MIXPANEL, MATOMO, POSTHOG]);

export function toolById(id: string): Tool | undefined {
  return TOOLS.find((tool) => tool.id === id);
}

export function defaultToggles(tool: Tool): Partial<Record<ToggleId, boolean>> {
  return Object.fromEntries(tool.toggles.map((t) => [t.id, t.default]));
}
