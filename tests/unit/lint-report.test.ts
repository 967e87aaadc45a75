import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/glossary/problem';
import { formatReport, summaryLine } from '../../scripts/lib/lint-report';

const problems: Problem[] = [
  { file: 'content/terms/b.mdx', rule: 'orphan', message: 'lonely', severity: 'error' },
  { file: 'content/terms/a.mdx', field: 'summary', rule: 'summary-short', message: 'short', severity: 'warning' },
  { file: 'content/terms/a.mdx', field: 'faq', rule: 'faq-count', message: 'few', severity: 'error' },
];
const rules = [
  { name: 'faq-count', description: 'terms have 3–8 FAQ items' },
  { name: 'summary-short', description: 'summaries have at least 40 characters' },
  { name: 'orphan', description: 'each term is linked from at least 2 other entries' },
  { name: 'todo-marker', description: 'no TODO placeholders are left' },
];

describe('content lint report', () => {
  it('lists problems by file in the build’s format, errors first, then the rules that fired, then the summary', () => {
    expect(formatReport(problems, { terms: 132, guides: 8, services: 2 }, rules).split('\n')).toEqual([
      'error   content/terms/a.mdx › faq: few (faq-count)',
      'warning content/terms/a.mdx › summary: short (summary-short)',
      'error   content/terms/b.mdx: lonely (orphan)',
      '',
      'Rules:',
      `  ${'faq-count'.padEnd(22)} terms have 3–8 FAQ items`,
      `  ${'summary-short'.padEnd(22)} summaries have at least 40 characters`,
      `  ${'orphan'.padEnd(22)} each term is linked from at least 2 other entries`,
      '',
      'Content lint: 132 terms, 8 guides, 2 services — 2 errors, 1 warning',
    ]);
  });

  it('is only the summary when nothing is wrong', () => {
    expect(formatReport([], { terms: 1, guides: 0, services: 2 }, rules)).toBe('Content lint: 1 term, 0 guides, 2 services — 0 errors, 0 warnings');
    expect(summaryLine(problems.slice(0, 1), { terms: 2, guides: 1, services: 1 })).toBe('Content lint: 2 terms, 1 guide, 1 service — 1 error, 0 warnings');
  });
});
