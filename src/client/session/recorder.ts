/**
 * The session demo's recorder: once a reader has opted in, every page of the site logs the
 * reader's raw activity (src/session/raw-activity.ts) to this browser's storage and tells the
 * demo and other tabs. Loaded only when the opt-in key exists (recorder-check.ts), so pages carry
 * none of this before opt-in. Which of this activity each analytics tool would hear is decided
 * later, by replay(); the recorder keeps what the reader did.
 */
import { SCROLL_MILESTONES, type CampaignValues, type ClickTarget, type RawActivity } from '../../session/raw-activity';
import { CHANGED_EVENT, demoStorage, forgetDemo } from './demo-storage';
import { CHANNEL } from './keys';
import { showIndicator, hideIndicator } from './recording-indicator';
import { appendActivity, parseData } from './store';

let started = false;
let stopped = false;
let channel: BroadcastChannel | undefined;
/** Aborting it removes every listener this page's recording added. */
let listening = new AbortController();

type Without<T> = T extends unknown ? Omit<T, 't'> : never;

/** Appends one activity to the shared log; false when the browser would not store it (this page keeps it in memory). */
export function record(activity: Without<RawActivity>): boolean {
  if (stopped) return false;
  const stored = appendActivity(demoStorage, { t: Date.now(), ...activity } as RawActivity);
  channel?.postMessage(Date.now());
  dispatchEvent(new CustomEvent(CHANGED_EVENT));
  return stored;
}

const DOWNLOAD = /\.(pdf|zip|gz|csv|xlsx?|docx?|pptx?|txt|json|xml|mp3|mp4|mov|dmg|exe)$/i;

/** What kind of link, if any, a click landed on. */
export function clickTarget(target: EventTarget | null): ClickTarget {
  const link = target instanceof Element ? target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement)) return 'other';
  const url = new URL(link.href, location.href);
  if (link.hasAttribute('download') || DOWNLOAD.test(url.pathname)) return 'download';
  return url.origin === location.origin ? 'internal' : 'outbound';
}

function pageView(): Without<RawActivity> {
  const params = new URLSearchParams(location.search);
  const campaign: CampaignValues = {};
  for (const key of ['source', 'medium', 'campaign', 'term', 'content'] as const) {
    const value = params.get(`utm_${key}`);
    if (value) campaign[key] = value;
  }
  const gclid = params.get('gclid');
  if (gclid) campaign.gclid = gclid;
  let referrer: string | undefined;
  try {
    const from = document.referrer ? new URL(document.referrer) : undefined;
    if (from && from.origin !== location.origin) referrer = from.host;
  } catch {
    /* An unreadable referrer is no referrer. */
  }
  const search = location.pathname.endsWith('/search/') ? (params.get('q') ?? undefined) : undefined;
  return {
    kind: 'page_view',
    path: location.pathname,
    ...(referrer ? { referrer } : {}),
    ...(Object.keys(campaign).length ? { campaign } : {}),
    ...(search ? { search } : {}),
  };
}

function listen<K extends keyof WindowEventMap>(type: K, handler: (e: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void {
  addEventListener(type, handler, { ...options, signal: listening.signal });
}

/** Starts logging this page (once per page) and shows the recording indicator. */
export function startRecording(): void {
  stopped = false;
  if (started) return;
  started = true;
  channel ??= typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  record(pageView());
  showIndicator(stopAndForget);

  listen('click', (e) => record({ kind: 'click', target: clickTarget(e.target) }), { capture: true, passive: true });
  listen('keydown', () => record({ kind: 'key' }), { capture: true, passive: true });

  const reached = new Set<number>();
  listen(
    'scroll',
    () => {
      const depth = ((scrollY + innerHeight) / Math.max(1, document.documentElement.scrollHeight)) * 100;
      for (const milestone of SCROLL_MILESTONES) {
        if (depth + 0.5 >= milestone && !reached.has(milestone)) {
          reached.add(milestone);
          record({ kind: 'scroll', depth: milestone });
        }
      }
    },
    { passive: true },
  );

  // The search form: the first keystroke into it, and its submission.
  let formStarted = false;
  const inSearchForm = (e: Event) => e.target instanceof Element && e.target.closest('form[role="search"]') !== null;
  listen('input', (e) => {
    if (!formStarted && inSearchForm(e)) (formStarted = true), record({ kind: 'form_start' });
  }, { capture: true });
  listen('submit', (e) => inSearchForm(e) && record({ kind: 'form_submit' }), { capture: true });

  let visible: boolean | null = null;
  const visibility = () => {
    const now = document.visibilityState === 'visible' && document.hasFocus();
    if (now !== visible) (visible = now), record({ kind: now ? 'visible' : 'hidden' });
  };
  document.addEventListener('visibilitychange', visibility, listening);
  listen('focus', visibility);
  listen('blur', visibility);
  visibility();

  // Stopped elsewhere (another tab, the demo's own button): stop here too.
  const recheck = () => {
    if (parseData(demoStorage.read()).status === 'off') stopRecording();
  };
  if (channel) channel.onmessage = recheck;
  listen('storage', recheck);
}

/** Stops writing on this page and hides the indicator (after "Stop and forget"). */
export function stopRecording(): void {
  stopped = true;
  started = false;
  listening.abort();
  listening = new AbortController();
  hideIndicator();
}

/** The indicator's "stop": forget everything recorded and tell every tab. */
export function stopAndForget(): void {
  stopRecording();
  forgetDemo();
  const tell = channel ?? (typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined);
  tell?.postMessage(Date.now());
  dispatchEvent(new CustomEvent(CHANGED_EVENT));
}

// The island reads and writes the same log; taking these from here keeps the recorder and the
// island in one chunk, so the every-page opt-in check preloads a single file.
export { CHANGED_EVENT, demoStorage, forgetDemo } from './demo-storage';
export { emptyData, parseData, serialiseData, type DemoData } from './store';
