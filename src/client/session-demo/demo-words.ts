/**
 * What the live view shows that is known at build time. The demo's own page renders it once, in a
 * <template id="sd-live"> (src/components/SessionDemoIsland.astro): the prose the live view picks
 * from as JSON (`words`), and the fixed passages as markup that React places as it is. The browser
 * bundle carries only the replay and the interface; a page that embeds the demo without the
 * template (the Session term page) fetches it from the demo's page when the reader opts in.
 */
import type { EndReason } from '../../session/engine';
import type { RawKind } from '../../session/raw-activity';
import type { RuleWords } from '../../session/rules';

export interface DemoWords {
  /** By preset id, the demo speed's included. */
  rules: Readonly<Record<string, RuleWords>>;
  /** Each kind of raw activity as a countable noun, [one, many]: "12 clicks, 40 key presses not sent". */
  nouns: Readonly<Record<RawKind, readonly [string, string]>>;
  /** Why a session ended ("inactivity", "stopped by you"), after "ended:" and in the expiry messages. */
  endReasons: Readonly<Record<EndReason, string>>;
  /** Time zones offered for midnight rules, after the reader's own. */
  zones: readonly string[];
  /** The interface's fixed sentences and labels. */
  ui: Readonly<Record<UiText, string>>;
}

export type UiText =
  | 'recordingBrowser'
  | 'recordingTab'
  | 'forgotten'
  | 'zoneLabel'
  | 'heardAll'
  | 'timeoutInvalid'
  | 'corrupt'
  | 'compacted'
  | 'waiting'
  | 'expired'
  | 'started'
  | 'showing'
  | 'timelineLabel'
  | 'outOfRange'
  | 'rangeHint';

/** A ui sentence with its {name} placeholders filled in. */
export const fill = (text: string, values: Readonly<Record<string, string | number>>): string => text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

/** The fixed passages, each the HTML the page rendered for it. */
export type PassageName =
  /** The heading and the "Stop and forget" button (data-act="forget"). */
  | 'head'
  /** The tool picker, select#sd-tool: every tool, then demo speed. */
  | 'toolField'
  /** The tool settings, checkboxes by data-toggle. */
  | 'toggles'
  /** The action buttons by data-act (key, campaign, stop); "stop" names the session in its [data-word]. */
  | 'actions'
  /** First things to try, beside the controls. */
  | 'tryFirst'
  /** How GA4's duration and engagement time differ, under the GA4 figures. */
  | 'durationNote'
  /** The "What each tool heard" heading and what its lists are. */
  | 'heardNote'
  /** The compare table without its numbers, which the live view fills in. */
  | 'compareTable'
  /** The timeline's key to its marks and breaks. */
  | 'timelineKey';

export interface LiveText {
  words: DemoWords;
  passages: Readonly<Record<PassageName, string>>;
}
