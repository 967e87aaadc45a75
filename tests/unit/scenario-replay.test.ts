import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/glossary/scenario-parse';
import { laneSpecs, replayScenario, scenarioLog } from '../../src/glossary/scenario-replay';

const START = Date.UTC(2026, 0, 10, 9, 0);
const MIN = 60_000;

function scenario(steps: string[]) {
  const source = `title: T\nsummary: S\nillustrates: [session]\ntimezone: Europe/London\nstart: 2026-01-10T09:00\nsteps:\n${steps.map((s) => `  - ${s}`).join('\n')}\n`;
  const { scenario: parsed, problems } = parseScenario('content/scenarios/t.yaml', source, ['session']);
  if (!parsed) throw new Error(problems.map((p) => p.message).join('\n'));
  return parsed;
}

describe('a scenario as raw activity', () => {
  it('turns steps into the raw log: hosts for referrers, campaign and search values, a visible tab after a page view, no repeated hidden', () => {
    const log = scenarioLog(
      scenario([
        '0:00:00 view /glossary/?utm_source=news&utm_campaign=spring&utm_id=7 from https://mail.example.com/inbox',
        '0:01:00 scroll 90%',
        '0:02:00 view /search/?q=bounce+rate',
        '0:03:00 click download /files/a.pdf',
        '0:04:00 hidden',
        '0:04:00 hidden',
        '0:05:00 visible',
      ]),
    );
    expect(log).toEqual([
      { t: START, kind: 'page_view', path: '/glossary/', referrer: 'mail.example.com', campaign: { source: 'news', campaign: 'spring' } },
      { t: START, kind: 'visible' },
      { t: START + MIN, kind: 'scroll', depth: 90 },
      { t: START + 2 * MIN, kind: 'page_view', path: '/search/', search: 'bounce rate' },
      { t: START + 3 * MIN, kind: 'click', target: 'download' },
      { t: START + 4 * MIN, kind: 'hidden' },
      { t: START + 5 * MIN, kind: 'visible' },
    ]);
  });

  it('spells out repeats, and a second tab becomes visible with its first page', () => {
    const log = scenarioLog(scenario(['0:00:00 view /a/', '0:00:00 hidden', '0:00:00 tab 2 view /b/ x3 every 2s']));
    expect(log.map((a) => [a.t - START, a.kind])).toEqual([
      [0, 'page_view'],
      [0, 'visible'],
      [0, 'hidden'],
      [0, 'page_view'],
      [0, 'visible'],
      [2000, 'page_view'],
      [4000, 'page_view'],
    ]);
  });
});

describe('lanes', () => {
  it('are every tool with its defaults, then each switch flipped', () => {
    expect(laneSpecs().map((l) => [l.id, l.short, l.toggles])).toEqual([
      ['ga4', 'GA4', {}],
      ['ua', 'UA', {}],
      ['adobe', 'Adobe', {}],
      ['mixpanel', 'Mixpanel', {}],
      ['matomo', 'Matomo', { heartbeat: false }],
      ['matomo-heartbeat', 'Matomo + heartbeat', { heartbeat: true }],
      ['posthog', 'PostHog', { replay: false }],
      ['posthog-replay', 'PostHog + replay', { replay: true }],
    ]);
  });

  it('replay the scenario in its time zone, with every session closed', () => {
    const lanes = replayScenario(scenario(['0:00:00 view /a/', '0:31:00 scroll 90%']));
    const ga4 = lanes.find((l) => l.spec.id === 'ga4')!.result;
    // GA4 hears the page view and the 90 % scroll, 31 minutes apart: two sessions.
    expect(ga4.sessions.map((s) => [s.start - START, s.end! - START, s.endReason])).toEqual([
      [0, 30 * MIN, 'inactivity'],
      [31 * MIN, 61 * MIN, 'inactivity'],
    ]);
    // UA hears only the page view.
    expect(lanes.find((l) => l.spec.id === 'ua')!.result.sessions).toHaveLength(1);
  });
});
