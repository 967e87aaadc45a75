/**
 * Writes each tool's numbers into the compare table the page rendered at build time
 * (src/components/SessionDemoCompare.astro): the names, explanations and headings never change,
 * so only the values are the live view's to fill in.
 */
import { METRIC_IDS } from '../../session/metric-values';
import type { ReplayCore } from '../../session/replay-core';
import { formatMetric } from './describe';

export function writeCompareValues(root: ParentNode, results: readonly { result: ReplayCore }[]): void {
  for (const { result } of results) {
    for (const id of METRIC_IDS) {
      const cell = root.querySelector(`tr[data-tool="${result.toolId}"] td[data-metric="${id}"] .sd-metric-value`);
      const text = formatMetric(result.metrics[id]);
      if (cell && cell.textContent !== text) cell.textContent = text;
    }
  }
}
