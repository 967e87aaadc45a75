/**
 * The reader's theme choice: the pre-paint script applies it from storage before first paint, so
 * the page's `data-theme` is the current choice; saving goes through the storage door.
 */
import { THEME_KEY } from './names';
import { removeStored, writeStored } from './site-storage';

export type Theme = 'system' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export const isStoredTheme = (value: unknown): value is 'light' | 'dark' => value === 'light' || value === 'dark';

/** The theme shown now, as the pre-paint script (or a later change) set it. */
export function currentTheme(): Theme {
  const value = document.documentElement.dataset['theme'];
  return isStoredTheme(value) ? value : 'system';
}

/** Shows `theme` on this page (no storage). */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
  document.dispatchEvent(new CustomEvent('lexicon:theme-shown'));
}

/** Keeps the choice for later pages; "system" is the absence of a choice. */
export function saveTheme(theme: Theme): void {
  if (theme === 'system') removeStored(THEME_KEY);
  else writeStored(THEME_KEY, theme);
}
