/**
 * Editorial rules for content that is valid but not yet good: thin or empty sections, too few
 * FAQs or related terms, pages nothing links to, vendor claims without a source. Each rule is a
 * small pure function over the glossary model; `RULES` names them so the report can too.
 * `npm run lint:content` (scripts/lint-content.mjs) runs them over the real content.
 */
import type { Glossary } from '../../src/glossary/glossary';
import type { GlossaryInput, TermEntry } from '../../src/glossary/records';
import { PLAIN_ENGLISH_MAX_WORDS, SUMMARY_MAX } from '../../src/glossary/schema';
import { sectionProblems, TERM_SECTIONS } from '../../src/glossary/sections';
import { findProblems, type Problem } from '../../src/glossary/validate';

export type Severity = 'error' | 'warning';

export interface Finding {
  file: string;
  rule: string;
  message: string;
  severity: Severity;
}

export interface LintRule {
  /** Kebab-case id shown in the report, e.g. "faq-count". */
  name: string;
  /** What the rule asks of authors, in one line. */
  description: string;
  check: (glossary: Glossary) => Finding[];
}

export const FAQ_MIN = 3;
export const FAQ_MAX = 5;
export const SUMMARY_MIN = 40;
export const RELATED_MIN = 3;
export const INBOUND_MIN = 2;
export const OUTBOUND_MIN = 2;

const finding = (file: string, rule: string, message: string, severity: Severity = 'error'): Finding => ({
  file,
  rule,
  message,
  severity,
});

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** Each `##` section of a body with the text up to the next heading of any level; fences are text. */
export function bodySections(body: string): { heading: string; text: string }[] {
  const sections: { heading: string; text: string }[] = [];
  let current: { heading: string; lines: string[] } | undefined;
  let fenced = false;
  const close = () => {
    if (current) sections.push({ heading: current.heading, text: current.lines.join('\n') });
    current = undefined;
  };
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && /^#{1,6}\s/.test(line)) {
      close();
      const h2 = /^##\s+(.+?)\s*#*\s*$/.exec(line);
      if (h2?.[1]) current = { heading: h2[1], lines: [] };
      continue;
    }
    current?.lines.push(line);
  }
  close();
  return sections;
}

/** Whether a section has anything a reader would see: comments and whitespace do not count. */
function hasText(text: string): boolean {
  return text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/<!--[\s\S]*?-->/g, '').trim().length > 0;
}

export function checkSections(glossary: Glossary): Finding[] {
  return glossary.terms.flatMap((term) => {
    const structural = sectionProblems(term.body).map((message) => finding(term.filePath, 'sections', message));
    const sections = bodySections(term.body);
    const empty = TERM_SECTIONS.filter((name) => {
      const section = sections.find((s) => s.heading.toLowerCase() === name.toLowerCase());
      return section && !hasText(section.text);
    }).map((name) => finding(term.filePath, 'sections', `section "## ${name}" is empty`));
    return [...structural, ...empty];
  });
}

export function checkFaqCount(glossary: Glossary): Finding[] {
  return glossary.terms
    .filter((t) => t.data.faq.length < FAQ_MIN || t.data.faq.length > FAQ_MAX)
    .map((t) => finding(t.filePath, 'faq-count', `has ${plural(t.data.faq.length, 'FAQ item')}; write ${FAQ_MIN}–${FAQ_MAX}`));
}

export function checkSummaryLength(glossary: Glossary): Finding[] {
  const entries = [...glossary.terms, ...glossary.guides, ...glossary.services];
  return entries.flatMap((entry) => {
    const length = entry.data.summary.trim().length;
    if (length > SUMMARY_MAX) {
      return [finding(entry.filePath, 'summary-length', `summary is ${length} characters; the maximum is ${SUMMARY_MAX}`)];
    }
    if (length < SUMMARY_MIN) {
      return [finding(entry.filePath, 'summary-length', `summary is only ${length} characters; aim for at least ${SUMMARY_MIN} so it stands alone`, 'warning')];
    }
    return [];
  });
}

export const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

export function checkPlainEnglishLength(glossary: Glossary): Finding[] {
  return glossary.terms.flatMap((t) => {
    const words = wordCount(t.data.plainEnglish);
    return words > PLAIN_ENGLISH_MAX_WORDS
      ? [finding(t.filePath, 'plain-english-length', `plainEnglish has ${words} words; the maximum is ${PLAIN_ENGLISH_MAX_WORDS}`)]
      : [];
  });
}

