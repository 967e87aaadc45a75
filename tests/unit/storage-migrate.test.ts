import { describe, expect, it } from 'vitest';
import { PREPAINT_SCRIPT } from '../../src/client/prepaint';

/** Runs the pre-paint script against `initial`: the theme it applied and what storage holds after. */
function prepaint(initial: Record<string, string>, { full = false } = {}) {
  const items = new Map(Object.entries(initial));
  const storage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items.set(k, v);
    },
    removeItem: (k: string) => void items.delete(k),
  };
  const classes: string[] = [];
  const root = { classList: { add: (c: string) => classes.push(c) }, dataset: {} as Record<string, string> };
  new Function('document', 'localStorage', PREPAINT_SCRIPT)({ documentElement: root }, storage);
  return { theme: root.dataset['theme'], held: Object.fromEntries(items), classes };
}

describe('pre-paint script', () => {
  it('marks that scripts run and applies lexicon:theme, ignoring junk', () => {
    expect(prepaint({ 'lexicon:theme': 'dark' })).toEqual({ theme: 'dark', held: { 'lexicon:theme': 'dark' }, classes: ['js'] });
    expect(prepaint({ 'lexicon:theme': 'purple' }).theme).toBeUndefined();
    expect(prepaint({}).theme).toBeUndefined();
  });

  it('moves the old theme and previews keys to their lexicon: names once, and applies the theme', () => {
    const first = prepaint({ theme: 'light', previews: 'off', other: 'kept' });
    expect(first).toMatchObject({ theme: 'light', held: { other: 'kept', 'lexicon:theme': 'light', 'lexicon:previews': 'off' } });
    expect(prepaint(first.held).held).toEqual(first.held);
  });

  it('keeps a newer prefixed value and drops the old one', () => {
    expect(prepaint({ theme: 'light', 'lexicon:theme': 'dark' })).toMatchObject({ theme: 'dark', held: { 'lexicon:theme': 'dark' } });
  });

  it('still applies the old theme when storage is full and nothing can move', () => {
    expect(prepaint({ theme: 'dark' }, { full: true })).toMatchObject({ theme: 'dark', held: { theme: 'dark' } });
  });
});
