import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseContentFile, quarantineBrokenLinks, splitFrontmatter } from '../../scripts/lib/content-files';
import {
  bodySections,
  checkDuplicateSummaries,
  checkFaqCount,
  checkGuideSteps,
  checkOrphans,
  checkPlainEnglishLength,
  checkRelatedMin,
  checkRelatedSelf,
  checkSections,
  checkSummaryLength,
  checkTodoMarkers,
  checkTooFewLinks,
  checkVendorWithoutSource,
  crossFileFindings,
  formatReport,
  lintGlossary,
  RULES,
  summaryLine,
  vendorsIn,
  type Finding,
} from '../../scripts/lib/content-lint';
import { createGlossary } from '../../src/glossary/glossary';
import { describeClash, findClash, slugify, termScaffold, type ExistingTerm } from '../../scripts/lib/new-term';
import type { GlossaryInput } from '../../src/glossary/records';
import { termSchema } from '../../src/glossary/schema';
import { sectionProblems } from '../../src/glossary/sections';
import { body, guide, lintInput, withTerm } from './lint-fixtures';

type Check = (g: ReturnType<typeof createGlossary>) => Finding[];
const run = (check: Check, input: GlossaryInput = lintInput()) => check(createGlossary(input));
const terms = (...args: Parameters<typeof withTerm>) => lintInput({ terms: withTerm(...args) });
const brief = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.file} ${f.rule}: ${f.message}`);

describe('content lint: the good fixture', () => {
  it('passes every rule', () => {
    expect(lintGlossary(createGlossary(lintInput()))).toEqual([]);
  });

  it('lists each rule once under a kebab-case name', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['sections', 'faq-count', 'summary-length', 'plain-english-length', 'related-min', 'related-self', 'orphan', 'too-few-links', 'duplicate-summary', 'vendor-without-source', 'guide-unknown-term']));
  });
});

describe('content lint rules', () => {
  it('sections: reports a missing section and an empty one, and passes complete bodies', () => {
    expect(run(checkSections)).toEqual([]);
    const missing = body('user', 'pageview').replace(/## In practice[\s\S]*?(?=## The reality)/, '');
    expect(brief(run(checkSections, terms('session', {}, missing)))).toEqual([
      'error content/terms/session.mdx sections: missing section "## In practice"',
    ]);
    const empty = body('user', 'pageview').replace('It is often misread.', '{/* later */}\n<!-- later -->');
    expect(brief(run(checkSections, terms('session', {}, empty)))).toEqual([
      'error content/terms/session.mdx sections: section "## The reality" is empty',
    ]);
    const emptyBeforeH3 = body('user', 'pageview').replace('It sits close', '### Sub\n\nIt sits close');
    expect(run(checkSections, terms('session', {}, emptyBeforeH3))[0]?.message).toBe('section "## Definition" is empty');
  });

  it('sections: code in a fence counts as text, headings in it do not', () => {
    expect(bodySections('## A\n\n```md\n## B\n```\n## C\n').map((s) => s.heading)).toEqual(['A', 'C']);
  });

  it('faq-count: needs 3–5 items', () => {
    expect(run(checkFaqCount)).toEqual([]);
    const item = { question: 'Q?', answer: 'A.' };
    expect(brief(run(checkFaqCount, terms('user', { faq: [item, item] })))).toEqual(['error content/terms/user.mdx faq-count: has 2 FAQ items; write 3–5']);
    expect(run(checkFaqCount, terms('user', { faq: Array(6).fill(item) }))).toHaveLength(1);
    expect(run(checkFaqCount, terms('user', { faq: Array(5).fill(item) }))).toEqual([]);
  });

  it('summary-length: over 200 characters is an error, under 40 a warning', () => {
    expect(run(checkSummaryLength)).toEqual([]);
    expect(brief(run(checkSummaryLength, terms('user', { summary: `${'x'.repeat(200)}.` })))).toEqual([
      'error content/terms/user.mdx summary-length: summary is 201 characters; the maximum is 200',
    ]);
    expect(run(checkSummaryLength, terms('user', { summary: 'Too short.' }))).toMatchObject([{ severity: 'warning', rule: 'summary-length' }]);
    expect(run(checkSummaryLength, terms('user', { summary: 'x'.repeat(40) }))).toEqual([]);
  });

  it('plain-english-length: at most 20 words', () => {
    expect(run(checkPlainEnglishLength)).toEqual([]);
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(brief(run(checkPlainEnglishLength, terms('event', { plainEnglish: words(21) })))).toEqual([
      'error content/terms/event.mdx plain-english-length: plainEnglish has 21 words; the maximum is 20',
    ]);
    expect(run(checkPlainEnglishLength, terms('event', { plainEnglish: ` ${words(20)} ` }))).toEqual([]);
  });

  it('related-min: at least 3 related terms other than itself', () => {
    expect(run(checkRelatedMin)).toEqual([]);
    const related = { terms: ['user', 'event'], guides: [], services: [] };
    expect(brief(run(checkRelatedMin, terms('session', { related })))).toEqual([
      'error content/terms/session.mdx related-min: related.terms lists 2 other terms; list at least 3',
    ]);
    const padded = { terms: ['user', 'event', 'session'], guides: [], services: [] };
    expect(run(checkRelatedMin, terms('session', { related: padded }))).toHaveLength(1);
  });

  it('related-self: a term may not list itself', () => {
    expect(run(checkRelatedSelf)).toEqual([]);
    const related = { terms: ['user', 'event', 'pageview', 'session'], guides: [], services: [] };
    expect(brief(run(checkRelatedSelf, terms('session', { related })))).toEqual([
      'error content/terms/session.mdx related-self: related.terms lists the term itself ("session")',
    ]);
  });

  it('orphan: needs inbound links from at least 2 other entries, guides included', () => {
    expect(run(checkOrphans)).toEqual([]);
    // "event" is one of the two terms linking to "session"; point it elsewhere.
    const input = terms('event', {}, body('user', 'pageview'));
    expect(brief(run(checkOrphans, input))).toEqual([
      'error content/terms/session.mdx orphan: linked from 1 other entry (only content/terms/pageview.mdx); link it from at least 2 others',
    ]);
    expect(run(checkOrphans, { ...input, guides: [guide('basics', ['session', 'user'], 'Start with [[session]].')] })).toEqual([]);
    // A term linking to itself does not count.
    const selfOnly = terms('session', {}, `${body('user', 'pageview')}\nSee [[session]].`);
    expect(run(checkOrphans, selfOnly)).toEqual([]);
  });

  it('too-few-links: the term’s own text (body and FAQ answers) links at least 2 other terms', () => {
    expect(run(checkTooFewLinks)).toEqual([]);
    const oneLink = body('user', 'session').replace('[[session]]', 'the team');
    expect(brief(run(checkTooFewLinks, terms('session', {}, oneLink)))).toEqual([
      'error content/terms/session.mdx too-few-links: its text links to 1 other term; link at least 2 with [[…]]',
    ]);
    const faq = [{ question: 'Q?', answer: 'See [[event]].' }, { question: 'Q?', answer: 'A.' }, { question: 'Q?', answer: 'A.' }];
    expect(run(checkTooFewLinks, terms('session', { faq }, oneLink))).toEqual([]);
  });

  it('duplicate-summary: identical summaries, ignoring case and spacing, are both reported', () => {
    expect(run(checkDuplicateSummaries)).toEqual([]);
    const input = lintInput({
      terms: withTerm('user', { summary: 'Counted things  in analytics reports.' }).map((t) =>
        t.slug === 'event' ? { ...t, data: { ...t.data, summary: 'counted things in Analytics reports.' } } : t,
      ),
    });
    expect(brief(run(checkDuplicateSummaries, input))).toEqual([
      'error content/terms/event.mdx duplicate-summary: summary is identical to that of content/terms/user.mdx',
      'error content/terms/user.mdx duplicate-summary: summary is identical to that of content/terms/event.mdx',
    ]);
  });

  it('vendor-without-source: vendor names in body or FAQ need a source', () => {
    expect(run(checkVendorWithoutSource)).toEqual([]);
    const vendorBody = body('user', 'pageview').replace('It is often misread.', 'In GA4 it is often misread.');
    expect(brief(run(checkVendorWithoutSource, terms('session', {}, vendorBody)))).toEqual([
      "error content/terms/session.mdx vendor-without-source: mentions GA4 but lists no sources; cite the vendor's documentation",
    ]);
    const faq = [{ question: 'Does Hotjar record it?', answer: 'Yes.' }, { question: 'Q?', answer: 'A.' }, { question: 'Q?', answer: 'A.' }];
    expect(run(checkVendorWithoutSource, terms('session', { faq }))).toHaveLength(1);
    const sources = [{ title: 'GA4 help', url: 'https://support.google.com/analytics/' }];
    expect(run(checkVendorWithoutSource, terms('session', { sources }, vendorBody))).toEqual([]);
  });

  it('vendor-without-source: ordinary words that are also vendor names only count mid-sentence', () => {
    expect(vendorsIn('For clarity, a heap of plausible numbers. Clarity matters. Plausible, yes.')).toEqual([]);
    expect(vendorsIn('- Heap is listed first')).toEqual([]);
    expect(vendorsIn('Session replays in Clarity and funnels in Mixpanel, Adobe Analytics or Google Analytics.')).toEqual([
      'Google Analytics',
      'Adobe',
      'Mixpanel',
      'Clarity',
    ]);
    expect(vendorsIn('GA4s and PostHogs')).toEqual([]);
  });

  it('guide-unknown-term: every guide step must be a term', () => {
    expect(run(checkGuideSteps, lintInput({ guides: [guide('basics', ['session', 'user'])] }))).toEqual([]);
    expect(brief(run(checkGuideSteps, lintInput({ guides: [guide('basics', ['session', 'usr'])] })))).toEqual([
      'error content/guides/basics.mdx guide-unknown-term: step "usr" is not a term',
    ]);
  });

  it('todo-marker: scaffold placeholders left in text', () => {
    expect(run(checkTodoMarkers)).toEqual([]);
    expect(brief(run(checkTodoMarkers, terms('user', { summary: 'TODO: write this one day, please and thank you.' })))).toEqual([
      'error content/terms/user.mdx todo-marker: replace the TODO placeholders in summary',
    ]);
  });
});

