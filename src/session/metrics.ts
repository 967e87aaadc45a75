/**
 * What each tool reports for a set of sessions, under the tool's own metric names. A metric a
 * tool does not have is `value: null` with the reason, so a table can show "—" and explain it.
 */
import type { ToolId } from './tool-hits';
import type { Source } from './tools';

export type MetricId = 'sessions' | 'engagedSessions' | 'engagementRate' | 'bounce' | 'pageViews';
export type MetricUnit = 'count' | 'rate';

export interface Metric {
  /** The tool's own name for it, or null when the tool has no such metric. */
  name: string | null;
  value: number | null;
  unit: MetricUnit;
  /** How the tool computes it, or why it has none. */
  explanation: string;
  source?: Source;
}

export type Metrics = Readonly<Record<MetricId, Metric>>;

/** The facts about one session that the metrics need; replay.ts fills it. */
export interface SessionFacts {
  pageviews: number;
  /** Hits the tool processed (dropped ones excluded). */
  hits: number;
  /** Hit names in order, for rules that look at what kind of hit it was. */
  hitNames: readonly string[];
  engaged: boolean;
  /** Time from the first to the last processed hit. */
  durationMs: number;
}

export const METRIC_IDS: readonly MetricId[] = Object.freeze(['sessions', 'engagedSessions', 'engagementRate', 'bounce', 'pageViews']);

const GA4_ENGAGEMENT_RATE: Source = { title: 'Google Analytics Help: [GA4] Engagement rate and bounce rate', url: 'https://support.google.com/analytics/answer/12195621' };
const UA_BOUNCE: Source = { title: 'Google Analytics Help: [UA] Bounce rate', url: 'https://support.google.com/analytics/answer/1009409' };
const ADOBE_BOUNCES: Source = { title: 'Adobe Analytics: Bounces', url: 'https://experienceleague.adobe.com/docs/analytics/components/metrics/bounces.html' };
const ADOBE_VISITS: Source = { title: 'Adobe Analytics: Visits', url: 'https://experienceleague.adobe.com/docs/analytics/components/metrics/visits.html' };
const MATOMO_BOUNCE: Source = { title: 'Matomo FAQ: How is the bounce rate calculated?', url: 'https://matomo.org/faq/general/faq_35/' };
const MIXPANEL_SESSIONS: Source = { title: 'Mixpanel Docs: Sessions', url: 'https://docs.mixpanel.com/docs/features/sessions' };
const POSTHOG_BOUNCE: Source = { title: 'PostHog Docs: Web analytics dashboard', url: 'https://posthog.com/docs/web-analytics/dashboard' };

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
const count = (list: readonly SessionFacts[], test: (s: SessionFacts) => boolean): number => list.filter(test).length;
const sum = (list: readonly SessionFacts[], f: (s: SessionFacts) => number): number => list.reduce((n, s) => n + f(s), 0);

const lacks = (explanation: string, unit: MetricUnit = 'count'): Metric => ({ name: null, value: null, unit, explanation });
const NO_ENGAGED = (tool: string): Metric => lacks(`${tool} has no engaged-session metric; engagement as GA4 defines it is GA4’s alone.`);
const NO_RATE = (tool: string): Metric => lacks(`${tool} has no engagement rate.`, 'rate');

