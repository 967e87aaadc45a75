import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeClash, findClash, localIsoDate, slugify, termScaffold, type ExistingTerm } from '../../scripts/lib/new-term';
import { checkContent } from '../../src/glossary/content-check';
import { parseContentFile, splitFrontmatter } from '../../src/glossary/content-parse';
import { sectionProblems } from '../../src/glossary/sections';
import { contentOf, lintInput } from './lint-fixtures';

const existing: ExistingTerm[] = [
  { file: 'content/terms/ab-test.mdx', slug: 'ab-test', title: 'A/B test', aliases: ['split test', 'A/B tests'] },
  { file: 'content/terms/bounce-rate.mdx', slug: 'bounce-rate', title: 'Bounce rate', aliases: ['bounces'] },
];

describe('new term', () => {
  it('makes lowercase slugs with single hyphens', () => {
    expect(slugify('Bounce rate')).toBe('bounce-rate');
    expect(slugify('A/B test')).toBe('a-b-test');
    expect(slugify('  Net Promoter Score (NPS)  ')).toBe('net-promoter-score-nps');
    expect(slugify('Fitts’s law')).toBe('fitts-s-law');
    expect(slugify('Café --- crème')).toBe('cafe-creme');
    expect(slugify('???')).toBe('');
  });

  it('refuses a title or slug that names an existing term, naming its file', () => {
    expect(findClash('BOUNCE RATE', existing)).toEqual({ file: 'content/terms/bounce-rate.mdx', field: 'file name', name: 'bounce-rate' });
    expect(findClash('a/b Test', existing)).toEqual({ file: 'content/terms/ab-test.mdx', field: 'title', name: 'A/B test' });
    expect(findClash('AB test', existing)).toEqual({ file: 'content/terms/ab-test.mdx', field: 'file name', name: 'ab-test' });
    expect(findClash('Split-test', existing)).toEqual({ file: 'content/terms/ab-test.mdx', field: 'alias', name: 'split test' });
    expect(findClash('Split  Test', existing)).toEqual({ file: 'content/terms/ab-test.mdx', field: 'alias', name: 'split test' });
    expect(findClash('Bounces', existing)).toEqual({ file: 'content/terms/bounce-rate.mdx', field: 'alias', name: 'bounces' });
    expect(findClash('Exit rate', existing)).toBeUndefined();
    expect(describeClash('Bounces', { file: 'content/terms/bounce-rate.mdx', field: 'alias', name: 'bounces' })).toBe(
      '"Bounces" clashes with the alias "bounces" of content/terms/bounce-rate.mdx. Edit that term (or add an alias) instead, or choose a distinct title.',
    );
    expect(describeClash('Bounce rate', { file: 'content/terms/bounce-rate.mdx', field: 'file name', name: 'bounce-rate' })).toBe('content/terms/bounce-rate.mdx already exists.');
  });

  it('dates the scaffold with the author’s local calendar day', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 10, 27, 0, 1))).toBe('2026-11-27');
  });

  it('scaffolds every field and section, passing the schema, that the build (category "todo") and the lint reject until filled in', () => {
    const text = termScaffold('Exit rate', { today: new Date(2026, 10, 27), categories: ['analytics'] });
    const split = splitFrontmatter(text)!;
    const raw = parse(split.frontmatter) as Record<string, unknown>;
    expect(Object.keys(raw).sort()).toEqual(['aliases', 'categories', 'faq', 'plainEnglish', 'related', 'sources', 'summary', 'title', 'updated']);
    expect(sectionProblems(split.body)).toEqual([]);
    const parsed = parseContentFile('terms', 'content/terms/exit-rate.mdx', text);
    expect(parsed.issues).toEqual([]);
    const input = lintInput({ terms: [...lintInput().terms, parsed.entry] });
    const rules = checkContent(contentOf(input)).problems.filter((p) => p.file === 'content/terms/exit-rate.mdx').map((p) => p.rule);
    expect([...new Set(rules)]).toEqual(['unknown-reference', 'related-min', 'orphan', 'too-few-links', 'todo-marker']);
  });
});