describe('content lint report', () => {
  const findings: Finding[] = [
    { file: 'content/terms/b.mdx', rule: 'orphan', message: 'lonely', severity: 'error' },
    { file: 'content/terms/a.mdx', rule: 'summary-length', message: 'short', severity: 'warning' },
    { file: 'content/terms/a.mdx', rule: 'faq-count', message: 'few', severity: 'error' },
  ];

  it('groups findings by file, errors first, names the rules that fired and ends with the summary', () => {
    const report = formatReport(findings, { terms: 132, guides: 8, services: 2 });
    expect(report.split('\n')).toEqual([
      'content/terms/a.mdx',
      `  error   ${'faq-count'.padEnd(22)} few`,
      `  warning ${'summary-length'.padEnd(22)} short`,
      '',
      'content/terms/b.mdx',
      `  error   ${'orphan'.padEnd(22)} lonely`,
      '',
      'Rules:',
      expect.stringMatching(/^ {2}faq-count +terms have 3–5 FAQ items$/),
      expect.stringMatching(/^ {2}summary-length /),
      expect.stringMatching(/^ {2}orphan /),
      '',
      'Content lint: 132 terms, 8 guides, 2 services — 2 errors, 1 warning',
    ]);
    expect(summaryLine([], { terms: 1, guides: 0, services: 2 })).toBe('Content lint: 1 term, 0 guides, 2 services — 0 errors, 0 warnings');
  });

  it('adds the build’s cross-file problems without repeating what a rule reports', () => {
    const input = lintInput({
      terms: withTerm('session', { categories: ['analytic'], related: { terms: ['user', 'event', 'session'], guides: [], services: [] } }, '## Definition\n\nx\n'),
      guides: [guide('basics', ['session', 'usr'])],
    });
    expect(brief(crossFileFindings(input))).toEqual([
      'error content/terms/session.mdx cross-file: categories[0]: unknown category "analytic" — did you mean "analytics"?',
    ]);
  });
});

