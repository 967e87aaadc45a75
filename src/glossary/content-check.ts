/**
 * Content as read, checked against the rule table, and the glossary built from it: the build
 * takes the glossary or fails with every build problem; the lint takes every problem.
 */
import { UnknownTermError } from '../term-links/plugin';
import { neutraliseBrokenLinks } from './content-broken-links';
import type { ContentSet } from './content-parse';
import { createGlossary, type Glossary } from './glossary';
import { ContentError, type Issue, type Problem } from './problem';
import type { GlossaryInput } from './records';
import { BUILD_RULES, RULES, runRules, type Rule } from './rules';

/** The glossary, building it a second time without broken links only when there are any. */
function glossaryOf(content: ContentSet): { input: GlossaryInput; glossary: Glossary; brokenLinks: Issue[] } {
  try {
    return { input: content.input, glossary: createGlossary(content.input), brokenLinks: [] };
  } catch (error) {
    if (!(error instanceof UnknownTermError)) throw error;
    const { input, issues } = neutraliseBrokenLinks(content.input, content.bodyLine);
    return { input, glossary: createGlossary(input), brokenLinks: issues };
  }
}

export function checkContent(content: ContentSet, rules: readonly Rule[] = RULES): { glossary: Glossary; problems: Problem[] } {
  const { input, glossary, brokenLinks } = glossaryOf(content);
  const context = { ...content, input, glossary, brokenLinks };
  return { glossary, problems: runRules(context, rules) };
}

/** The glossary the site is built from; throws a ContentError listing every problem the build rules find. */
export function buildGlossary(content: ContentSet): Glossary {
  const { glossary, problems } = checkContent(content, BUILD_RULES);
  if (problems.length) throw new ContentError(problems);
  return glossary;
}
