import { describe, expect, it } from 'vitest';
import { duplicateSummaries, faqCount, orphans, relatedMin, shortSummaries, todoMarkers, tooFewLinks, vendorsIn, vendorWithoutSource } from '../../src/glossary/rules-editorial';
import { body, contextOf, guide, lintInput, withTerm } from './lint-fixtures';

const terms = (...args: Parameters<typeof withTerm>) => contextOf(lintInput({ terms: withTerm(...args) }));
const item = { question: 'Q?', answer: 'A.' };

describe('editorial rules', () => {
  it('faq-count: 3 to 8 items', () => {
    expect(faqCount(terms('user', { faq: [item, item, item] }))).toEqual([]);
    expect(faqCount(terms('user', { faq: Array(8).fill(item) }))).toEqual([]);
    expect(faqCount(terms('user', { faq: Array(9).fill(item) }))).toEqual([{ file: 'content/terms/user.mdx', field: 'faq', message: 'has 9 FAQ items; write 3–8' }]);
  });

  it('faq-count: the flagship term, session, needs at least 6', () => {
    expect(faqCount(terms('session', { faq: Array(6).fill(item) }))).toEqual([]);
    expect(faqCount(terms('session', { faq: Array(5).fill(item) }))).toEqual([{ file: 'content/terms/session.mdx', field: 'faq', message: 'has 5 FAQ items; the flagship term needs 6–8' }]);
    expect(faqCount(terms('session', { faq: Array(9).fill(item) }))).toEqual([{ file: 'content/terms/session.mdx', field: 'faq', message: 'has 9 FAQ items; the flagship term needs 6–8' }]);
  });

  it('summary-short: guides and services too', () => {
    const short = { ...guide('basics', ['session', 'user']), data: { ...guide('basics', ['session', 'user']).data, summary: 'A path.' } };
    expect(shortSummaries(contextOf(lintInput({ guides: [short] })))).toEqual([
      { file: 'content/guides/basics.mdx', field: 'summary', message: 'summary is only 7 characters; aim for at least 40 so it stands alone' },
    ]);
  });

  it('related-min: the term itself does not count', () => {
    const related = { terms: ['user', 'event', 'session'], guides: [], services: [] };
    expect(relatedMin(terms('session', { related }))).toEqual([{ file: 'content/terms/session.mdx', field: 'related.terms', message: 'lists 2 other terms; list at least 3' }]);
  });

  it('orphan: a term linking to itself does not count, guides do', () => {
    expect(orphans(terms('session', {}, `${body('user', 'pageview')}\nSee [[session]].`))).toEqual([]);
    const input = lintInput({ terms: withTerm('event', {}, body('user', 'pageview')) });
    expect(orphans(contextOf(input)).map((i) => i.file)).toEqual(['content/terms/session.mdx']);
    expect(orphans(contextOf({ ...input, guides: [guide('basics', ['session', 'user'], 'Start with [[session]].')] }))).toEqual([]);
  });

  it('too-few-links: links in FAQ answers count, links to itself do not', () => {
    const selfLink = body('user', 'session');
    expect(tooFewLinks(terms('session', {}, selfLink))).toEqual([
      { file: 'content/terms/session.mdx', field: 'body', message: 'its text links to 1 other term; link at least 2 with [[…]]' },
    ]);
    expect(tooFewLinks(terms('session', { faq: [{ question: 'Q?', answer: 'See [[event]].' }, item, item] }, selfLink))).toEqual([]);
  });

  it('duplicate-summary: ignores case and spacing, and reports every term of the group', () => {
    const input = lintInput({
      terms: withTerm('user', { summary: 'Same words here.' }).map((t) => (t.slug === 'event' || t.slug === 'pageview' ? { ...t, data: { ...t.data, summary: ' same  WORDS here. ' } } : t)),
    });
    expect(duplicateSummaries(contextOf(input)).map((i) => `${i.file}: ${i.message}`)).toEqual([
      'content/terms/user.mdx: identical to the summary of content/terms/pageview.mdx, content/terms/event.mdx',
      'content/terms/pageview.mdx: identical to the summary of content/terms/user.mdx, content/terms/event.mdx',
      'content/terms/event.mdx: identical to the summary of content/terms/user.mdx, content/terms/pageview.mdx',
    ]);
  });

  it('vendor-without-source: vendor names in FAQ questions count', () => {
    const faq = [{ question: 'Does Hotjar record it?', answer: 'Yes.' }, item, item];
    expect(vendorWithoutSource(terms('session', { faq }))).toEqual([
      { file: 'content/terms/session.mdx', field: 'sources', message: "none listed, but the text mentions Hotjar; cite the vendor's documentation" },
    ]);
  });

  it('vendor names that are ordinary words only count mid-sentence', () => {
    expect(vendorsIn('For clarity, a heap of plausible numbers. Clarity matters. Plausible, yes.')).toEqual([]);
    expect(vendorsIn('- Heap is listed first')).toEqual([]);
    expect(vendorsIn('Session replays in Clarity and funnels in Mixpanel, Adobe Analytics or Google Analytics.')).toEqual(['Google Analytics', 'Adobe', 'Mixpanel', 'Clarity']);
    expect(vendorsIn('GA4s and PostHogs')).toEqual([]);
  });

  it('todo-marker: one issue per field, and body placeholders at their file line', () => {
    const faq = [{ question: 'Q?', answer: 'TODO: answer.' }, item, item];
    const withTodo = body('user', 'pageview').replace('It is often misread.', 'TODO: the caveat.');
    expect(todoMarkers({ ...terms('user', { faq }, withTodo), bodyLine: () => 20 })).toEqual([
      { file: 'content/terms/user.mdx', field: 'faq[0].answer', message: 'replace the TODO placeholder' },
      { file: 'content/terms/user.mdx', line: 30, message: 'replace the TODO placeholder' },
    ]);
  });
});
