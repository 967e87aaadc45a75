/**
 * The names the storage door shares with code that must stay tiny (every page's module): the key
 * prefix, the keys themselves and the event fired when storage refuses a write. No logic, so
 * importing a name never pulls the storage code into a page's first load.
 */
export const KEY_PREFIX = 'lexicon:';
export type StoredKey = `lexicon:${string}`;
export const STORAGE_UNAVAILABLE_EVENT = 'lexicon:storage-unavailable';

export const THEME_KEY = 'lexicon:theme';
export const PREVIEWS_KEY = 'lexicon:previews';
export const PROGRESS_KEY = 'lexicon:progress';
export const QUIZ_KEY = 'lexicon:quiz';
export const DECK_KEY = 'lexicon:deck';
export const SESSION_DEMO_KEY = 'lexicon:session-demo';
