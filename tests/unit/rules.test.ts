import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/glossary/content-check';
import { parseContent, type ContentSet } from '../../src/glossary/content-parse';
import { formatProblem } from '../../src/glossary/problem';
import { sentenceWords } from '../../src/glossary/prose';
import { BUILD_RULES, RULES, runRules, type Rule } from '../../src/glossary/rules';
import { seedCopies, sentenceHash } from '../../src/glossary/rules-originality';
import { body, contentOf, goodTerms, guide, lintInput, withTerm } from './lint-fixtures';

const terms = (...args: Parameters<typeof withTerm>) => contentOf(lintInput({ terms: withTerm(...args) }));
const ruleNamed = (name: string) => RULES.find((r) => r.name === name)!;
/** The problems one rule (or a stand-in under its name) finds, as the lint prints them. */
const found = (name: string, content: ContentSet, rule: Rule = ruleNamed(name)) => checkContent(content, [rule]).problems.map((p) => `${p.severity} ${formatProblem(p)}`);

const VALID_FILE = '---\ntitle: Session\nsummary: A session is a group of interactions in one visit to a site.\ncategories: [analytics]\nplainEnglish: One visit.\nupdated: 2026-11-27\n---\n## Definition\n';
const fromFile = (text: string) => parseContent({ files: [{ path: 'content/terms/session.mdx', text }], categories: { path: 'content/categories.yaml', text: 'analytics: {title: A, description: B}' } });
const item = { question: 'Q?', answer: 'A.' };
const sessionRelated = (...slugs: string[]) => ({ related: { terms: slugs, guides: [], services: [] } });
/** The good glossary with each term's "## In practice" text (line 7 of its file) as `practice(slug)`. */
const practices = (practice: (slug: string) => string) =>
  contentOf(lintInput({ terms: goodTerms().map((t) => ({ ...t, body: t.body.replace(/^.*each week\.$/m, (line) => `${practice(t.slug)} ${line}`) })) }));
/** The seed-copy rule with the hash of a sentence written for this test in place of the seed page's. */
const SEED_FIXTURE = 'Every seed sentence we hash here was written for this test alone.';
const seedRuleWithFixture: Rule = { ...ruleNamed('seed-copy'), check: seedCopies([sentenceHash(sentenceWords(SEED_FIXTURE))]) };
const sameSummary = (summary: string) =>
  contentOf(lintInput({ terms: withTerm('user', { summary: 'Counted things  in analytics reports.' }).map((t) => (t.slug === 'event' ? { ...t, data: { ...t.data, summary } } : t)) }));

