/** The header's theme button: cycles System → Light → Dark and remembers the choice. */
const ORDER = ['system', 'light', 'dark'] as const;
type Theme = (typeof ORDER)[number];
const LABEL: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

function stored(): Theme {
  try {
    const value = localStorage.getItem('theme');
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function apply(theme: Theme) {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
  try {
    if (theme === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', theme);
  } catch {
    /* Storage blocked: the choice lasts for this page only. */
  }
}

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-theme-button]');
    const label = this.querySelector<HTMLElement>('[data-theme-label]');
    if (!button || !label) return;
    const show = (theme: Theme) => {
      label.textContent = LABEL[theme];
      button.setAttribute('aria-label', `Theme: ${LABEL[theme].toLowerCase()} (change)`);
      button.dataset['current'] = theme;
    };
    show(stored());
    button.addEventListener('click', () => {
      const next = ORDER[(ORDER.indexOf(stored()) + 1) % ORDER.length] ?? 'system';
      apply(next);
      show(next);
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);

export {};
