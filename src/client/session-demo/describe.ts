/** Words the demo uses for raw activity, hits and metric values. */
import type { RawKind } from '../../session/raw-activity';
import type { Hit } from '../../session/replay-core';
import type { MetricValue } from '../../session/metric-values';

const NOUNS: Record<RawKind, [string, string]> = {
  page_view: ['page view', 'page views'],
  click: ['click', 'clicks'],
  key: ['key press', 'key presses'],
  scroll: ['scroll milestone', 'scroll milestones'],
  form_start: ['search form start', 'search form starts'],
  form_submit: ['search form submission', 'search form submissions'],
  custom_event: ['site event', 'site events'],
  visible: ['return to the page', 'returns to the page'],
  hidden: ['page hidden', 'pages hidden'],
  stop: ['stop', 'stops'],
};

/** "12 clicks, 40 key presses" (in a stable order), or '' when nothing was ignored. */
export function describeIgnored(ignored: Partial<Record<RawKind, number>>): string {
  return (Object.keys(NOUNS) as RawKind[])
    .filter((kind) => (ignored[kind] ?? 0) > 0)
    .map((kind) => {
      const n = ignored[kind]!;
      return `${n} ${NOUNS[kind][n === 1 ? 0 : 1]}`;
    })
    .join(', ');
}

/** "engagement_time_msec=1860000 · page=/glossary/" */
export function describeParams(hit: Hit): string {
  return Object.entries(hit.params)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' · ');
}

export function formatMetric(metric: MetricValue): string {
  if (metric.value === null) return '—';
  if (metric.unit === 'rate') return `${Math.round(metric.value * 100)} %`;
  return String(metric.value);
}