/** For every rule: content it passes and content it catches, with exactly what it reports. */
const EXAMPLES: Record<string, { good: ContentSet; bad: ContentSet; problems: string[]; rule?: Rule }> = {
  schema: {
    good: fromFile(VALID_FILE),
    bad: fromFile(VALID_FILE.replace('plainEnglish: One visit.', 'plainEnglish: ""')),
    problems: ['error content/terms/session.mdx:5 › plainEnglish: plainEnglish must not be empty (schema)'],
  },
  'duplicate-slug': {
    good: contentOf(lintInput(), { files: ['content/terms/session.mdx', 'content/guides/session.mdx'] }),
    bad: contentOf(lintInput(), { files: ['content/terms/session.mdx', 'content/terms/Session.mdx'] }),
    problems: ['error content/terms/Session.mdx: duplicate slug "session", also used by content/terms/session.mdx (duplicate-slug)'],
  },
  'broken-link': {
    good: terms('session', {}, body('user', 'pageview').replace('It is often misread.', 'Not [[USER|them]] nor [/glossary/event/](/glossary/event/).')),
    bad: { ...terms('session', {}, body('user', 'pageview').replace('It is often misread.', 'Not [[usr]].')), bodyLine: () => 5 },
    problems: ['error content/terms/session.mdx:15: unknown term "usr" — did you mean "User"? (broken-link)'],
  },
  'unknown-reference': {
    good: contentOf(lintInput({ guides: [guide('basics', ['session', 'user'])] })),
    bad: contentOf(lintInput({ guides: [guide('basics', ['session', 'usr'])] })),
    problems: ['error content/guides/basics.mdx › steps[1]: unknown term "usr" — did you mean "user"? (unknown-reference)'],
  },
  'related-self': {
    good: terms('session', sessionRelated('user', 'event', 'pageview')),
    bad: terms('session', sessionRelated('user', 'event', 'pageview', 'session')),
    problems: ['error content/terms/session.mdx › related.terms[3]: a term cannot be related to itself (related-self)'],
  },
  'duplicate-name': {
    good: terms('user', { aliases: ['users', 'visitor'] }),
    bad: terms('user', { aliases: ['users', 'Session'] }),
    problems: ['error content/terms/user.mdx › aliases[1]: "Session" already names the term "session" (duplicate-name)'],
  },
  sections: {
    good: terms('session', {}, body('user', 'pageview').replace('## In practice', '## In Practice')),
    bad: terms('session', {}, body('user', 'pageview').replace('## In practice', '### In practice')),
    problems: ['error content/terms/session.mdx › body: missing section "## In practice" (sections)'],
  },
  'empty-section': {
    good: terms('session', {}, body('user', 'pageview').replace('It is often misread.', '```\ncode counts\n```')),
    bad: terms('session', {}, body('user', 'pageview').replace('It is often misread.', '{/* later */}\n<!-- later -->')),
    problems: ['error content/terms/session.mdx:9: section "## The reality" is empty (empty-section)'],
  },
  'faq-count': {
    good: terms('user', { faq: Array(8).fill(item) }),
    bad: terms('user', { faq: [item, item] }),
    problems: ['error content/terms/user.mdx › faq: has 2 FAQ items; write 3–8 (faq-count)'],
  },
  'summary-short': {
    good: terms('user', { summary: 'x'.repeat(40) }),
    bad: terms('user', { summary: 'Too short.' }),
    problems: ['warning content/terms/user.mdx › summary: summary is only 10 characters; aim for at least 40 so it stands alone (summary-short)'],
  },
  'related-min': {
    good: terms('session', sessionRelated('user', 'event', 'pageview')),
    bad: terms('session', sessionRelated('user', 'event', 'session')),
    problems: ['error content/terms/session.mdx › related.terms: lists 2 other terms; list at least 3 (related-min)'],
  },
  orphan: {
    good: contentOf(lintInput({ terms: withTerm('event', {}, body('user', 'pageview')), guides: [guide('basics', ['session', 'user'], 'Start with [[session]].')] })),
    bad: terms('event', {}, body('user', 'pageview')),
    problems: ['error content/terms/session.mdx: linked from 1 other entry (only content/terms/pageview.mdx); link it from at least 2 others (orphan)'],
  },
  'too-few-links': {
    good: terms('session', { faq: [{ question: 'Q?', answer: 'See [[event]].' }, item, item] }, body('user', 'session').replace('[[session]]', 'the team')),
    bad: terms('session', {}, body('user', 'session').replace('[[session]]', 'the team')),
    problems: ['error content/terms/session.mdx › body: its text links to 1 other term; link at least 2 with [[…]] (too-few-links)'],
  },
  'duplicate-summary': {
    good: sameSummary('Counted things in analytics dashboards.'),
    bad: sameSummary('counted things in Analytics reports.'),
    problems: [
      'error content/terms/user.mdx › summary: identical to the summary of content/terms/event.mdx (duplicate-summary)',
      'error content/terms/event.mdx › summary: identical to the summary of content/terms/user.mdx (duplicate-summary)',
    ],
  },
  'vendor-without-source': {
    good: terms('session', { sources: [{ title: 'GA4 help', url: 'https://support.google.com/analytics/' }] }, body('user', 'pageview').replace('It is', 'In GA4 it is')),
    bad: terms('session', {}, body('user', 'pageview').replace('It is', 'In GA4 it is')),
    problems: ["error content/terms/session.mdx › sources: none listed, but the text mentions GA4; cite the vendor's documentation (vendor-without-source)"],
  },
  'shared-sentence': {
    good: contentOf(
      lintInput({
        terms: goodTerms().map((t) =>
          t.slug === 'user' || t.slug === 'event'
            ? { ...t, body: t.body.replace('It is often misread.', `The ${t.slug} rule quotes "any freely given, specific, informed and unambiguous indication" as law.`) }
            : t,
        ),
      }),
    ),
    bad: contentOf(
      lintInput({
        terms: goodTerms().map((t) =>
          t.slug === 'user'
            ? { ...t, data: { ...t.data, faq: [item, { question: 'Q?', answer: 'A visitor’s [[session|visit]] ends after thirty quiet minutes, whatever the tool.' }, item] } }
            : t.slug === 'event'
              ? { ...t, body: t.body.replace('It is often misread.', "a visitor's visit ends after  thirty quiet minutes — whatever the TOOL!") }
              : t,
        ),
      }),
    ),
    problems: [
      'error content/terms/user.mdx › faq[1].answer: the sentence "A visitor’s visit ends after thirty quiet minutes, whatever the tool." also appears in content/terms/event.mdx:11; write it for this term (shared-sentence)',
      'error content/terms/event.mdx:11: the sentence "a visitor\'s visit ends after thirty quiet minutes — whatever the TOOL!" also appears in content/terms/user.mdx › faq[1].answer; write it for this term (shared-sentence)',
    ],
  },
  'seed-copy': {
    rule: seedRuleWithFixture,
    good: contentOf(lintInput({ guides: [guide('basics', ['session', 'user'], 'Every seed sentence we hash here was written for this test only.')] })),
    bad: contentOf(lintInput({ guides: [guide('basics', ['session', 'user'], 'Start here.\n\nEVERY seed sentence we hash here was written for this [[test]] alone!')] })),
    problems: ["error content/guides/basics.mdx:3: the sentence \"EVERY seed sentence we hash here was written for this test alone!\" is copied from the third party's seed page; write it in your own words (seed-copy)"],
  },
  'same-opening': {
    good: practices((slug) => (slug === 'session' || slug === 'user' ? 'Picture a shop.' : `Around ${slug}s, care.`)),
    bad: practices((slug) => (slug === 'event' ? 'In a shop.' : 'Picture a shop.')),
    problems: [
      'warning content/terms/session.mdx:7: "## In practice" opens with "picture a" in 3 of the 4 terms of category "analytics", as in content/terms/user.mdx, content/terms/pageview.mdx; open it another way (same-opening)',
      'warning content/terms/user.mdx:7: "## In practice" opens with "picture a" in 3 of the 4 terms of category "analytics", as in content/terms/session.mdx, content/terms/pageview.mdx; open it another way (same-opening)',
      'warning content/terms/pageview.mdx:7: "## In practice" opens with "picture a" in 3 of the 4 terms of category "analytics", as in content/terms/session.mdx, content/terms/user.mdx; open it another way (same-opening)',
    ],
  },
  'repeated-figures': {
    good: practices((slug) => (slug === 'event' ? 'At 2.5% and £40 over 1,000 visits,' : 'At 2.5%, £40 and 1.5 visits each,')),
    bad: practices((slug) => (slug === 'event' ? 'With £40, 1.50 and 2.5 %,' : 'At 2.5%, £40 and 1.50 visits each,')),
    problems: [
      'warning content/terms/session.mdx:7: the worked example uses 1.50, 2.5%, £40, like 3 other terms (content/terms/user.mdx, content/terms/pageview.mdx, content/terms/event.mdx); vary the figures (repeated-figures)',
      'warning content/terms/user.mdx:7: the worked example uses 1.50, 2.5%, £40, like 3 other terms (content/terms/session.mdx, content/terms/pageview.mdx, content/terms/event.mdx); vary the figures (repeated-figures)',
      'warning content/terms/pageview.mdx:7: the worked example uses 1.50, 2.5%, £40, like 3 other terms (content/terms/session.mdx, content/terms/user.mdx, content/terms/event.mdx); vary the figures (repeated-figures)',
      'warning content/terms/event.mdx:7: the worked example uses 1.50, 2.5%, £40, like 3 other terms (content/terms/session.mdx, content/terms/user.mdx, content/terms/pageview.mdx); vary the figures (repeated-figures)',
    ],
  },
  'todo-marker': {
    good: terms('user', { summary: 'Todos are lists of tasks, not placeholders left by the scaffold.' }),
    bad: terms('user', { summary: 'TODO: write this one day, please and thank you.' }),
    problems: ['error content/terms/user.mdx › summary: replace the TODO placeholder (todo-marker)'],
  },
};

