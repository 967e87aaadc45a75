/**
 * The link card of each kind of page, from the glossary: the page passes it to BaseLayout
 * (`ogImage`), and the image integration renders the same list as soon as the build starts
 * (`glossaryCards`), while Astro is still busy with everything else. Cards need only the
 * glossary's entries and lookups (`GlossaryCatalogue`), not its links, so the build can list them
 * before the whole glossary is built.
 */
import { stripWikiLinks } from '../term-links/render';
import type { GlossaryCatalogue } from './glossary';
import type { OgCardInput } from './og-card';
import { scenariosIndexPage } from './pages/scenarios-index-page';
import type { CategoryEntry, GuideEntry, ServiceEntry, TermEntry } from './records';
import type { Scenario } from './scenario-parse';
import { SITE } from './site';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A term: its categories, title and plain-English line, the way the term page highlights it. */
export function termCard(glossary: GlossaryCatalogue, term: TermEntry): OgCardInput {
  return {
    kind: 'Glossary term',
    title: term.data.title,
    categories: term.data.categories.flatMap((slug) => glossary.category(slug)?.data.title ?? []),
    line: stripWikiLinks(term.data.plainEnglish),
    lineStyle: 'highlight',
  };
}

export const guideCard = (guide: GuideEntry): OgCardInput => ({
  kind: 'Guide',
  title: guide.data.title,
  line: stripWikiLinks(guide.data.summary),
  meta: `Learning path · ${count(guide.data.steps.length, 'step', 'steps')} · about ${guide.data.minutes} min`,
});

export const serviceCard = (service: ServiceEntry): OgCardInput => ({
  kind: 'Service',
  title: service.data.title,
  line: stripWikiLinks(service.data.summary),
});

export const categoryCard = (glossary: GlossaryCatalogue, category: CategoryEntry): OgCardInput => ({
  kind: 'Category',
  title: category.data.title,
  line: category.data.description,
  meta: count(glossary.termsIn(category.slug).length, 'term', 'terms'),
});

/** The home page's card, also every page's that has none of its own (search, letters, the demo). */
export const siteCard = (): OgCardInput => ({ kind: 'Glossary', title: SITE.tagline, line: SITE.description });

export const glossaryIndexCard = (glossary: GlossaryCatalogue): OgCardInput => ({
  kind: 'Glossary',
  title: 'Glossary A–Z',
  line: 'Every term, A to Z, with a one-sentence definition and a line in plain English.',
  meta: `${count(glossary.terms.length, 'term', 'terms')} · ${count(glossary.categories.length, 'category', 'categories')}`,
});

export const guidesIndexCard = (glossary: GlossaryCatalogue): OgCardInput => ({
  kind: 'Guides',
  title: 'Guides',
  line: 'Learning paths: a handful of terms in the order that makes them easy, with the story that connects them.',
  meta: count(glossary.guides.length, 'learning path', 'learning paths'),
});

export const servicesIndexCard = (): OgCardInput => ({
  kind: 'Services',
  title: 'Services',
  line: 'The kinds of work these terms come up in, and what each involves.',
});

export const scenarioCard = (scenario: Scenario): OgCardInput => ({ kind: 'Scenario lab', title: scenario.title, line: scenario.summary });

/** The scenario lab's index: its title and description need no replays. */
export function scenarioLabCard(scenarios: readonly Scenario[]): OgCardInput {
  const { title, description } = scenariosIndexPage([]);
  return { kind: 'Demo', title, line: description, meta: count(scenarios.length, 'scenario', 'scenarios') };
}

/** The cards of the scenario lab's pages, to render before the pages do. */
export const scenarioCards = (scenarios: readonly Scenario[]): OgCardInput[] => [scenarioLabCard(scenarios), ...scenarios.map(scenarioCard)];

/** Every card the glossary's own pages ask for, to render before the pages do. */
export function glossaryCards(glossary: GlossaryCatalogue): OgCardInput[] {
  return [
    siteCard(),
    glossaryIndexCard(glossary),
    guidesIndexCard(glossary),
    servicesIndexCard(),
    ...glossary.categories.map((category) => categoryCard(glossary, category)),
    ...glossary.guides.map(guideCard),
    ...glossary.services.map(serviceCard),
    ...glossary.terms.map((term) => termCard(glossary, term)),
  ];
}
