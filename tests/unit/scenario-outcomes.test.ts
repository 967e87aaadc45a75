/**
 * Every scenario in content/scenarios/, replayed: each lane's session count, checked by hand
 * against the rules the session layer documents (the comment beside each row says which rule
 * decides it). A change to a tool's rules that changes a count fails here, so the scenario's
 * words can be re-read before the page changes its story.
 */
import { describe, expect, it } from 'vitest';
import { readScenarioFiles } from '../../src/glossary/scenario-fs';
import { parseScenarios } from '../../src/glossary/scenario-parse';
import { replayScenario } from '../../src/glossary/scenario-replay';

const { scenarios, problems } = parseScenarios(readScenarioFiles('.'));

type Counts = Record<'ga4' | 'ua' | 'adobe' | 'mixpanel' | 'matomo' | 'matomo-heartbeat' | 'posthog' | 'posthog-replay', number>;

const EXPECTED: Record<string, Counts> = {
  // 23:50–00:10 in New York, no gap over 5 minutes: UA, Mixpanel and Matomo reset at midnight.
  'across-midnight': { ga4: 1, ua: 2, adobe: 1, mixpanel: 2, matomo: 2, 'matomo-heartbeat': 2, posthog: 1, 'posthog-replay': 1 },
  // A tagged link mid-visit: UA (any campaign change) and Matomo (new campaign, default on) start again.
  'ad-click-mid-visit': { ga4: 1, ua: 2, adobe: 1, mixpanel: 1, matomo: 2, 'matomo-heartbeat': 2, posthog: 1, 'posthog-replay': 1 },
  // 601 page views 3 s apart: no timeout; UA processes 500 and drops 101 without a new session;
  // Adobe's 2,500-hit limit is not reached.
  'burst-of-600': { ga4: 1, ua: 1, adobe: 1, mixpanel: 1, matomo: 1, 'matomo-heartbeat': 1, posthog: 1, 'posthog-replay': 1 },
  // GA4 hears the page view (0:00) and the 90 % scroll (0:38): 38 minutes apart. Matomo's heartbeat
  // pings when the tab is left at 0:40. Mixpanel hears every scroll milestone, no gap over 14 min.
  'long-read-no-clicks': { ga4: 2, ua: 1, adobe: 1, mixpanel: 1, matomo: 1, 'matomo-heartbeat': 2, posthog: 1, 'posthog-replay': 1 },
  // Away from 0:05 to 0:40 with nothing sent: every tool times out.
  'lunch-break': { ga4: 2, ua: 2, adobe: 2, mixpanel: 2, matomo: 2, 'matomo-heartbeat': 2, posthog: 2, 'posthog-replay': 2 },
  // One page for three minutes: one session everywhere (the metrics differ: bounce or engaged).
  'one-page-three-minutes': { ga4: 1, ua: 1, adobe: 1, mixpanel: 1, matomo: 1, 'matomo-heartbeat': 1, posthog: 1, 'posthog-replay': 1 },
  // The outbound click at 0:25 reaches every tool but UA, whose next hit is the page view at 0:51.
  'outbound-and-back': { ga4: 1, ua: 2, adobe: 1, mixpanel: 1, matomo: 1, 'matomo-heartbeat': 1, posthog: 1, 'posthog-replay': 1 },
  // GA4: page view at 0:00, then nothing until the 90 % scroll at 0:31. PostHog with replay hears
  // every scroll, click and key. Matomo's heartbeat pings only when the tab is left (0:31:30).
  'read-31-minutes': { ga4: 2, ua: 1, adobe: 1, mixpanel: 1, matomo: 1, 'matomo-heartbeat': 2, posthog: 1, 'posthog-replay': 1 },
  // The download at 0:20 keeps every tool that hears downloads going to 0:45; UA hears none.
  'search-then-download': { ga4: 1, ua: 2, adobe: 1, mixpanel: 1, matomo: 1, 'matomo-heartbeat': 1, posthog: 1, 'posthog-replay': 1 },
  // Tabs share one session: the second tab's page views keep it alive while the first is idle.
  'two-tabs': { ga4: 1, ua: 1, adobe: 1, mixpanel: 1, matomo: 1, 'matomo-heartbeat': 1, posthog: 1, 'posthog-replay': 1 },
};

describe('scenario outcomes', () => {
  it('every scenario file reads', () => {
    expect(problems).toEqual([]);
    expect(scenarios.map((s) => s.slug)).toEqual(Object.keys(EXPECTED));
  });

  for (const scenario of scenarios) {
    it(`${scenario.slug}: sessions per tool`, () => {
      const counts = Object.fromEntries(replayScenario(scenario).map(({ spec, result }) => [spec.id, result.sessions.length]));
      expect(counts).toEqual(EXPECTED[scenario.slug]);
    });
  }

  it('burst-of-600: UA drops the hits past 500 and keeps one session', () => {
    const burst = scenarios.find((s) => s.slug === 'burst-of-600')!;
    const ua = replayScenario(burst).find((l) => l.spec.id === 'ua')!.result;
    expect(ua.heard).toHaveLength(601);
    expect(ua.heard.filter((h) => h.dropped)).toHaveLength(101);
    expect(ua.sessions).toHaveLength(1);
  });
});
