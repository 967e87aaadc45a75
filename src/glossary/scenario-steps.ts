/**
 * The step lines of a scenario file, one reader action per line, written by hand:
 *
 *     0:00:00 view /glossary/session/ from https://www.google.com/
 *     0:12:00 scroll 90%
 *     0:20:00 tab 2 view /glossary/bounce-rate/
 *     0:21:00 click outbound https://example.org/
 *     0:01:00 view /gallery/ x600 every 2s
 *
 * `<time> [tab <n>] <action> [arguments] [x<count> every <gap>]`. This module reads one line; the
 * checks across lines (order, tabs) are in `scenario-parse.ts`.
 */
import { closestMatches } from '../term-links/suggest';
import { parseGap, parseOffset } from './scenario-time';

export const CLICK_TARGETS = ['internal', 'outbound', 'download', 'other'] as const;
export type ClickTarget = (typeof CLICK_TARGETS)[number];

/** Query parameters that carry campaign values when a page is opened from a tagged link. */
export const CAMPAIGN_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'utm_id', 'gclid'] as const;
export type CampaignKey = (typeof CAMPAIGN_KEYS)[number];
export type Campaign = Partial<Record<CampaignKey, string>>;

/** What the reader does at one step, named after the raw activity kinds the session engine reads. */
export type StepAction =
  | { kind: 'page_view'; path: string; referrer?: string; campaign?: Campaign }
  | { kind: 'click'; target: ClickTarget; href?: string }
  | { kind: 'key' }
  | { kind: 'scroll'; depth: number }
  | { kind: 'form_start' }
  | { kind: 'form_submit' }
  | { kind: 'visible' }
  | { kind: 'hidden' };

export type StepKind = StepAction['kind'];

export interface StepLine {
  /** Offset from the scenario's start, ms. */
  atMs: number;
  /** Which tab of the same browser; 1 unless the line says `tab <n>`. */
  tab: number;
  action: StepAction;
  /** `x<count> every <gap>`: the action happens `count` times, the first at `atMs`. */
  repeat?: { count: number; everyMs: number };
}

/** How each action is written, for messages and the README. */
export const ACTION_USAGE = {
  view: 'view <path> [from <referring URL>]',
  click: `click ${CLICK_TARGETS.join('|')} [<URL>]`,
  key: 'key',
  scroll: 'scroll <1–100>%',
  'form-start': 'form-start',
  'form-submit': 'form-submit',
  hidden: 'hidden',
  visible: 'visible',
} as const;
type Verb = keyof typeof ACTION_USAGE;
const VERBS = Object.keys(ACTION_USAGE) as Verb[];

export const MAX_TAB = 9;
export const MAX_REPEAT = 5000;

export type StepResult = { ok: true; step: StepLine } | { ok: false; message: string };

const fail = (message: string): StepResult => ({ ok: false, message });

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The campaign values in a path's query string, if any. */
export function campaignOf(path: string): Campaign | undefined {
  const query = path.includes('?') ? path.slice(path.indexOf('?') + 1).split('#')[0] : '';
  const params = new URLSearchParams(query);
  const campaign: Campaign = {};
  for (const key of CAMPAIGN_KEYS) {
    const value = params.get(key);
    if (value) campaign[key] = value;
  }
  return Object.keys(campaign).length ? campaign : undefined;
}

