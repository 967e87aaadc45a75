/**
 * Each analytics tool as the reader meets it on the page: the hit rules replay runs (tool-hits.ts)
 * joined with the words beside them: what each hit is, the vendor document that says so, and, where
 * a default is uncertain, the `assumption` the page shows as one.
 * Build-time pages and tests use this; the live demo's browser code imports tool-hits.ts alone.
 */
import { presetById, type SessionRules } from './rules';
import { TOOL_HITS, type HitMapping, type ToggleDefault, type ToolHits, type ToolId } from './tool-hits';

export { defaultToggles } from './tool-hits';
export type { HitCounts, HitParams, HitParamValue, PageState, ToggleId, ToolId, Trigger } from './tool-hits';

export interface Source {
  title: string;
  url: string;
}

/** What the reader is told about one hit rule. */
interface RuleWords {
  /** One short line for the reader: when the hit is sent. */
  what: string;
  source: Source;
  /** Set when the vendor's documentation did not confirm this default; says what we assumed. */
  assumption?: string;
}

export interface HitRule extends HitMapping, RuleWords {}

export interface Toggle extends ToggleDefault {
  label: string;
  note: string;
  source: Source;
  assumption?: string;
}

export interface Tool extends ToolHits {
  rules: SessionRules;
  /** The set-up the mapping describes, in one sentence. */
  setup: string;
  setupAssumption?: string;
  mapping: readonly HitRule[];
  toggles: readonly Toggle[];
}

interface ToolWords {
  setup: string;
  setupAssumption?: string;
  /** One per hit rule, in tool-hits.ts order; `hit` names the rule it describes, so the two can be checked against each other. */
  mapping: readonly (RuleWords & { hit: string })[];
  toggles: readonly Omit<Toggle, 'default'>[];
}

// ── Google Analytics 4 ──────────────────────────────────────────────────────────────────────────
const GA4_ENHANCED: Source = { title: 'Google Analytics Help: [GA4] Enhanced measurement events', url: 'https://support.google.com/analytics/answer/9216061' };
const GA4_ENGAGEMENT: Source = { title: 'Google Analytics Help: [GA4] User engagement', url: 'https://support.google.com/analytics/answer/11109416' };
const GA4_SESSIONS: Source = { title: 'Google Analytics Help: [GA4] About Analytics sessions', url: 'https://support.google.com/analytics/answer/9191807' };

const GA4: ToolWords = {
  setup: 'gtag.js with enhanced measurement as a new web stream has it: page views, scrolls, outbound clicks, site search and file downloads; form interactions off.',
  mapping: [
    { hit: 'page_view', what: 'every page load', source: GA4_ENHANCED },
    { hit: 'view_search_results', what: 'a search results page (a URL with ?q=)', source: GA4_ENHANCED },
    { hit: 'scroll', what: 'once per page, at 90 % depth', source: GA4_ENHANCED },
    { hit: 'click', what: 'outbound links only', source: GA4_ENHANCED },
    { hit: 'file_download', what: 'links to documents and other files', source: GA4_ENHANCED },
    { hit: 'user_engagement', what: 'when the page is hidden or left, with the engagement time since the last hit', source: GA4_ENGAGEMENT },
    { hit: '', what: 'events the site sends itself (a key event marks the session engaged)', source: GA4_SESSIONS },
  ],
  toggles: [],
};

// ── Universal Analytics (historic) ─────────────────────────────────────────────────────────────
const UA_SESSION: Source = { title: 'Google Analytics Help: [UA] How a web session is defined in Universal Analytics', url: 'https://support.google.com/analytics/answer/2731565' };
const UA_EVENTS: Source = { title: 'analytics.js: Event tracking', url: 'https://developers.google.com/analytics/devguides/collection/analyticsjs/events' };

const UA: ToolWords = {
  setup: 'The standard analytics.js snippet: one pageview hit per page; events only where a site added code for them.',
  mapping: [
    { hit: 'pageview', what: 'every page load', source: UA_SESSION },
    { hit: 'event', what: 'only events the site sends with code', source: UA_EVENTS },
  ],
  toggles: [],
};

