/**
 * Replays a reader's raw activity as one analytics tool would hear it (replay-core.ts) and adds
 * the words: the rules' notes and sources (rules.ts) and what the tool reports (metrics.ts): the function the build-time pages and the tests use.
 */
import { withMetricWords, type Metrics } from './metrics';
import type { RawActivity } from './raw-activity';
import { withRuleWords, type SessionRules } from './rules';
import { replayCore, type ReplayCore, type ReplayOptions } from './replay-core';
import { TOOL_HITS } from './tool-hits';

export type { Hit, LiveStatus, ReplayOptions, ToolSession } from './replay-core';

export interface ReplayResult extends Omit<ReplayCore, 'metrics' | 'rules'> {
  rules: SessionRules;
  metrics: Metrics;
}

export function replay(log: readonly RawActivity[], toolId: string, options: ReplayOptions = {}): ReplayResult {
  const core = replayCore(log, toolId, options);
  return { ...core, rules: withRuleWords(core.rules), metrics: withMetricWords(core.toolId, core.metrics) };
}

/** Every tool's replay of the same log (tools in their display order). */
export function replayAll(log: readonly RawActivity[], options: Omit<ReplayOptions, 'timeoutMs'> = {}): ReplayResult[] {
  return TOOL_HITS.map((tool) => replay(log, tool.id, options));
}
