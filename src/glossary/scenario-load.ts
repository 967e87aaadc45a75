/**
 * The scenarios every page reads: the files in `content/scenarios/`, checked against the glossary
 * (the terms they illustrate must exist). A bad file fails the build with every problem at once.
 */
import { live, throttled } from './content-fs';
import { getGlossary } from './load';
import { ContentError } from './problem';
import { readScenarioFiles, scenarioSignature } from './scenario-fs';
import { parseScenarios, type Scenario } from './scenario-parse';

/**
 * Built once per build; in `astro dev` re-read when a scenario or content file changes (the key
 * carries the scenario files' signature, `live` watches the content). Throws a ContentError.
 */
export async function getScenarios(root = '.'): Promise<Scenario[]> {
  const glossary = await getGlossary(root);
  return live(
    `scenarios:${throttled(`scenario-signature:${root}`, () => scenarioSignature(root))}`,
    () => {
      const termSlugs = glossary.terms.map((t) => t.slug);
      const { scenarios, problems } = parseScenarios(readScenarioFiles(root), termSlugs);
      if (problems.length) throw new ContentError(problems);
      return scenarios;
    },
    root,
  );
}
