/**
 * The content rules, in one table shared by the build and the content lint. The build fails on
 * the rules marked `build` (content it cannot publish correctly); `npm run lint:content` runs them
 * all, editorial ones included. Each rule reports through the same `Problem` shape.
 */
import { duplicateNames, duplicateSlugs, relatedToItself, unknownReferences } from './rules-references';
import { duplicateSummaries, FAQ_MAX, FAQ_MIN, faqCount, FLAGSHIP_FAQ_MIN, FLAGSHIP_TERM, INBOUND_MIN, orphans, OUTBOUND_MIN, RELATED_MIN, relatedMin, shortSummaries, SUMMARY_MIN, todoMarkers, tooFewLinks, vendorWithoutSource } from './rules-editorial';
import { SENTENCE_MIN_WORDS, seedCopies, sharedSentences } from './rules-originality';
import { FIGURE_TERMS_MAX, FIGURES_IN_COMMON, repeatedFigures, sameOpenings } from './rules-variety';
import { SEED_SENTENCE_HASHES } from './seed-hashes';
import { emptySections, missingSections, TERM_SECTIONS } from './sections';
import type { Problem, Severity } from './problem';
import type { Check, RuleContext } from './rules-context';

export interface Rule {
  /** Kebab-case id shown with each problem, e.g. "faq-count". */
  name: string;
  /** What the rule asks of authors, in one line. */
  description: string;
  severity: Severity;
  /** Whether the build fails on it (the lint reports every rule). */
  build: boolean;
  /**
   * Whether it judges frontmatter data. A file whose frontmatter failed its schema has fallbacks
   * in place of the failed fields, so such rules would report noise there and skip the file.
   */
  readsFrontmatter: boolean;
  check: Check;
}

const sectionList = TERM_SECTIONS.map((s) => `"## ${s}"`).join(', ');

export const RULES: readonly Rule[] = [
  { name: 'schema', description: 'frontmatter is YAML and matches src/glossary/schema.ts', severity: 'error', build: true, readsFrontmatter: false, check: (c) => [...c.schemaIssues] },
  { name: 'duplicate-slug', description: 'no two files of a folder have the same name, ignoring case', severity: 'error', build: true, readsFrontmatter: false, check: duplicateSlugs },
  {
    name: 'broken-link',
    description: 'every [[link]] and /glossary/ link names an existing term',
    severity: 'error',
    build: true,
    readsFrontmatter: false,
    // While a term's names are unreadable, every link by them would look broken: the schema
    // problem of that term is reported, and links are checked once it is fixed.
    check: (c) => (c.unnamedTerms.size ? [] : [...c.brokenLinks]),
  },
  { name: 'unknown-reference', description: 'categories, related entries, guide steps and service terms exist', severity: 'error', build: true, readsFrontmatter: true, check: unknownReferences },
  { name: 'related-self', description: 'a term is not related to itself', severity: 'error', build: true, readsFrontmatter: true, check: relatedToItself },
  { name: 'duplicate-name', description: 'each title, slug and alias names one term', severity: 'error', build: true, readsFrontmatter: true, check: duplicateNames },
  { name: 'sections', description: `term bodies have ${sectionList}, in that order`, severity: 'error', build: true, readsFrontmatter: false, check: missingSections },
  { name: 'empty-section', description: 'each of those sections has text', severity: 'error', build: false, readsFrontmatter: false, check: emptySections },
  { name: 'faq-count', description: `terms have ${FAQ_MIN}–${FAQ_MAX} FAQ items (the flagship "${FLAGSHIP_TERM}" at least ${FLAGSHIP_FAQ_MIN})`, severity: 'error', build: false, readsFrontmatter: true, check: faqCount },
  { name: 'summary-short', description: `summaries have at least ${SUMMARY_MIN} characters`, severity: 'warning', build: false, readsFrontmatter: true, check: shortSummaries },
  { name: 'related-min', description: `terms list at least ${RELATED_MIN} related terms`, severity: 'error', build: false, readsFrontmatter: true, check: relatedMin },
  { name: 'orphan', description: `each term is linked from at least ${INBOUND_MIN} other entries`, severity: 'error', build: false, readsFrontmatter: true, check: orphans },
  { name: 'too-few-links', description: `each term's text links at least ${OUTBOUND_MIN} other terms`, severity: 'error', build: false, readsFrontmatter: true, check: tooFewLinks },
  { name: 'duplicate-summary', description: 'no two terms share a summary', severity: 'error', build: false, readsFrontmatter: true, check: duplicateSummaries },
  { name: 'vendor-without-source', description: 'vendor-specific text cites at least one source', severity: 'error', build: false, readsFrontmatter: true, check: vendorWithoutSource },
  {
    name: 'shared-sentence',
    description: `no sentence of ${SENTENCE_MIN_WORDS}+ words appears in two terms (text in double quotes, such as a statute, may)`,
    severity: 'error',
    build: false,
    readsFrontmatter: true,
    check: sharedSentences,
  },
  { name: 'seed-copy', description: `no sentence of ${SENTENCE_MIN_WORDS}+ words is copied from the third party's seed page`, severity: 'error', build: false, readsFrontmatter: true, check: seedCopies(SEED_SENTENCE_HASHES) },
  { name: 'same-opening', description: `at most a third of a category's "## In practice" sections open with the same two words`, severity: 'warning', build: false, readsFrontmatter: true, check: sameOpenings },
  {
    name: 'repeated-figures',
    description: `no ${FIGURES_IN_COMMON} figures (with %, £ $ € ¥ or a decimal point) recur together in the "## In practice" of more than ${FIGURE_TERMS_MAX} terms`,
    severity: 'warning',
    build: false,
    readsFrontmatter: true,
    check: repeatedFigures,
  },
  { name: 'todo-marker', description: 'no TODO placeholders from `npm run new-term` are left', severity: 'error', build: false, readsFrontmatter: true, check: todoMarkers },
];

export const BUILD_RULES: readonly Rule[] = RULES.filter((rule) => rule.build);

/** Runs the rules; problems come in table order, each stamped with its rule's name and severity. */
export function runRules(context: RuleContext, rules: readonly Rule[] = RULES): Problem[] {
  return rules.flatMap((rule) =>
    rule
      .check(context)
      .filter((issue) => !(rule.readsFrontmatter && context.invalidFiles.has(issue.file)))
      .map((issue) => ({ ...issue, rule: rule.name, severity: rule.severity })),
  );
}
