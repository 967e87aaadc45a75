/**
 * "See it happen" on a term page: the scenarios that illustrate the term, the ones most about it
 * first (where it comes earliest in their `illustrates` list), then in file order (A–Z). At most
 * SCENARIO_LINKS_SHOWN: a term that every scenario touches (Session) links to the lab for the rest.
 */
import { scenarioPath } from './pages/scenario-page';
import type { Scenario } from './scenario-parse';

export const SCENARIO_LINKS_SHOWN = 4;

export interface ScenarioLink {
  title: string;
  href: string;
}

export function scenarioLinksFor(termSlug: string, scenarios: readonly Scenario[]): ScenarioLink[] {
  return scenarios
    .filter((s) => s.illustrates.includes(termSlug))
    .map((s, order) => ({ s, order, rank: s.illustrates.indexOf(termSlug) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, SCENARIO_LINKS_SHOWN)
    .map(({ s }) => ({ title: s.title, href: scenarioPath(s.slug) }));
}