describe('the rule table', () => {
  it('has one example per rule, under unique kebab-case names, each with a one-line description', () => {
    expect(RULES.map((r) => r.name).sort()).toEqual(Object.keys(EXAMPLES).sort());
    expect(RULES.filter((r) => !/^[a-z]+(-[a-z0-9]+)*$/.test(r.name) || !r.description || r.description.includes('\n'))).toEqual([]);
  });

  it('fails the build on what it cannot publish correctly, and leaves editorial rules to the lint', () => {
    expect(BUILD_RULES.map((r) => r.name)).toEqual(['schema', 'duplicate-slug', 'broken-link', 'unknown-reference', 'related-self', 'duplicate-name', 'sections']);
    expect(BUILD_RULES.filter((r) => r.severity !== 'error')).toEqual([]);
  });

  it('passes the good fixture on every rule', () => {
    expect(checkContent(contentOf(lintInput())).problems).toEqual([]);
  });

  it.each(Object.entries(EXAMPLES))('%s: passes the good example and reports the bad one exactly', (name, { good, bad, problems, rule }) => {
    expect(found(name, good, rule)).toEqual([]);
    expect(found(name, bad, rule)).toEqual(problems);
  });

  it('checks no links while a term’s names are unreadable, since links by those names would all look broken', () => {
    const bad = EXAMPLES['broken-link']!.bad;
    expect(found('broken-link', { ...bad, unnamedTerms: new Set(['content/terms/user.mdx']) })).toEqual([]);
  });

  it('skips rules that judge frontmatter for a file whose frontmatter failed, but still checks its slug, links and sections', () => {
    const broken = body('user', 'pageview').replace('## In practice', '## Later').replace('It is often misread.', 'Not [[usr]].');
    const content = { ...terms('session', { faq: [] }, broken), invalidFiles: new Set(['content/terms/session.mdx']) };
    const context = { ...content, glossary: checkContent(content).glossary, brokenLinks: [{ file: 'content/terms/session.mdx', line: 11, message: 'unknown term "usr"' }] };
    expect(runRules(context, RULES).map((p) => `${p.rule} ${p.file}`)).toEqual(['broken-link content/terms/session.mdx', 'sections content/terms/session.mdx']);
  });
});
