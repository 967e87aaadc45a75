/**
 * What the demo shows that is known at build time, handed in by the page so the browser bundle
 * carries only the replay and the interface: as data, the prose the live view picks from (each
 * preset's notes and source, nouns for activity, reasons a session ends); as markup, the fixed passages and the compare table (Astro renders
 * them as the island's named slots, React places them).
 */
import type { ReactNode } from 'react';
import type { EndReason } from '../../session/engine';
import type { RawKind } from '../../session/raw-activity';
import type { RuleWords } from '../../session/rules';

export interface DemoWords {
  /** By preset id, the demo speed's included. */
  rules: Readonly<Record<string, RuleWords>>;
  /** Each kind of raw activity as a countable noun, [one, many]: "12 clicks, 40 key presses not sent". */
  nouns: Readonly<Record<RawKind, readonly [string, string]>>;
  /** Why a session ended, as the end of "ended by …". */
  endReasons: Readonly<Record<EndReason, string>>;
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
  /** The compare table without its numbers, which the live view fills in. */
  compareTable?: ReactNode;
  /** The timeline's key to its marks and breaks. */
  timelineKey?: ReactNode;
}