describe('loading content without Astro', () => {
  const file = (frontmatter: string, text = body('user', 'pageview')) => `---\n${frontmatter}\n---\n${text}`;
  const good = 'title: Session\nsummary: A session is a group of interactions in one visit to a site.\ncategories: [analytics]\nplainEnglish: One visit.\nupdated: 2026-11-27';

  it('splits frontmatter from the body and knows the body’s first line', () => {
    expect(splitFrontmatter('---\na: 1\nb: 2\n---\n\nText')).toEqual({ frontmatter: 'a: 1\nb: 2', body: '\nText', bodyLine: 5 });
    expect(splitFrontmatter('No frontmatter')).toBeUndefined();
  });

  it('parses valid files with the schema', () => {
    const parsed = parseContentFile('terms', 'content/terms/session.mdx', file(good));
    expect(parsed).toMatchObject({ valid: true, findings: [], entry: { slug: 'session', data: { title: 'Session', aliases: [] } } });
  });

  it('reports schema errors by field and keeps the valid fields, so the term’s names still resolve', () => {
    const parsed = parseContentFile('terms', 'content/terms/session.mdx', file(`${good.replace('plainEnglish: One visit.', 'plainEnglish: ""')}\naliases: [visit]`));
    expect(parsed.valid).toBe(false);
    expect(brief(parsed.findings)).toEqual(['error content/terms/session.mdx schema: plainEnglish: plainEnglish must not be empty']);
    expect(parsed.entry.data).toMatchObject({ title: 'Session', aliases: ['visit'], plainEnglish: '' });
    expect(parseContentFile('terms', 'content/terms/x.mdx', '---\ntitle: [oops\n---\n').findings[0]?.message).toMatch(/^frontmatter is not valid YAML/);
  });

  it('reports links to unknown terms with file line numbers and neutralises them so the glossary builds', () => {
    const broken = body('user', 'pageview').replace('It is often misread.', 'Not [[usr]] nor [[pagevew|views]].');
    const input = lintInput({ terms: withTerm('session', {}, broken) });
    expect(() => createGlossary(input)).toThrow(/unknown term/);
    const result = quarantineBrokenLinks(input, () => 10);
    expect(brief(result.findings)).toEqual([
      'error content/terms/session.mdx broken-link: unknown term "usr" (line 20) — did you mean "User"?',
      'error content/terms/session.mdx broken-link: unknown term "pagevew" (line 20) — did you mean "Pageview"?',
    ]);
    expect(lintGlossary(createGlossary(result.input))).toEqual([]);
  });
});

