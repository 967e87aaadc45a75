#!/usr/bin/env node
// `npm run lint:content`: every content rule (src/glossary/rules.ts) over content/, without running
// Astro: the build's rules and the editorial ones. Prints every problem and exits 1 on any error.
// Runs TypeScript sources, so it is started with tsx (see package.json).
import { checkContent } from '../src/glossary/content-check.ts';
import { readContent } from '../src/glossary/content-fs.ts';
import { RULES } from '../src/glossary/rules.ts';
import { readScenarioFiles } from '../src/glossary/scenario-fs.ts';
import { parseScenarios, SCENARIO_RULE } from '../src/glossary/scenario-parse.ts';
import { formatReport } from './lib/lint-report.ts';

const content = readContent(process.cwd());
const { terms, guides, services } = content.input;
// Scenarios (content/scenarios/*.yaml) are checked as the build checks them, against these terms.
const scenarioFiles = readScenarioFiles(process.cwd());
const scenarioProblems = parseScenarios(scenarioFiles, terms.map((t) => t.slug)).problems;
const problems = [...checkContent(content).problems, ...scenarioProblems];

console.log(formatReport(problems, { terms: terms.length, guides: guides.length, services: services.length }, [...RULES, SCENARIO_RULE]));
console.log(`(${scenarioFiles.length} scenario file(s) checked.)`);
if (content.invalidFiles.size) {
  console.log(`(${content.invalidFiles.size} file(s) with schema errors were checked only for schema, slugs, links and sections; fix those first.)`);
}
process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
