/**
 * What a reader actually did, before any analytics tool has decided what to hear of it. The
 * recorder writes these; replay.ts turns them into each tool's hits. One shape for the live demo
 * and for scripted scenarios, so both are replayed by the same code.
 * Times are epoch milliseconds.
 */

/** Campaign values as a tagged link carries them (utm_* parameters and Google Ads' gclid). */
export interface CampaignValues {
  source?: string;
  medium?: string;
  campaign?: string;
  term?: string;
  content?: string;
  gclid?: string;
}

export type ClickTarget = 'internal' | 'outbound' | 'download' | 'other';

export type RawActivity =
  | {
      t: number;
      kind: 'page_view';
      /** Path of the page, e.g. "/glossary/session/". */
      path: string;
      /** Host of the referring site when the reader came from another site; absent for direct visits and internal links. */
      referrer?: string;
      campaign?: CampaignValues;
      /** The search query when the page is a search results page (`?q=`). */
      search?: string;
    }
  /** A click; `n` counts clicks merged into one entry to keep storage small. */
  | { t: number; kind: 'click'; target: ClickTarget; n?: number }
  /** A key press; `n` as for clicks. */
  | { t: number; kind: 'key'; n?: number }
  /** The reader scrolled past a depth milestone (percent of the page) for the first time on this page. */
  | { t: number; kind: 'scroll'; depth: number }
  /** The reader began typing into, or submitted, the site's search form. */
  | { t: number; kind: 'form_start' | 'form_submit' }
  /** The page became visible and focused, or hidden / lost focus. */
  | { t: number; kind: 'visible' | 'hidden' }
  /**
   * A site-defined event every tool would receive because the site sends it (e.g. a sign-up);
   * `key` marks it as a GA4 key event (a conversion).
   */
  | { t: number; kind: 'custom_event'; name: string; key?: boolean }
  /** The reader ended the session by hand in the demo ("End this session now"). */
  | { t: number; kind: 'stop' };

export type RawKind = RawActivity['kind'];

/** Scroll milestones the recorder reports, in percent. */
export const SCROLL_MILESTONES: readonly number[] = Object.freeze([25, 50, 75, 90, 100]);

/** How many reader actions an entry stands for (merged clicks and key presses carry a count). */
export function weightOfRaw(activity: RawActivity): number {
  if (activity.kind !== 'click' && activity.kind !== 'key') return 1;
  const n = activity.n;
  return n !== undefined && Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
}

const TARGETS = new Set<ClickTarget>(['internal', 'outbound', 'download', 'other']);
const CAMPAIGN_KEYS = ['source', 'medium', 'campaign', 'term', 'content', 'gclid'] as const;

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function toCampaign(value: unknown): CampaignValues | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const out: CampaignValues = {};
  for (const key of CAMPAIGN_KEYS) {
    const v = optionalString((value as Record<string, unknown>)[key]);
    if (v !== undefined) out[key] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * Reads one entry of unknown origin (storage, a scenario file) into a RawActivity, or undefined
 * when it is not one. Unknown extra fields are dropped.
 */
export function parseRawActivity(value: unknown): RawActivity | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const t = v['t'];
  if (typeof t !== 'number' || !Number.isFinite(t)) return undefined;
  const n = typeof v['n'] === 'number' && v['n'] > 1 ? Math.floor(v['n']) : undefined;
  switch (v['kind']) {
    case 'page_view': {
      const path = optionalString(v['path']);
      if (path === undefined) return undefined;
      const out: RawActivity = { t, kind: 'page_view', path };
      const referrer = optionalString(v['referrer']);
      const campaign = toCampaign(v['campaign']);
      const search = optionalString(v['search']);
      if (referrer !== undefined) out.referrer = referrer;
      if (campaign !== undefined) out.campaign = campaign;
      if (search !== undefined) out.search = search;
      return out;
    }
    case 'click': {
      const target = v['target'];
      if (!TARGETS.has(target as ClickTarget)) return undefined;
      return n ? { t, kind: 'click', target: target as ClickTarget, n } : { t, kind: 'click', target: target as ClickTarget };
    }
    case 'key':
      return n ? { t, kind: 'key', n } : { t, kind: 'key' };
    case 'scroll': {
      const depth = v['depth'];
      if (typeof depth !== 'number' || !(depth > 0 && depth <= 100)) return undefined;
      return { t, kind: 'scroll', depth };
    }
    case 'custom_event': {
      const name = optionalString(v['name']);
      if (name === undefined) return undefined;
      return v['key'] === true ? { t, kind: 'custom_event', name, key: true } : { t, kind: 'custom_event', name };
    }
    case 'form_start':
    case 'form_submit':
    case 'visible':
    case 'hidden':
    case 'stop':
      return { t, kind: v['kind'] };
    default:
      return undefined;
  }
}