describe('new term', () => {
  const existing: ExistingTerm[] = [
    { file: 'content/terms/ab-test.mdx', slug: 'ab-test', title: 'A/B test', aliases: ['split test', 'A/B tests'] },
    { file: 'content/terms/bounce-rate.mdx', slug: 'bounce-rate', title: 'Bounce rate', aliases: ['bounces'] },
  ];

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
    expect(findClash('Bounces', existing)).toMatchObject({ field: 'alias', name: 'bounces' });
    expect(findClash('Exit rate', existing)).toBeUndefined();
    expect(describeClash('Bounces', { file: 'content/terms/bounce-rate.mdx', field: 'alias', name: 'bounces' })).toMatch(
      /^"Bounces" clashes with the alias "bounces" of content\/terms\/bounce-rate\.mdx\./,
    );
  });

  it('scaffolds every field and section, valid YAML that the lint rejects until filled in', () => {
    const text = termScaffold('Exit rate', { today: new Date(2026, 10, 27), categories: ['analytics'] });
    const split = splitFrontmatter(text)!;
    const raw = parse(split.frontmatter) as Record<string, unknown>;
    expect(Object.keys(raw).sort()).toEqual(['aliases', 'categories', 'faq', 'plainEnglish', 'related', 'sources', 'summary', 'title', 'updated'].sort());
    expect(raw).toMatchObject({ title: 'Exit rate', aliases: [], related: { terms: [], guides: [], services: [] }, sources: [], updated: '2026-11-27' });
    expect(raw['faq']).toHaveLength(3);
    expect(sectionProblems(split.body)).toEqual([]);
    const data = termSchema.parse(raw);
    const entry = { slug: 'exit-rate', filePath: 'content/terms/exit-rate.mdx', body: split.body, data };
    const findings = lintGlossary(createGlossary(lintInput({ terms: [...lintInput().terms, entry] })));
    expect(findings.filter((f) => f.file === entry.filePath).map((f) => f.rule)).toEqual(
      expect.arrayContaining(['todo-marker', 'related-min', 'orphan', 'too-few-links']),
    );
  });
});
