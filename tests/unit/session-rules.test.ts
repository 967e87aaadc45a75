import { describe, expect, it } from 'vitest';
import type { SessionRules } from '../../src/session/rules';
import { PRESETS, presetById, withTimeout } from '../../src/session/rules';

const S = 1_000;
const MIN = 60 * S;
const H = 60 * MIN;

function preset(id: string): SessionRules {
  const rules = presetById(id);
  if (!rules) throw new Error(`no preset ${id}`);
  return rules;
}

describe('session rules', () => {
  it('lists the presets in order, each with a vendor source and a note', () => {
    expect(PRESETS.map((r) => r.id)).toEqual(['ga4', 'ua', 'adobe', 'mixpanel', 'matomo', 'posthog', 'demo']);
    for (const rules of PRESETS) {
      expect(rules.source.url).toMatch(/^https:\/\//);
      expect(rules.note.length).toBeGreaterThan(10);
    }
    expect(preset('demo').timeoutMs).toBe(30 * S);
    expect(preset('demo').note).toMatch(/not a vendor rule/i);
    expect(preset('ga4').source.url).toMatch(/support\.google\.com\/analytics\/answer\/(12798876|9191807)/);
  });

  it('encodes the documented differences', () => {
    expect(preset('ga4')).toMatchObject({ timeoutMs: 30 * MIN, midnightReset: false, campaignReset: false });
    expect(preset('ga4').timeoutRange).toEqual({ minMs: 5 * MIN, maxMs: 7 * H + 55 * MIN });
    expect(preset('ua')).toMatchObject({ midnightReset: true, campaignReset: true, dropHitsAfter: 500 });
    expect(preset('ua').maxHits).toBeUndefined();
    expect(preset('adobe').timeoutRange).toEqual({ minMs: MIN, maxMs: 30 * MIN });
    expect(preset('adobe')).toMatchObject({ maxDurationMs: 12 * H, maxHits: 2500, midnightReset: false });
    expect(preset('mixpanel')).toMatchObject({ midnightReset: true, maxDurationMs: 24 * H });
    expect(preset('mixpanel').timeoutRange).toEqual({ minMs: MIN, maxMs: 24 * H });
    expect(preset('matomo')).toMatchObject({ midnightReset: true, campaignReset: true });
    expect(preset('posthog')).toMatchObject({ maxDurationMs: 24 * H, midnightReset: false });
  });

  it('finds presets by id', () => {
    expect(presetById('adobe')?.name).toBe('Adobe Analytics');
    expect(presetById('nope')).toBeUndefined();
  });

  it('clamps a custom timeout to what the vendor allows', () => {
    const ga4 = preset('ga4');
    expect(withTimeout(ga4, MIN).timeoutMs).toBe(5 * MIN);
    expect(withTimeout(ga4, 10 * H).timeoutMs).toBe(7 * H + 55 * MIN);
    expect(withTimeout(ga4, 45 * MIN).timeoutMs).toBe(45 * MIN);
    expect(withTimeout(preset('demo'), 5 * S).timeoutMs).toBe(5 * S);
    expect(withTimeout(ga4, Number.NaN).timeoutMs).toBe(30 * MIN);
    expect(ga4.timeoutMs).toBe(30 * MIN);
  });
});
