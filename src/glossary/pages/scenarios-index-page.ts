/** The scenario lab's index (`/demos/scenarios/`): every scenario with each tool's session count. */
import type { Scenario } from '../scenario-parse';
import type { LaneReplay } from '../scenario-replay';
import { sitePath } from '../site';
import { HOME_CRUMB, type Crumb } from './crumbs';
import { SCENARIOS_CRUMB, SCENARIOS_PATH, scenarioPath } from './scenario-page';

export interface ScenarioCount {
  id: string;
  short: string;
  name: string;
  count: number;
  /** "session" or "visit", singular or plural as the count needs. */
  word: string;
}

export interface ScenarioCard {
  slug: string;
  title: string;
  summary: string;
  href: string;
  counts: ScenarioCount[];
  /** Whether the tools disagree on the count: the interesting ones. */
  split: boolean;
}

export interface ScenariosIndexPage {
  title: string;
  description: string;
  href: string;
  crumbs: Crumb[];
  cards: ScenarioCard[];
}

export function scenariosIndexPage(scenarios: readonly { scenario: Scenario; lanes: readonly LaneReplay[] }[]): ScenariosIndexPage {
  return {
    title: 'Scenario lab',
    description: 'Scripted visits replayed under the session rules of GA4, Universal Analytics, Adobe, Mixpanel, Matomo and PostHog: what each tool heard, and how many sessions it counted.',
    href: sitePath(SCENARIOS_PATH),
    crumbs: [HOME_CRUMB, SCENARIOS_CRUMB],
    cards: scenarios.map(({ scenario, lanes }) => {
      const counts = lanes.map(({ spec, result }) => {
        const n = result.sessions.length;
        return { id: spec.id, short: spec.short, name: spec.name, count: n, word: n === 1 ? spec.tool.sessionWord : `${spec.tool.sessionWord}s` };
      });
      return {
        slug: scenario.slug,
        title: scenario.title,
        summary: scenario.summary,
        href: scenarioPath(scenario.slug),
        counts,
        split: new Set(counts.map((c) => c.count)).size > 1,
      };
    }),
  };
}
