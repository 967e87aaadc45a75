/**
 * A small glossary that passes every content rule: four terms, each linking the next two and
 * linked from the previous two, with 3 FAQ items (6 for the flagship, session), 3 related terms,
 * distinct summaries, and no sentence or "## In practice" opening in common. Tests break one
 * thing at a time. Data is built directly (not through the schema) so that tests can also produce
 * values the schema would reject, such as a 201-character summary.
 */
import type { GuideEntry, GlossaryInput, TermEntry } from '../../src/glossary/records';
import type { ContentSet } from '../../src/glossary/content-parse';
import { createGlossary } from '../../src/glossary/glossary';
import { FLAGSHIP_TERM } from '../../src/glossary/rules-editorial';
import type { RuleContext } from '../../src/glossary/rules-context';
import type { TermData } from '../../src/glossary/schema';

export const SLUGS = ['session', 'user', 'pageview', 'event'] as const;

const titleOf = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1);

export function body(first: string, second: string): string {
  return `## Definition\n\nIt sits close to [[${first}]] in every report.\n\n## In practice\n\n[[${second}]] is read next to it each week.\n\n## The reality\n\nIt is often misread.\n`;
}

export function goodTerm(slug: string, index: number): TermEntry {
  const others = SLUGS.filter((s) => s !== slug);
  const next = (n: number) => SLUGS[(index + n) % SLUGS.length]!;
  return {
    slug,
    filePath: `content/terms/${slug}.mdx`,
    body: body(next(1), next(2)),
    data: {
      title: titleOf(slug),
      summary: `${titleOf(slug)} is one of the counted things that analytics reports are built from.`,
      categories: ['analytics'],
      aliases: [],
      plainEnglish: 'A thing that gets counted.',
      faq: (slug === FLAGSHIP_TERM ? [1, 2, 3, 4, 5, 6] : [1, 2, 3]).map((n) => ({ question: `Question ${n}?`, answer: `Answer ${n}.` })),
      related: { terms: [...others], guides: [], services: [] },
      sources: [],
      updated: new Date('2026-11-27'),
      autolink: true,
      quiz: [],
    },
  };
}

export function goodTerms(): TermEntry[] {
  return SLUGS.map(goodTerm);
}

/** The good glossary with one term's data and/or body changed. */
export function withTerm(slug: string, data: Partial<TermData> = {}, newBody?: string): TermEntry[] {
  return goodTerms().map((t) => (t.slug === slug ? { ...t, body: newBody ?? t.body, data: { ...t.data, ...data } } : t));
}

export function guide(slug: string, steps: string[], text = 'A path.'): GuideEntry {
  return {
    slug,
    filePath: `content/guides/${slug}.mdx`,
    body: text,
    data: { title: titleOf(slug), summary: `${titleOf(slug)} walks through the basics of measuring a site.`, steps, level: 'beginner', minutes: 5, updated: new Date('2026-11-27'), autolink: false },
  };
}

export function lintInput(over: Partial<GlossaryInput> = {}): GlossaryInput {
  return {
    terms: goodTerms(),
    guides: [],
    services: [],
    categories: [{ slug: 'analytics', data: { title: 'Analytics', description: 'Counting.' } }],
    ...over,
  };
}

/** Content as the reader would produce it from `input`: no frontmatter problems, bodies from line 1. */
export function contentOf(input: GlossaryInput, over: Partial<ContentSet> = {}): ContentSet {
  return {
    input,
    files: [...input.terms, ...input.guides, ...input.services].map((e) => e.filePath),
    schemaIssues: [],
    invalidFiles: new Set(),
    unnamedTerms: new Set(),
    bodyLine: () => 1,
    ...over,
  };
}

/** What a rule's check sees for `input` (which must have no broken links). */
export function contextOf(input: GlossaryInput, over: Partial<ContentSet> = {}): RuleContext {
  return { ...contentOf(input, over), glossary: createGlossary(input), brokenLinks: [] };
}