export function checkRelatedMin(glossary: Glossary): Finding[] {
  return glossary.terms.flatMap((t) => {
    const others = new Set(t.data.related.terms.filter((slug) => slug !== t.slug));
    return others.size < RELATED_MIN
      ? [finding(t.filePath, 'related-min', `related.terms lists ${plural(others.size, 'other term')}; list at least ${RELATED_MIN}`)]
      : [];
  });
}

export function checkRelatedSelf(glossary: Glossary): Finding[] {
  return glossary.terms
    .filter((t) => t.data.related.terms.includes(t.slug))
    .map((t) => finding(t.filePath, 'related-self', `related.terms lists the term itself ("${t.slug}")`));
}

export function checkOrphans(glossary: Glossary): Finding[] {
  return glossary.terms.flatMap((t) => {
    const m = glossary.mentionedIn(t.slug);
    const sources = [...m.terms, ...m.guides, ...m.services].filter((e) => e.filePath !== t.filePath);
    if (sources.length >= INBOUND_MIN) return [];
    const from = sources.length ? ` (only ${sources.map((e) => e.filePath).join(', ')})` : '';
    return [finding(t.filePath, 'orphan', `linked from ${plural(sources.length, 'other entry', 'other entries')}${from}; link it from at least ${INBOUND_MIN} others`)];
  });
}

export function checkTooFewLinks(glossary: Glossary): Finding[] {
  return glossary.terms.flatMap((t) => {
    const links = glossary.linksFrom({ kind: 'term', slug: t.slug }).filter((x) => x.slug !== t.slug);
    return links.length < OUTBOUND_MIN
      ? [finding(t.filePath, 'too-few-links', `its text links to ${plural(links.length, 'other term')}; link at least ${OUTBOUND_MIN} with [[…]]`)]
      : [];
  });
}

const normaliseSummary = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

export function checkDuplicateSummaries(glossary: Glossary): Finding[] {
  const groups = new Map<string, TermEntry[]>();
  for (const t of glossary.terms) {
    const key = normaliseSummary(t.data.summary);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((t) => {
        const others = group.filter((o) => o !== t).map((o) => o.filePath);
        return finding(t.filePath, 'duplicate-summary', `summary is identical to that of ${others.join(', ')}`);
      }),
    );
}

/**
 * Vendor names that signal a product-specific claim. Names that are also ordinary words match only
 * capitalised and not at the start of a sentence or list item ("In Clarity…", not "Clarity matters").
 */
const VENDORS: readonly { name: string; pattern: RegExp }[] = [
  ...['GA4', 'Google Analytics', 'Adobe', 'Mixpanel', 'Matomo', 'PostHog', 'Optimizely', 'Hotjar', 'VWO', 'Statsig'].map((name) => ({
    name,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u'),
  })),
  ...['Clarity', 'Amplitude', 'Heap', 'Plausible'].map((name) => ({
    name,
    pattern: new RegExp(`(?<!(?:^|[.!?:]\\s+|\\n\\s*|^\\s*[-*>]\\s+|\\n\\s*[-*>]\\s+|\\n\\s*\\d+\\.\\s+|[\\p{L}\\p{N}]))${name}(?![\\p{L}\\p{N}])`, 'u'),
  })),
];

/** Vendors named in a text, in list order. */
export function vendorsIn(text: string): string[] {
  return VENDORS.filter((v) => v.pattern.test(text)).map((v) => v.name);
}

export function checkVendorWithoutSource(glossary: Glossary): Finding[] {
  return glossary.terms.flatMap((t) => {
    if (t.data.sources.length) return [];
    const text = [t.body, ...t.data.faq.flatMap((f) => [f.question, f.answer])].join('\n');
    const vendors = vendorsIn(text);
    return vendors.length
      ? [finding(t.filePath, 'vendor-without-source', `mentions ${vendors.join(', ')} but lists no sources; cite the vendor's documentation`)]
      : [];
  });
}

export function checkGuideSteps(glossary: Glossary): Finding[] {
  return glossary.guides.flatMap((g) =>
    g.data.steps
      .filter((slug) => !glossary.term(slug))
      .map((slug) => finding(g.filePath, 'guide-unknown-term', `step "${slug}" is not a term`)),
  );
}

const TODO = /\bTODO\b/;

/** Placeholders from `npm run new-term` that were never replaced. */
export function checkTodoMarkers(glossary: Glossary): Finding[] {
  return glossary.terms.flatMap((t) => {
    const { data } = t;
    const fields: [string, string][] = [
      ['title', data.title],
      ['summary', data.summary],
      ['plainEnglish', data.plainEnglish],
      ...data.faq.flatMap((f, i): [string, string][] => [
        [`faq[${i}].question`, f.question],
        [`faq[${i}].answer`, f.answer],
      ]),
      ['body', t.body],
    ];
    const left = fields.filter(([, text]) => TODO.test(text)).map(([field]) => field);
    return left.length ? [finding(t.filePath, 'todo-marker', `replace the TODO placeholders in ${left.join(', ')}`)] : [];
  });
}

