/**
 * The content lint's report: every problem in the build's format (file:line › field: message
 * (rule)), errors and warnings marked, then what each rule that fired asks for, then a summary.
 */
import { formatProblem, sortProblems, type Problem } from '../../src/glossary/problem';
import type { Rule } from '../../src/glossary/rules';

export interface ReportCounts {
  terms: number;
  guides: number;
  services: number;
}

const plural = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;

export function summaryLine(problems: readonly Problem[], counts: ReportCounts): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `Content lint: ${plural(counts.terms, 'term')}, ${plural(counts.guides, 'guide')}, ${plural(counts.services, 'service')} — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

export function formatReport(problems: readonly Problem[], counts: ReportCounts, rules: readonly Pick<Rule, 'name' | 'description'>[]): string {
  const sorted = sortProblems(problems);
  const lines = sorted.map((p) => `${p.severity.padEnd(7)} ${formatProblem(p)}`);
  const fired = new Set(sorted.map((p) => p.rule));
  const legend = rules.filter((r) => fired.has(r.name)).map((r) => `  ${r.name.padEnd(22)} ${r.description}`);
  if (legend.length) lines.push('', 'Rules:', ...legend);
  if (lines.length) lines.push('');
  lines.push(summaryLine(sorted, counts));
  return lines.join('\n');
}
