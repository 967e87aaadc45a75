/**
 * The scenario lab's words: what a reader's step, a tool's hit, an ignored action and the end of a
 * session are called on the page. Pure text, so the page model and its tests share one wording.
 */
import type { StepAction } from './scenario-steps';
import { formatOffset } from './scenario-time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "30 minutes", "12 hours", "1 hour 30 minutes", "45 seconds". */
export function durationWords(ms: number): string {
  if (ms < MINUTE) return plural(Math.round(ms / 1000), 'second');
  const hours = Math.floor(ms / HOUR);
  const minutes = Math.round((ms % HOUR) / MINUTE);
  if (!hours) return plural(minutes, 'minute');
  return minutes ? `${plural(hours, 'hour')} ${plural(minutes, 'minute')}` : plural(hours, 'hour');
}

/** A host or path a reader recognises: "www.google.com" for a referring URL. */
const hostOf = (url: string) => new URL(url).host;

/** What the reader does, as a sentence fragment: "Scrolls to 90 %". */
export function actionWords(action: StepAction): string {
  switch (action.kind) {
    case 'page_view': {
      const from = action.referrer ? ` from ${hostOf(action.referrer)}` : '';
      const campaign = action.campaign
        ? `, tagged ${Object.entries(action.campaign)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')}`
        : '';
      return `Opens ${action.path.split('?')[0]}${from}${campaign}`;
    }
    case 'click':
      return {
        internal: 'Clicks a link to this site',
        outbound: 'Clicks a link to another site',
        download: 'Clicks a link to a file',
        other: 'Clicks something that is not a link',
      }[action.target];
    case 'key':
      return 'Presses a key';
    case 'scroll':
      return `Scrolls to ${action.depth} %`;
    case 'form_start':
      return 'Starts typing in the search box';
    case 'form_submit':
      return 'Submits the search';
    case 'hidden':
      return 'Leaves the tab (it is hidden)';
    case 'visible':
      return 'Comes back to the tab';
  }
}

/** The short glyph of a step on the timeline; the legend spells them out. */
export const STEP_GLYPHS: Record<StepAction['kind'], { glyph: string; legend: string }> = {
  page_view: { glyph: 'P', legend: 'page view' },
  click: { glyph: 'C', legend: 'click' },
  key: { glyph: 'K', legend: 'key press' },
  scroll: { glyph: 'S', legend: 'scroll' },
  form_start: { glyph: 'F', legend: 'search form' },
  form_submit: { glyph: 'F', legend: 'search form' },
  hidden: { glyph: 'H', legend: 'tab hidden' },
  visible: { glyph: 'V', legend: 'tab visible' },
};

/** Raw kinds a tool may ignore, as countable nouns. */
const RAW_NOUNS: Record<string, [string, string]> = {
  page_view: ['page view', 'page views'],
  click: ['click', 'clicks'],
  key: ['key press', 'key presses'],
  scroll: ['scroll', 'scrolls'],
  form_start: ['start of typing', 'starts of typing'],
  form_submit: ['search submitted', 'searches submitted'],
  custom_event: ['site event', 'site events'],
};

/** "4 scrolls, 3 clicks and 1 key press", biggest first; "" for nothing. */
export function ignoredWords(ignored: Readonly<Partial<Record<string, number>>>): string {
  const parts = Object.entries(ignored)
    .filter((entry): entry is [string, number] => (entry[1] ?? 0) > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => {
      const [one, many] = RAW_NOUNS[kind] ?? [kind, kind];
      return plural(n, one, many);
    });
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

/** "engagement_time_msec 2400, percent_scrolled 90". */
export function paramWords(params: Readonly<Record<string, string | number | boolean>>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(', ');
}

/** Why a session ended, as the end of "ended …": "after 30 minutes without a hit". */
export function endWords(reason: string | null, timeoutMs: number): string {
  switch (reason) {
    case 'inactivity':
      return `after ${durationWords(timeoutMs)} without a hit`;
    case 'midnight':
      return 'at midnight in the property’s time zone';
    case 'max-length':
      return 'at its maximum length';
    case 'max-hits':
      return 'at its hit limit';
    case 'campaign':
      return 'when a hit arrived from a new traffic source';
    case 'stopped':
      return 'when it was ended by hand';
    default:
      return 'for a reason the tool does not report';
  }
}

/** What started session n+1, given how session n ended: one clause of a tool's explanation. */
export function splitWords(reason: string | null, previousLastHit: number, nextStart: number, timeoutMs: number): string {
  const from = formatOffset(previousLastHit);
  const to = formatOffset(nextStart);
  switch (reason) {
    case 'inactivity':
      return `nothing reached it between ${from} and ${to}, longer than its timeout of ${durationWords(timeoutMs)}`;
    case 'midnight':
      return `midnight fell between ${from} and ${to}`;
    case 'campaign':
      return `the hit at ${to} came from a new traffic source`;
    case 'max-length':
      return `the session reached its maximum length before ${to}`;
    case 'max-hits':
      return `the session reached its hit limit before ${to}`;
    default:
      return `a new one began at ${to}`;
  }
}

export { plural };
