import { describe, expect, it } from 'vitest';
import { cardHint, isEnterCardKey, modifierName } from '../../src/client/elements/term-previews-keys';

const press = (key: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('the key into a card', () => {
  it('is Alt+Down arrow and nothing else', () => {
    expect(isEnterCardKey(press('ArrowDown', { altKey: true }))).toBe(true);
    expect(
      [press('ArrowDown'), press('Enter', { altKey: true }), press('ArrowDown', { altKey: true, shiftKey: true }), press('ArrowDown', { altKey: true, ctrlKey: true }), press('ArrowDown', { altKey: true, metaKey: true })].map(isEnterCardKey),
    ).toEqual([false, false, false, false, false]);
  });

  it('is named as the reader’s keyboard labels it', () => {
    expect([modifierName('MacIntel'), modifierName('iPhone'), modifierName('Win32'), modifierName('Linux x86_64')]).toEqual(['Option', 'Option', 'Alt', 'Alt']);
    expect(cardHint('Win32')).toBe('Alt+↓ moves into this preview; Esc closes it.');
  });
});
