/** Words the demo uses for raw activity, hits and metric values. */
import type { RawKind } from '../../session/raw-activity';
import type { Hit } from '../../session/replay-core';
import type { MetricValue } from '../../session/metric-values';
import type { DemoWords } from './demo-words';

/** "12 clicks, 40 key presses" (in a stable order), or '' when nothing was ignored. */
export function describeIgnored(ignored: Partial<Record<RawKind, number>>, nouns: DemoWords['nouns']): string {
  return (Object.keys(nouns) as RawKind[])
    .filter((kind) => (ignored[kind] ?? 0) > 0)
    .map((kind) => {
      const n = ignored[kind]!;
      return `${n} ${nouns[kind][n === 1 ? 0 : 1]}`;
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