// ── Adobe Analytics ─────────────────────────────────────────────────────────────────────────────
const ADOBE_EXIT: Source = { title: 'Adobe Analytics: trackExternalLinks', url: 'https://experienceleague.adobe.com/docs/analytics/implementation/vars/config-vars/trackexternallinks.html' };
const ADOBE_DOWNLOAD: Source = { title: 'Adobe Analytics: trackDownloadLinks', url: 'https://experienceleague.adobe.com/docs/analytics/implementation/vars/config-vars/trackdownloadlinks.html' };
const ADOBE_T: Source = { title: 'Adobe Analytics: t() method', url: 'https://experienceleague.adobe.com/docs/analytics/implementation/vars/functions/t-method.html' };
const ADOBE_TL: Source = { title: 'Adobe Analytics: tl() method', url: 'https://experienceleague.adobe.com/docs/analytics/implementation/vars/functions/tl-method.html' };
const ADOBE_LINK_TRACKING = 'Adobe documents automatic link tracking as something an implementation enables; we assume it is on, as in the usual set-up.';

const ADOBE: ToolWords = {
  setup: 'AppMeasurement with s.t() on every page and its automatic exit and download link tracking.',
  mapping: [
    { hit: 'page view', what: 's.t() on every page', source: ADOBE_T },
    { hit: 'exit link', what: 'links to other sites (automatic)', source: ADOBE_EXIT, assumption: ADOBE_LINK_TRACKING },
    { hit: 'download link', what: 'links to files (automatic)', source: ADOBE_DOWNLOAD, assumption: ADOBE_LINK_TRACKING },
    { hit: 'custom link', what: 'events the site sends with s.tl()', source: ADOBE_TL },
  ],
  toggles: [],
};

// ── Mixpanel ────────────────────────────────────────────────────────────────────────────────────
const MIXPANEL_AUTO: Source = { title: 'Mixpanel Docs: Autocapture', url: 'https://docs.mixpanel.com/docs/tracking-methods/autocapture' };

const MIXPANEL: ToolWords = {
  setup: 'The JavaScript SDK with autocapture switched on (autocapture: true) and its default options.',
  setupAssumption: 'Autocapture is off unless a site enables it; we assume it is on, since that is the set-up Mixpanel recommends for web.',
  mapping: [
    { hit: '$mp_web_page_view', what: 'every page load', source: MIXPANEL_AUTO },
    { hit: '$mp_click', what: 'clicks on links and buttons', source: MIXPANEL_AUTO, assumption: 'We assume clicks on plain text (not a link or button) are not captured.' },
    { hit: '$mp_scroll', what: 'page scrolls', source: MIXPANEL_AUTO, assumption: 'How often a scroll is sent differs between SDK versions; we send one per depth milestone.' },
    { hit: '$mp_submit', what: 'form submissions', source: MIXPANEL_AUTO },
    { hit: '', what: 'events the site tracks itself', source: MIXPANEL_AUTO },
  ],
  toggles: [],
};

// ── Matomo ──────────────────────────────────────────────────────────────────────────────────────
const MATOMO_JS: Source = { title: 'Matomo: JavaScript tracking client guide', url: 'https://developer.matomo.org/guides/tracking-javascript-guide' };
const MATOMO_SEARCH: Source = { title: 'Matomo FAQ: Tracking site search keywords', url: 'https://matomo.org/faq/reports/tracking-site-search-keywords/' };