export const RULES: readonly LintRule[] = [
  { name: 'sections', description: `term bodies need non-empty ${TERM_SECTIONS.map((s) => `"## ${s}"`).join(', ')}`, check: checkSections },
  { name: 'faq-count', description: `terms have ${FAQ_MIN}–${FAQ_MAX} FAQ items`, check: checkFaqCount },
  { name: 'summary-length', description: `summaries are ${SUMMARY_MIN}–${SUMMARY_MAX} characters (short is a warning)`, check: checkSummaryLength },
  { name: 'plain-english-length', description: `plainEnglish is at most ${PLAIN_ENGLISH_MAX_WORDS} words`, check: checkPlainEnglishLength },
  { name: 'related-min', description: `terms list at least ${RELATED_MIN} related terms`, check: checkRelatedMin },
  { name: 'related-self', description: 'a term is not related to itself', check: checkRelatedSelf },
  { name: 'orphan', description: `each term is linked from at least ${INBOUND_MIN} other entries`, check: checkOrphans },
  { name: 'too-few-links', description: `each term's text links at least ${OUTBOUND_MIN} other terms`, check: checkTooFewLinks },
  { name: 'duplicate-summary', description: 'no two terms share a summary', check: checkDuplicateSummaries },
  { name: 'vendor-without-source', description: 'vendor-specific text cites at least one source', check: checkVendorWithoutSource },
  { name: 'guide-unknown-term', description: 'every guide step is a term', check: checkGuideSteps },
  { name: 'todo-marker', description: 'no TODO placeholders are left', check: checkTodoMarkers },
];

/** Findings the loader and the build's own validation produce, named in the report like rules. */
export const LOAD_CHECKS: readonly Pick<LintRule, 'name' | 'description'>[] = [
  { name: 'schema', description: 'frontmatter parses and matches src/glossary/schema.ts' },
  { name: 'broken-link', description: 'every [[link]] and /glossary/ link names an existing term' },
  { name: 'cross-file', description: 'references, names and slugs are valid across files (the build checks these too)' },
];

/** Runs every rule (or the given ones); findings come sorted by file, errors first. */
export function lintGlossary(glossary: Glossary, rules: readonly LintRule[] = RULES): Finding[] {
  return sortFindings(rules.flatMap((rule) => rule.check(glossary)));
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank = (s: Severity) => (s === 'error' ? 0 : 1);
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || rank(a.severity) - rank(b.severity));
}

/**
 * The build's own cross-file problems (unknown references, ambiguous names), as findings, so the
 * lint reports everything the build would fail on. Problems a lint rule already reports are dropped.
 */
export function crossFileFindings(input: GlossaryInput, extra: readonly Problem[] = []): Finding[] {
  const guideFiles = new Set(input.guides.map((g) => g.filePath));
  return [...extra, ...findProblems(input)]
    .filter(
      (p) =>
        p.field !== 'body' &&
        p.message !== 'a term cannot be related to itself' &&
        !(guideFiles.has(p.file) && p.field.startsWith('steps')),
    )
    .map((p) => finding(p.file, 'cross-file', `${p.field}: ${p.message}`));
}

export interface ReportCounts {
  terms: number;
  guides: number;
  services: number;
}

export function summaryLine(findings: readonly Finding[], counts: ReportCounts): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return `Content lint: ${plural(counts.terms, 'term')}, ${plural(counts.guides, 'guide')}, ${plural(counts.services, 'service')} — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** A readable report: findings grouped by file, the rules that fired, then the summary line. */
export function formatReport(
  findings: readonly Finding[],
  counts: ReportCounts,
  rules: readonly Pick<LintRule, 'name' | 'description'>[] = [...LOAD_CHECKS, ...RULES],
): string {
  const sorted = sortFindings(findings);
  const lines: string[] = [];
  let file: string | undefined;
  for (const f of sorted) {
    if (f.file !== file) {
      if (file !== undefined) lines.push('');
      file = f.file;
      lines.push(f.file);
    }
    lines.push(`  ${f.severity.padEnd(7)} ${f.rule.padEnd(22)} ${f.message}`);
  }
  const fired = new Set(sorted.map((f) => f.rule));
  const legend = rules.filter((r) => fired.has(r.name)).map((r) => `  ${r.name.padEnd(22)} ${r.description}`);
  if (legend.length) lines.push('', 'Rules:', ...legend);
  if (lines.length) lines.push('');
  lines.push(summaryLine(sorted, counts));
  return lines.join('\n');
}
