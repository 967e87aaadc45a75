/** "See it happen" on a term page: the scenarios that illustrate the term, in file order (A–Z). */
import { scenarioPath } from './pages/scenario-page';
import type { Scenario } from './scenario-parse';

export interface ScenarioLink {
  title: string;
  href: string;
}

export function scenarioLinksFor(termSlug: string, scenarios: readonly Scenario[]): ScenarioLink[] {
  return scenarios.filter((s) => s.illustrates.includes(termSlug)).map((s) => ({ title: s.title, href: scenarioPath(s.slug) }));
}
