/**
 * The A–Z index's view toggle: list or cards. Without a choice the page follows its media query
 * (the list on phones); pressing a button applies that view and keeps it, and only then, in
 * `lexicon:az-view`, which the pre-paint script reads on the next page.
 */
import { readStored, writeStored, type StoredKey } from '../storage/site-storage';

export const AZ_VIEW_KEY: StoredKey = 'lexicon:az-view';
export const AZ_VIEWS = ['list', 'cards'] as const;
export type AzView = (typeof AZ_VIEWS)[number];

export const isAzView = (value: unknown): value is AzView => AZ_VIEWS.includes(value as AzView);

class AzViewToggle extends HTMLElement {
  connectedCallback() {
    const root = document.documentElement;
    const listByDefault = matchMedia(this.dataset.listByDefault ?? 'not all');
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-view]')];
    // The stored choice wins over the default; when storage is blocked this page still honours it.
    const stored = readStored(AZ_VIEW_KEY);
    if (isAzView(stored)) root.dataset.azView = stored;
    const show = () => {
      const current = root.dataset.azView ?? (listByDefault.matches ? 'list' : 'cards');
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.view === current));
    };
    for (const b of buttons) {
      b.addEventListener('click', () => {
        const view = b.dataset.view;
        if (!isAzView(view)) return;
        root.dataset.azView = view;
        writeStored(AZ_VIEW_KEY, view);
        show();
      });
    }
    listByDefault.addEventListener('change', show);
    show();
  }
}
customElements.define('az-view', AzViewToggle);
