/**
 * The prose the live view shows that the page already has at build time: each preset's notes and
 * source, and how each tool computes each metric. The page passes it in as the island's props, so
 * the browser bundle carries only the replay and the interface.
 */
import type { MetricId } from '../../session/metric-values';
import type { RuleWords } from '../../session/rules';
import type { ToolId } from '../../session/tool-hits';

export interface DemoWords {
  /** By preset id, the demo speed's included. */
  rules: Readonly<Record<string, RuleWords>>;
  /** How each tool computes each metric, or why it has none. */
  metrics: Readonly<Record<ToolId, Readonly<Record<MetricId, string>>>>;
}