function parseAction(verb: Verb, args: string[]): { ok: true; action: StepAction } | { ok: false; message: string } {
  const usage = `write "${ACTION_USAGE[verb]}"`;
  const noArgs = (action: StepAction) => (args.length ? { ok: false as const, message: `"${verb}" takes no arguments: ${usage}` } : { ok: true as const, action });
  switch (verb) {
    case 'view': {
      const [path, from, referrer, ...rest] = args;
      if (!path?.startsWith('/')) return { ok: false, message: `a page view needs a site path starting with "/": ${usage}` };
      if (from !== undefined && from !== 'from') return { ok: false, message: `unexpected "${from}" after the path: ${usage}` };
      if (from && (!referrer || !isHttpUrl(referrer))) return { ok: false, message: `"from" needs an absolute http(s) URL of the referring page: ${usage}` };
      if (rest.length) return { ok: false, message: `unexpected "${rest.join(' ')}": ${usage}` };
      const campaign = campaignOf(path);
      return { ok: true, action: { kind: 'page_view', path, ...(referrer ? { referrer } : {}), ...(campaign ? { campaign } : {}) } };
    }
    case 'click': {
      const [target, href, ...rest] = args;
      if (!target || !(CLICK_TARGETS as readonly string[]).includes(target)) {
        const [best] = target ? closestMatches(target, CLICK_TARGETS, 1) : [];
        return { ok: false, message: `a click needs its target, one of ${CLICK_TARGETS.join(', ')}${best ? ` — did you mean "${best}"?` : ''}: ${usage}` };
      }
      if (href !== undefined && !href.startsWith('/') && !isHttpUrl(href)) return { ok: false, message: `the link's URL must be a site path or an absolute http(s) URL: ${usage}` };
      if (rest.length) return { ok: false, message: `unexpected "${rest.join(' ')}": ${usage}` };
      return { ok: true, action: { kind: 'click', target: target as ClickTarget, ...(href ? { href } : {}) } };
    }
    case 'scroll': {
      const match = args.length === 1 ? /^(\d{1,3})%?$/.exec(args[0]!) : null;
      const depth = match ? Number(match[1]) : NaN;
      if (!(depth >= 1 && depth <= 100)) return { ok: false, message: `a scroll needs the depth reached, 1–100 %: ${usage}` };
      return { ok: true, action: { kind: 'scroll', depth } };
    }
    case 'key':
      return noArgs({ kind: 'key' });
    case 'form-start':
      return noArgs({ kind: 'form_start' });
    case 'form-submit':
      return noArgs({ kind: 'form_submit' });
    case 'hidden':
      return noArgs({ kind: 'hidden' });
    case 'visible':
      return noArgs({ kind: 'visible' });
  }
}

/** Reads one step line; the message of a failure says what to write instead. */
export function parseStepLine(line: string): StepResult {
  const words = line.trim().split(/\s+/).filter(Boolean);
  const [time, ...rest] = words;
  const atMs = time === undefined ? undefined : parseOffset(time);
  if (atMs === undefined) return fail(`starts with "${time ?? ''}": each step starts with its time after the start as h:mm:ss, e.g. "0:31:00 scroll 90%"`);

  let tab = 1;
  if (rest[0] === 'tab') {
    const n = Number(rest[1]);
    if (!Number.isInteger(n) || n < 1 || n > MAX_TAB) return fail(`"tab" needs a tab number from 1 to ${MAX_TAB}, e.g. "0:20:00 tab 2 view /glossary/"`);
    tab = n;
    rest.splice(0, 2);
  }

  let repeat: StepLine['repeat'];
  const times = rest.findIndex((w) => /^[x×]\d+$/.test(w));
  if (times >= 0) {
    const count = Number(rest[times]!.slice(1));
    const [every, gapText, ...after] = rest.slice(times + 1);
    const everyMs = gapText === undefined ? undefined : parseGap(gapText);
    if (every !== 'every' || everyMs === undefined || after.length) return fail(`a repeat is written "x<count> every <gap>", e.g. "x600 every 2s" (gaps in ms, s or m)`);
    if (count < 2 || count > MAX_REPEAT) return fail(`a repeat count must be 2 to ${MAX_REPEAT}`);
    repeat = { count, everyMs };
    rest.splice(times);
  }

  const [verbText, ...args] = rest;
  if (!verbText) return fail(`has a time but no action: write one of ${VERBS.join(', ')}`);
  const verb = verbText.toLowerCase() as Verb;
  if (!VERBS.includes(verb)) {
    const [best] = closestMatches(verbText, VERBS, 1);
    return fail(`unknown action "${verbText}"${best ? ` — did you mean "${best}"?` : ''} (actions: ${VERBS.join(', ')})`);
  }
  if (repeat && (verb === 'hidden' || verb === 'visible')) return fail(`"${verb}" cannot repeat: a tab is either hidden or visible`);
  const parsed = parseAction(verb, args);
  if (!parsed.ok) return fail(parsed.message);
  return { ok: true, step: { atMs, tab, action: parsed.action, ...(repeat ? { repeat } : {}) } };
}
