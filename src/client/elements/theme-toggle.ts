/**
 * The header's theme button: cycles System → Light → Dark. The pre-paint script already applied
 * the stored choice, so the page's `data-theme` says what is shown. The choice is written the
 * moment it is made (not after a lazy load), so following a link straight after keeps it.
 */
import { removeStored, writeStored } from '../storage/site-storage';

const ORDER = ['system', 'light', 'dark'] as const;
type Theme = (typeof ORDER)[number];
const LABEL: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

const shown = (): Theme => {
  const value = document.documentElement.dataset['theme'];
  return value === 'light' || value === 'dark' ? value : 'system';
};

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-theme-button]');
    const label = this.querySelector<HTMLElement>('[data-theme-label]');
    if (!button || !label) return;
    const show = () => {
      const theme = shown();
      label.textContent = LABEL[theme];
      button.setAttribute('aria-label', `Theme: ${LABEL[theme].toLowerCase()} (change)`);
      button.dataset['current'] = theme;
    };
    show();
    // The "Your data" page replaces or forgets the setting; it says so with this event.
    document.addEventListener('lexicon:theme-shown', show);
    button.addEventListener('click', () => {
      const next = ORDER[(ORDER.indexOf(shown()) + 1) % ORDER.length]!;
      if (next === 'system') {
        delete document.documentElement.dataset['theme'];
        removeStored('lexicon:theme');
      } else {
        document.documentElement.dataset['theme'] = next;
        writeStored('lexicon:theme', next);
      }
      show();
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);

export {};
