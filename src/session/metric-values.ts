/**
 * What each tool reports for a set of sessions, as numbers; a metric a tool does not have is
 * `value: null`. The tool's own name for each metric and how it is computed, in words with its
 * source, are in metrics.ts, which the pages render at build time; the live demo needs only this.
 */
import type { ToolId } from './tool-hits';

export type MetricId = 'sessions' | 'engagedSessions' | 'engagementRate' | 'bounce' | 'pageViews';
export type MetricUnit = 'count' | 'rate';

export interface MetricValue {
  /** Null when the tool has no such metric, or it is undefined for these sessions (a rate of none). */
  value: number | null;
  unit: MetricUnit;
}

export type MetricValues = Readonly<Record<MetricId, MetricValue>>;

/** The facts about one session that the metrics need; replay fills it. */
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

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
const count = (list: readonly SessionFacts[], test: (s: SessionFacts) => boolean): number => list.filter(test).length;
const sum = (list: readonly SessionFacts[], f: (s: SessionFacts) => number): number => list.reduce((n, s) => n + f(s), 0);

const metric = (value: number | null, unit: MetricUnit = 'count'): MetricValue => ({ value, unit });
const NONE = metric(null);
const NO_RATE = metric(null, 'rate');

export function metricValuesFor(toolId: ToolId, sessions: readonly SessionFacts[]): MetricValues {
  const n = sessions.length;
  const views = sum(sessions, (s) => s.pageviews);
  switch (toolId) {
    case 'ga4': {
      // Engaged: longer than 10 seconds of engagement, a key event, or 2 or more page views.
      const engaged = count(sessions, (s) => s.engaged);
      const rate = ratio(engaged, n);
      return {
        sessions: metric(n),
        engagedSessions: metric(engaged),
        engagementRate: metric(rate, 'rate'),
        // The share of sessions that were not engaged.
        bounce: metric(rate === null ? null : 1 - rate, 'rate'),
        pageViews: metric(views),
      };
    }
    case 'ua':
      return {
        sessions: metric(n),
        engagedSessions: NONE,
        engagementRate: NO_RATE,
        // Sessions with a single hit, however long the reader stayed.
        bounce: metric(ratio(count(sessions, (s) => s.hits === 1), n), 'rate'),
        pageViews: metric(views),
      };
    case 'adobe':
      return {
        sessions: metric(n),
        engagedSessions: NONE,
        engagementRate: NO_RATE,
        // Visits with exactly one hit; a page view plus an exit link is not a bounce.
        bounce: metric(count(sessions, (s) => s.hits === 1)),
        pageViews: metric(views),
      };
    case 'matomo': {
      // Heartbeat pings update the visit's time but are not actions.
      const actions = (s: SessionFacts) => s.hitNames.filter((name) => name !== 'ping').length;
      return {
        sessions: metric(n),
        engagedSessions: NONE,
        engagementRate: NO_RATE,
        bounce: metric(ratio(count(sessions, (s) => actions(s) === 1), n), 'rate'),
        pageViews: metric(views),
      };
    }
    case 'mixpanel':
      return {
        sessions: metric(n),
        engagedSessions: NONE,
        engagementRate: NO_RATE,
        bounce: NO_RATE,
        pageViews: metric(views),
      };
    case 'posthog':
      return {
        sessions: metric(n),
        engagedSessions: NONE,
        engagementRate: NO_RATE,
        // One page view, no autocaptured event and under 10 seconds.
        bounce: metric(ratio(count(sessions, (s) => s.pageviews === 1 && !s.hitNames.includes('$autocapture') && s.durationMs < 10_000), n), 'rate'),
        pageViews: metric(views),
      };
  }
}
