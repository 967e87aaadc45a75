/**
 * Splits a run of prose into plain text and term links. The markdown plugin calls this on every
 * text node; it knows nothing about markdown, so it is tested on strings.
 *
 * Syntax (documented in README "Linking terms"):
 * - `[[Interaction]]`: link by title, slug or alias (case-insensitive);
 * - `[[interaction|interactions]]`: link with custom text;
 * - `[[!visit]]`: the escape; shows "visit" as plain text and never auto-links it.
 * Auto-linking turns the first plain occurrence of each other term's title or alias into a link.
 */
import type { LinkIndex } from './link-index';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; slug: string; text: string; explicit: boolean };

export interface PageLinkState {
  /** Slug of the page's own term, never linked. */
  self?: string | undefined;
  /** Whether other terms' names in plain prose become links on this page. */
  autolink: boolean;
  /** Terms already linked on this page (mutated): auto-linking links each term once. */
  linked: Set<string>;
}

export interface UnknownTarget {
  target: string;
  /** Offset of the `[[` within the text. */
  offset: number;
  suggestion?: string | undefined;
}

export interface SegmentOptions {
  /** Where links may not go (headings, existing links): wiki-links render as their text. */
  linksAllowed: boolean;
  onUnknown(unknown: UnknownTarget): void;
}

const WIKI_LINK = /\[\[([^\]|\n]+?)(?:\|([^\]\n]+?))?\]\]/g;

/** Whether text ending with `before` starts a new sentence (or the text itself starts). */
const startsSentence = (before: string) => before.trim() === '' || /[.!?:]["'”’)\]]*\s+$/.test(before);

function pushText(segments: Segment[], text: string): void {
  if (!text) return;
  const last = segments.at(-1);
  if (last?.kind === 'text') last.text += text;
  else segments.push({ kind: 'text', text });
}

function autolinkText(segments: Segment[], text: string, index: LinkIndex, state: PageLinkState, options: SegmentOptions) {
  if (!state.autolink || !options.linksAllowed || !index.hasNames) return pushText(segments, text);
  let cursor = 0;
  for (const { index: at, text: name, slug } of index.findNames(text)) {
    if (slug === state.self || state.linked.has(slug)) continue;
    state.linked.add(slug);
    pushText(segments, text.slice(cursor, at));
    segments.push({ kind: 'link', slug, text: name, explicit: false });
    cursor = at + name.length;
  }
  pushText(segments, text.slice(cursor));
}

export function linkSegments(text: string, index: LinkIndex, state: PageLinkState, options: SegmentOptions): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(WIKI_LINK)) {
    autolinkText(segments, text.slice(cursor, match.index), index, state, options);
    cursor = match.index + match[0].length;
    const rawTarget = (match[1] ?? '').trim();
    const label = match[2]?.trim();
    if (rawTarget.startsWith('!')) {
      pushText(segments, label ?? rawTarget.slice(1).trim());
      continue;
    }
    const slug = index.resolve(rawTarget);
    if (!slug) {
      options.onUnknown({ target: rawTarget, offset: match.index, suggestion: index.suggest(rawTarget) });
      pushText(segments, label ?? rawTarget);
      continue;
    }
    // A term's title typed mid-sentence reads as the sentence needs it ("a [[Funnel]] lists" shows
    // "a funnel lists"); at the start of a sentence, or with its own text, it shows as typed.
    const shown = label ?? (startsSentence(text.slice(0, match.index)) ? rawTarget : index.inSentence(rawTarget));
    if (!options.linksAllowed || slug === state.self) {
      pushText(segments, shown);
      continue;
    }
    state.linked.add(slug);
    segments.push({ kind: 'link', slug, text: shown, explicit: true });
  }
  autolinkText(segments, text.slice(cursor), index, state, options);
  return segments;
}
