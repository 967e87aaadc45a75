/**
 * The key that moves focus from a term link into its open preview card: Alt+Down arrow (Option+Down
 * arrow on a Mac). Chosen because it does nothing to a focused link: Enter (with or without Shift,
 * Ctrl or Cmd) follows or opens the link, Alt+Left and Alt+Right are history, and plain arrow keys
 * scroll or belong to a screen reader's reading mode.
 */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export function isEnterCardKey(e: KeyPress): boolean {
  return e.key === 'ArrowDown' && e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey;
}

/** The modifier's name as the reader's keyboard labels it. */
export function modifierName(platform: string): string {
  return /mac|iphone|ipad/i.test(platform) ? 'Option' : 'Alt';
}

/** The hint a card shows and gives as its accessible description. */
export function cardHint(platform: string): string {
  return `${modifierName(platform)}+↓ moves into this preview; Esc closes it.`;
}
