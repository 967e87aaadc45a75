import type { ReactNode } from 'react';
import { METRIC_IDS, type MetricId } from '../../session/metric-values';
import type { ReplayCore } from '../../session/replay-core';
import type { ToolHits } from '../../session/tool-hits';
import type { DemoWords } from './demo-words';
import { formatMetric } from './describe';

interface Props {
  results: readonly { tool: ToolHits; result: ReplayCore }[];
  explanations: DemoWords['metrics'];
  /** How to read the table, from the page. */
  note: ReactNode;
}

const HEADINGS: Record<MetricId, string> = {
  sessions: 'Sessions or visits',
  engagedSessions: 'Engaged sessions',
  engagementRate: 'Engagement rate',
  bounce: 'Bounces',
  pageViews: 'Page views',
};

/** The same visit, reported by every tool under its own metric names; "—" where a tool has no such metric. */
export default function CompareTable({ results, explanations, note }: Props) {
  return (
    <section className="sd-compare" aria-labelledby="sd-compare-title">
      <h3 id="sd-compare-title">What each tool would report for you</h3>
      <p className="sd-scroll-hint" aria-hidden="true">Scroll sideways for every column →</p>
      <div className="sd-table-wrap" tabIndex={0} role="region" aria-labelledby="sd-compare-title">
        <table>
          <thead>
            <tr>
              <th scope="col">Tool</th>
              {METRIC_IDS.map((id) => (
                <th scope="col" key={id}>{HEADINGS[id]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {results.map(({ tool, result }) => (
              <tr key={tool.id} data-tool={tool.id}>
                <th scope="row">{tool.name}</th>
                {METRIC_IDS.map((id) => {
                  const metric = result.metrics[id];
                  const explanation = explanations[tool.id][id];
                  return (
                    <td key={id} data-metric={id} title={explanation}>
                      <span className="sd-metric-value">{formatMetric(metric)}</span>
                      {metric.name !== null ? (
                        <span className="sd-metric-name">{metric.name}</span>
                      ) : (
                        <span className="sd-metric-name">
                          no such metric<span className="visually-hidden">: {explanation}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {note}
    </section>
  );
}
