/**
 * The reader's progress as every progress element on the page sees it, read and written through
 * the site's storage door, with one place to hear about changes (a save here, another tab, or the
 * back/forward cache restoring the page).
 */
import { readStored, writeStored } from '../storage/site-storage';
import { parseProgress, PROGRESS_KEY, type Progress } from './progress';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export const loadProgress = (): Progress => parseProgress(readStored(PROGRESS_KEY));

/** Keeps the reader's progress; call it only for something the reader did. */
export function saveProgress(p: Progress): void {
  writeStored(PROGRESS_KEY, JSON.stringify(p));
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