export function metricsFor(toolId: ToolId, sessions: readonly SessionFacts[]): Metrics {
  const n = sessions.length;
  const views = sum(sessions, (s) => s.pageviews);
  switch (toolId) {
    case 'ga4': {
      const engaged = count(sessions, (s) => s.engaged);
      const rate = ratio(engaged, n);
      return {
        sessions: { name: 'Sessions', value: n, unit: 'count', explanation: 'Sessions that started.' },
        engagedSessions: { name: 'Engaged sessions', value: engaged, unit: 'count', explanation: 'Longer than 10 seconds of engagement, a key event, or 2 or more page views.', source: GA4_ENGAGEMENT_RATE },
        engagementRate: { name: 'Engagement rate', value: rate, unit: 'rate', explanation: 'Engaged sessions divided by sessions.', source: GA4_ENGAGEMENT_RATE },
        bounce: { name: 'Bounce rate', value: rate === null ? null : 1 - rate, unit: 'rate', explanation: 'The share of sessions that were not engaged.', source: GA4_ENGAGEMENT_RATE },
        pageViews: { name: 'Views', value: views, unit: 'count', explanation: 'page_view events.' },
      };
    }
    case 'ua':
      return {
        sessions: { name: 'Sessions', value: n, unit: 'count', explanation: 'Sessions that started.' },
        engagedSessions: NO_ENGAGED('Universal Analytics'),
        engagementRate: NO_RATE('Universal Analytics'),
        bounce: { name: 'Bounce rate', value: ratio(count(sessions, (s) => s.hits === 1), n), unit: 'rate', explanation: 'Sessions with a single hit, however long the reader stayed.', source: UA_BOUNCE },
        pageViews: { name: 'Pageviews', value: views, unit: 'count', explanation: 'pageview hits (dropped hits not counted).' },
      };
    case 'adobe':
      return {
        sessions: { name: 'Visits', value: n, unit: 'count', explanation: 'Visits that started.', source: ADOBE_VISITS },
        engagedSessions: NO_ENGAGED('Adobe Analytics'),
        engagementRate: NO_RATE('Adobe Analytics'),
        bounce: { name: 'Bounces', value: count(sessions, (s) => s.hits === 1), unit: 'count', explanation: 'Visits with exactly one hit; a page view plus an exit link is not a bounce.', source: ADOBE_BOUNCES },
        pageViews: { name: 'Page views', value: views, unit: 'count', explanation: 's.t() calls.' },
      };
    case 'matomo': {
      // Heartbeat pings update the visit's time but are not actions.
      const actions = (s: SessionFacts) => s.hitNames.filter((name) => name !== 'ping').length;
      return {
        sessions: { name: 'Visits', value: n, unit: 'count', explanation: 'Visits that started.' },
        engagedSessions: NO_ENGAGED('Matomo'),
        engagementRate: NO_RATE('Matomo'),
        bounce: { name: 'Bounce rate', value: ratio(count(sessions, (s) => actions(s) === 1), n), unit: 'rate', explanation: 'Visits with a single action (page view, download, outlink, search or event). Matomo’s metric text says “a single pageview”; counting actions is our assumption.', source: MATOMO_BOUNCE },
        pageViews: { name: 'Pageviews', value: views, unit: 'count', explanation: 'Page views (site searches are counted as searches here).' },
      };
    }
    case 'mixpanel':
      return {
        sessions: { name: 'Sessions', value: n, unit: 'count', explanation: 'Worked out at query time from events.', source: MIXPANEL_SESSIONS },
        engagedSessions: NO_ENGAGED('Mixpanel'),
        engagementRate: NO_RATE('Mixpanel'),
        bounce: { ...lacks('Mixpanel has no built-in bounce metric; its docs suggest filtering out sessions shorter than 10 seconds.', 'rate'), source: MIXPANEL_SESSIONS },
        pageViews: { name: '[Auto] Page View', value: views, unit: 'count', explanation: '$mp_web_page_view events.' },
      };
    case 'posthog':
      return {
        sessions: { name: 'Sessions', value: n, unit: 'count', explanation: 'Sessions that started.' },
        engagedSessions: NO_ENGAGED('PostHog'),
        engagementRate: NO_RATE('PostHog'),
        bounce: {
          name: 'Bounce rate',
          value: ratio(count(sessions, (s) => s.pageviews === 1 && !s.hitNames.includes('$autocapture') && s.durationMs < 10_000), n),
          unit: 'rate',
          explanation: 'Sessions with one page view, no autocaptured event and under 10 seconds.',
          source: POSTHOG_BOUNCE,
        },
        pageViews: { name: 'Pageviews', value: views, unit: 'count', explanation: '$pageview events.' },
      };
  }
}
