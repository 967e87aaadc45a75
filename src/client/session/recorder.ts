/**
 * The session demo's recorder: once a reader has opted in, every page of the site logs its page
 * view and the reader's activity to localStorage (in this browser only), and tells other tabs.
 * Loaded only when the opt-in key exists; the check itself is recorder-check.ts.
 */
import type { Activity, ActivityKind } from '../../session/engine';
import { CHANNEL } from './keys';
import { appendActivity } from './store';

let started = false;
let sink: ((activity: Activity) => void) | undefined;
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;

/** Appends one activity to the shared log; false when storage is off or failing. */
export function record(kind: ActivityKind, extra: Partial<Activity> = {}): boolean {
  const activity: Activity = { t: Date.now(), kind, ...extra };
  let stored = false;
  try {
    stored = appendActivity(localStorage, activity);
  } catch {
    // Reading `localStorage` itself throws when storage is blocked.
  }
  if (stored) channel?.postMessage(activity.t);
  // Blocked or full storage: the demo on this page keeps the activity in memory instead.
  else sink?.(activity);
  return stored;
}

/** Starts logging this page (once per page). `fallback` receives activity storage refused. */
export function startRecording(fallback?: (activity: Activity) => void): void {
  if (fallback) sink = fallback;
  if (started) return;
  started = true;
  const campaign = new URLSearchParams(location.search).get('utm_campaign');
  record('pageview', { page: location.pathname, ...(campaign ? { campaign } : {}) });
  let lastScroll = 0;
  const interact = () => record('interaction');
  addEventListener('click', interact, { capture: true, passive: true });
  addEventListener('keydown', interact, { capture: true, passive: true });
  addEventListener(
    'scroll',
    () => {
      // Scrolling fires many times a second; one record a second is plenty.
      const now = Date.now();
      if (now - lastScroll > 1000) (lastScroll = now), interact();
    },
    { passive: true },
  );
  const visibility = () => record(document.visibilityState === 'visible' && document.hasFocus() ? 'visible' : 'hidden');
  addEventListener('visibilitychange', visibility);
  addEventListener('focus', visibility);
  addEventListener('blur', visibility);
  if (document.visibilityState === 'visible' && document.hasFocus()) record('visible');
}

/** Tells the recorder to stop writing (after "Stop and forget"). */
export function stopRecording(): void {
  sink = undefined;
}