const MATOMO: ToolWords = {
  setup: 'The default tracking code: page views plus automatic outlink and download tracking; heartbeat timer off.',
  mapping: [
    { hit: 'pageview', what: 'every page load', source: MATOMO_JS },
    {
      hit: 'site search',
      what: 'a search results page is recorded as a site search instead of a page view',
      source: MATOMO_SEARCH,
      assumption: 'We assume the default search parameters (q among them) are detected without set-up.',
    },
    { hit: 'outlink', what: 'links to other sites', source: MATOMO_JS },
    { hit: 'download', what: 'links to files', source: MATOMO_JS },
    { hit: 'ping', what: 'with the heartbeat timer on: when the tab is left after at least 15 s of activity', source: MATOMO_JS },
    { hit: 'event', what: 'events the site tracks itself', source: MATOMO_JS },
  ],
  toggles: [
    {
      id: 'heartbeat',
      label: 'Heartbeat timer',
      note: 'enableHeartBeatTimer() sends a ping when the reader leaves a tab they were active in for at least 15 seconds, so the last page gets a time.',
      source: MATOMO_JS,
    },
  ],
};

// ── PostHog ─────────────────────────────────────────────────────────────────────────────────────
const POSTHOG_AUTO: Source = { title: 'PostHog Docs: Autocapture', url: 'https://posthog.com/docs/product-analytics/autocapture' };
const POSTHOG_SESSIONS: Source = { title: 'PostHog Docs: Sessions', url: 'https://posthog.com/docs/data/sessions' };

const POSTHOG: ToolWords = {
  setup: 'posthog-js with its defaults: page views, page leaves and autocapture of clicks and form submissions; session replay if the project turns it on.',
  mapping: [
    { hit: '$pageview', what: 'every page load', source: POSTHOG_AUTO },
    { hit: '$pageleave', what: 'when a page is left', source: POSTHOG_AUTO },
    { hit: '$autocapture', what: 'clicks on links and buttons', source: POSTHOG_AUTO },
    { hit: '$autocapture', what: 'form submissions', source: POSTHOG_AUTO },
    { hit: '$snapshot', what: 'with session replay on: every click, key press and scroll is recorded and keeps the session alive', source: POSTHOG_SESSIONS },
    { hit: '', what: 'events the site captures itself', source: POSTHOG_AUTO },
  ],
  toggles: [
    {
      id: 'replay',
      label: 'Session replay',
      note: 'With replay on, mouse, scroll and key activity recorded for replay counts as activity, so reading and scrolling alone keep a session alive.',
      source: POSTHOG_SESSIONS,
      assumption: 'Replay is a project setting; we assume it starts off.',
    },
  ],
};

const WORDS: Readonly<Record<ToolId, ToolWords>> = { ga4: GA4, ua: UA, adobe: ADOBE, mixpanel: MIXPANEL, matomo: MATOMO, posthog: POSTHOG };

/** Joins a tool's hit rules with their words; a rule without its words (or words for another hit) is a bug caught at import. */
function withWords(tool: ToolHits): Tool {
  const words = WORDS[tool.id];
  const named = (rule: HitMapping) => (typeof rule.hit === 'string' ? rule.hit : '');
  if (words.mapping.length !== tool.mapping.length || tool.mapping.some((rule, i) => named(rule) !== words.mapping[i]!.hit)) {
    throw new Error(`The words for ${tool.id}'s hit rules do not match its rules in tool-hits.ts`);
  }
  const toggles = tool.toggles.map((toggle) => {
    const said = words.toggles.find((t) => t.id === toggle.id);
    if (!said) throw new Error(`No words for ${tool.id}'s ${toggle.id} toggle`);
    return { ...said, default: toggle.default };
  });
  const { setup, setupAssumption } = words;
  const rules = presetById(tool.id);
  if (!rules) throw new Error(`No session rules for ${tool.id}`);
  return {
    ...tool,
    rules,
    setup,
    ...(setupAssumption ? { setupAssumption } : {}),
    mapping: tool.mapping.map((rule, i) => {
      const { hit: _, ...said } = words.mapping[i]!;
      return { ...rule, ...said };
    }),
    toggles,
  };
}

/** Shown in this order; ids are stable (scenario files and tests use them). */
export const TOOLS: readonly Tool[] = Object.freeze(TOOL_HITS.map(withWords));

export function toolById(id: string): Tool | undefined {
  return TOOLS.find((tool) => tool.id === id);
}
