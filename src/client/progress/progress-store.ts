/**
 * The reader's progress as every progress element on the page sees it: kept in localStorage, or
 * in memory for this page when storage is blocked, with one place to hear about changes (a save
 * here, another tab, or the back/forward cache restoring the page).
 */
import { emptyProgress, parseProgress, PROGRESS_KEY, type Progress } from './progress';

let memory: Progress | undefined;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export function loadProgress(): Progress {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_KEY));
  } catch {
    return (memory ??= emptyProgress());
  }
}

export function saveProgress(p: Progress): void {
  memory = p;
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(p));
  } catch {
    /* Blocked: this page keeps it in memory. */
  }
  notify();
}

/** Calls `listener` whenever progress may have changed; returns the unsubscribe. */
export function onProgressChange(listener: () => void): () => void {
  if (!listeners.size) {
    // Registered once, with the first element: nothing on a page without progress listens.
    addEventListener('storage', (e) => e.key === PROGRESS_KEY && notify());
    addEventListener('pageshow', notify);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
