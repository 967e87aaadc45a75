import { describe, expect, it } from 'vitest';
import { PREPAINT_SCRIPT } from '../../src/client/prepaint';
import { migrateLegacyKeys } from '../../src/client/storage/migrate';

function storage(initial: Record<string, string>) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

/** Runs the pre-paint script against `items`; the theme it applied. */
function prepaint(items: Record<string, string>): string | undefined {
  const root = { classList: { add: () => undefined }, dataset: {} as Record<string, string> };
  new Function('document', 'localStorage', PREPAINT_SCRIPT)({ documentElement: root }, storage(items));
  return root.dataset['theme'];
}

describe('moving the old unprefixed keys', () => {
  it('moves theme and previews to their lexicon: names once', () => {
    const s = storage({ theme: 'dark', previews: 'off', other: 'kept' });
    expect(migrateLegacyKeys(s)).toBe(true);
    expect(Object.fromEntries(s.items)).toEqual({ other: 'kept', 'lexicon:theme': 'dark', 'lexicon:previews': 'off' });
    expect(migrateLegacyKeys(s)).toBe(false);
  });

  it('keeps a newer prefixed value and drops the old one', () => {
    const s = storage({ theme: 'dark', 'lexicon:theme': 'light' });
    migrateLegacyKeys(s);
    expect(Object.fromEntries(s.items)).toEqual({ 'lexicon:theme': 'light' });
  });

  it('does nothing where nothing old is kept', () => {
    const s = storage({});
    expect(migrateLegacyKeys(s)).toBe(false);
    expect(s.items.size).toBe(0);
  });
});

describe('pre-paint theme', () => {
  it('reads lexicon:theme, falls back to the old key until it moves, ignores junk', () => {
    expect(prepaint({ 'lexicon:theme': 'dark' })).toBe('dark');
    expect(prepaint({ theme: 'light' })).toBe('light');
    expect(prepaint({ 'lexicon:theme': 'dark', theme: 'light' })).toBe('dark');
    expect(prepaint({ 'lexicon:theme': 'purple' })).toBeUndefined();
    expect(prepaint({})).toBeUndefined();
  });
});
