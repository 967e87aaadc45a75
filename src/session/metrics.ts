/**
 * What each tool reports for a set of sessions, under the tool's own metric names, with how the
 * tool computes each (or why it has none) and the source. The numbers come from metric-values.ts;
 * this adds the names and the words, so a table can show "—" and explain it.
 */
import { metricValuesFor, type MetricId, type MetricValue, type MetricValues, type SessionFacts } from './metric-values';
import type { ToolId } from './tool-hits';
import type { Source } from './tools';

export { METRIC_IDS } from './metric-values';
export type { MetricId, MetricUnit, SessionFacts } from './metric-values';

export interface Metric extends MetricValue {
  /** The tool's own name for it, or null when the tool has no such metric. */
  name: string | null;
  /** How the tool computes it, or why it has none. */
  explanation: string;
  source?: Source;
}

export type Metrics = Readonly<Record<MetricId, Metric>>;

interface MetricWords {
  name: string | null;
  explanation: string;
  source?: Source;
}

const GA4_ENGAGEMENT_RATE: Source = { title: 'Google Analytics Help: [GA4] Engagement rate and bounce rate', url: 'https://support.google.com/analytics/answer/12195621' };
const UA_BOUNCE: Source = { title: 'Google Analytics Help: [UA] Bounce rate', url: 'https://support.google.com/analytics/answer/1009409' };
const ADOBE_BOUNCES: Source = { title: 'Adobe Analytics: Bounces', url: 'https://experienceleague.adobe.com/docs/analytics/components/metrics/bounces.html' };
const ADOBE_VISITS: Source = { title: 'Adobe Analytics: Visits', url: 'https://experienceleague.adobe.com/docs/analytics/components/metrics/visits.html' };
const MATOMO_BOUNCE: Source = { title: 'Matomo FAQ: How is the bounce rate calculated?', url: 'https://matomo.org/faq/general/faq_35/' };
const MIXPANEL_SESSIONS: Source = { title: 'Mixpanel Docs: Sessions', url: 'https://docs.mixpanel.com/docs/features/sessions' };
const POSTHOG_BOUNCE: Source = { title: 'PostHog Docs: Web analytics dashboard', url: 'https://posthog.com/docs/web-analytics/dashboard' };

const NO_ENGAGED = (tool: string): MetricWords => ({ name: null, explanation: `${tool} has no engaged-session metric; engagement as GA4 defines it is GA4’s alone.` });
const NO_RATE = (tool: string): MetricWords => ({ name: null, explanation: `${tool} has no engagement rate.` });
const STARTED: MetricWords = { name: 'Sessions', explanation: 'Sessions that started.' };

/** Each tool's own name for each metric (null: it has none) and how it computes it, by tool. */
export const METRIC_WORDS: Readonly<Record<ToolId, Readonly<Record<MetricId, MetricWords>>>> = {
  ga4: {
    sessions: STARTED,
    engagedSessions: { name: 'Engaged sessions', explanation: 'Longer than 10 seconds of engagement, a key event, or 2 or more page views.', source: GA4_ENGAGEMENT_RATE },
    engagementRate: { name: 'Engagement rate', explanation: 'Engaged sessions divided by sessions.', source: GA4_ENGAGEMENT_RATE },
    bounce: { name: 'Bounce rate', explanation: 'The share of sessions that were not engaged.', source: GA4_ENGAGEMENT_RATE },
    pageViews: { name: 'Views', explanation: 'page_view events.' },
  },
  ua: {
    sessions: STARTED,
    engagedSessions: NO_ENGAGED('Universal Analytics'),
    engagementRate: NO_RATE('Universal Analytics'),
    bounce: { name: 'Bounce rate', explanation: 'Sessions with a single hit, however long the reader stayed.', source: UA_BOUNCE },
    pageViews: { name: 'Pageviews', explanation: 'pageview hits (dropped hits not counted).' },
  },
  adobe: {
    sessions: { name: 'Visits', explanation: 'Visits that started.', source: ADOBE_VISITS },
    engagedSessions: NO_ENGAGED('Adobe Analytics'),
    engagementRate: NO_RATE('Adobe Analytics'),
    bounce: { name: 'Bounces', explanation: 'Visits with exactly one hit; a page view plus an exit link is not a bounce.', source: ADOBE_BOUNCES },
    pageViews: { name: 'Page views', explanation: 's.t() calls.' },
  },
  matomo: {
    sessions: { name: 'Visits', explanation: 'Visits that started.' },
    engagedSessions: NO_ENGAGED('Matomo'),
    engagementRate: NO_RATE('Matomo'),
    bounce: {
      name: 'Bounce rate',
      explanation:
        'Visits with a single action (page view, download, outlink, search or event). Matomo’s metric text says “a single pageview”; counting actions is our assumption.',
      source: MATOMO_BOUNCE,
    },
    pageViews: { name: 'Pageviews', explanation: 'Page views (site searches are counted as searches here).' },
  },
  mixpanel: {
    sessions: { name: 'Sessions', explanation: 'Worked out at query time from events.', source: MIXPANEL_SESSIONS },
    engagedSessions: NO_ENGAGED('Mixpanel'),
    engagementRate: NO_RATE('Mixpanel'),
    bounce: { name: null, explanation: 'Mixpanel has no built-in bounce metric; its docs suggest filtering out sessions shorter than 10 seconds.', source: MIXPANEL_SESSIONS },
    pageViews: { name: '[Auto] Page View', explanation: '$mp_web_page_view events.' },
  },
  posthog: {
    sessions: STARTED,
    engagedSessions: NO_ENGAGED('PostHog'),
    engagementRate: NO_RATE('PostHog'),
    bounce: { name: 'Bounce rate', explanation: 'Sessions with one page view, no autocaptured event and under 10 seconds.', source: POSTHOG_BOUNCE },
    pageViews: { name: 'Pageviews', explanation: '$pageview events.' },
  },
};

/** The tool's numbers with its words. */
export function withMetricWords(toolId: ToolId, values: MetricValues): Metrics {
  const words = METRIC_WORDS[toolId];
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { ...value, ...words[id as MetricId] }])) as Record<MetricId, Metric>;
}

export function metricsFor(toolId: ToolId, sessions: readonly SessionFacts[]): Metrics {
  return withMetricWords(toolId, metricValuesFor(toolId, sessions));
}

