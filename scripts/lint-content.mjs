#!/usr/bin/env node
// `npm run lint:content`: editorial checks over content/ without running Astro. Loads every term,
// guide and service with the build's schemas and link plugin, builds the glossary, runs the rules
// in scripts/lib/content-lint.ts, prints the findings grouped by file and exits 1 on any error.
// Runs TypeScript sources, so it is started with tsx (see package.json).
import { readContent } from './lib/content-files.ts';
import { crossFileFindings, formatReport, lintGlossary } from './lib/content-lint.ts';
import { createGlossary } from '../src/glossary/glossary.ts';

const { input, findings: loadFindings, duplicates, invalidFiles } = readContent(process.cwd());
const glossary = createGlossary(input);

// A file whose frontmatter failed its schema has placeholder data; report only its schema errors.
const checked = [...crossFileFindings(input, duplicates), ...lintGlossary(glossary)].filter((f) => !invalidFiles.has(f.file));
const findings = [...loadFindings, ...checked];

console.log(formatReport(findings, { terms: input.terms.length, guides: input.guides.length, services: input.services.length }));
if (invalidFiles.size) console.log(`(${invalidFiles.size} file(s) with schema errors were not linted further; fix those first.)`);
process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
