/**
 * What the demo shows that is known at build time, handed in by the page so the browser bundle
 * carries only the replay and the interface: as data, the prose the live view picks from (each
 * preset's notes and source, how each tool computes each metric); as markup, the fixed passages
 * (Astro renders them as the island's named slots, React places them).
 */
import type { ReactNode } from 'react';
import type { MetricId } from '../../session/metric-values';
import type { RuleWords } from '../../session/rules';
import type { ToolId } from '../../session/tool-hits';

export interface DemoWords {
  /** By preset id, the demo speed's included. */
  rules: Readonly<Record<string, RuleWords>>;
  /** How each tool computes each metric, or why it has none. */
  metrics: Readonly<Record<ToolId, Readonly<Record<MetricId, string>>>>;
}

/** The fixed passages, rendered by the page (src/components/SessionDemoIsland.astro). */
export interface DemoPassages {
  /** What the demo does and that nothing is recorded before start; shown before opting in. */
  intro?: ReactNode;
  /** First things to try, beside the controls. */
  tryFirst?: ReactNode;
  /** How GA4's duration and engagement time differ, under the GA4 figures. */
  durationNote?: ReactNode;
  /** What the "What each tool heard" lists are. */
  heardNote?: ReactNode;
  /** How to read the compare table. */
  compareNote?: ReactNode;
}
