/**
 * Showing a theme setting that changed under the page (an import or "Forget everything"): the
 * pre-paint script applies the stored choice on every later page, and the header's button hears
 * `lexicon:theme-shown` to update its label.
 */
export type Theme = 'system' | 'light' | 'dark';

export const isStoredTheme = (value: unknown): value is 'light' | 'dark' => value === 'light' || value === 'dark';

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
  document.dispatchEvent(new CustomEvent('lexicon:theme-shown'));
}
