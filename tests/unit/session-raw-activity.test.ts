import { describe, expect, it } from 'vitest';
import { parseRawActivity, weightOfRaw } from '../../src/session/raw-activity';

describe('parseRawActivity', () => {
  it('keeps every documented field of a page view and drops unknown or empty ones', () => {
    expect(
      parseRawActivity({ t: 1, kind: 'page_view', path: '/', referrer: 'news.example', campaign: { source: 'mail', term: '', extra: 'x' }, search: 'bounce', junk: 1 }),
    ).toEqual({ t: 1, kind: 'page_view', path: '/', referrer: 'news.example', campaign: { source: 'mail' }, search: 'bounce' });
  });

  it('reads each kind and rejects malformed entries', () => {
    expect(parseRawActivity({ t: 2, kind: 'click', target: 'outbound', n: 3 })).toEqual({ t: 2, kind: 'click', target: 'outbound', n: 3 });
    expect(parseRawActivity({ t: 2, kind: 'click', target: 'elsewhere' })).toBeUndefined();
    expect(parseRawActivity({ t: 3, kind: 'scroll', depth: 90 })).toEqual({ t: 3, kind: 'scroll', depth: 90 });
    expect(parseRawActivity({ t: 3, kind: 'scroll', depth: 140 })).toBeUndefined();
    expect(parseRawActivity({ t: 4, kind: 'custom_event', name: 'sign_up', key: true })).toEqual({ t: 4, kind: 'custom_event', name: 'sign_up', key: true });
    expect(parseRawActivity({ t: 5, kind: 'hidden' })).toEqual({ t: 5, kind: 'hidden' });
    expect(parseRawActivity({ t: Number.NaN, kind: 'key' })).toBeUndefined();
    expect(parseRawActivity({ t: 6, kind: 'page_view' })).toBeUndefined();
    expect(parseRawActivity('nope')).toBeUndefined();
  });

  it('weighs merged clicks and keys by their count and everything else as one', () => {
    expect(weightOfRaw({ t: 1, kind: 'key', n: 4 })).toBe(4);
    expect(weightOfRaw({ t: 1, kind: 'click', target: 'other' })).toBe(1);
    expect(weightOfRaw({ t: 1, kind: 'scroll', depth: 25 })).toBe(1);
  });
});
