/** The session demo's log in browser storage, through the site's one storage door. */
import { readStored, removeStored, writeStored } from '../storage/site-storage';
import { STORE_KEY } from './keys';
import type { StoreIO } from './store';

/**
 * Fired on window after this page changed the log, so the demo on this page re-reads it. Kept out
 * of keys.ts, which every page loads eagerly.
 */
export const CHANGED_EVENT = 'lexicon:session-demo-changed';

export const demoStorage: StoreIO = {
  read: () => readStored(STORE_KEY),
  write: (value) => writeStored(STORE_KEY, value),
};

export function forgetDemo(): void {
  removeStored(STORE_KEY);
}
