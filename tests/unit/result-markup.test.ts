import { describe, expect, it } from 'vitest';
import { bestSection, correctedHtml, headingEnds, noResultsHtml, resultCountHtml, resultsHtml, withoutHeadings, withoutLeadingText } from '../../src/client/search/result-markup';
import type { PagefindData } from '../../src/client/search/search-index';

const score = (...scores: number[]) => scores.map((balanced_score) => ({ balanced_score }));

// Shaped as Pagefind 1.6 returns "timeout" on the Session page: the page's opening scored low, a
// FAQ heading high; each section's text begins with its heading.
const session: PagefindData = {
  url: '/glossary/session/',
  excerpt: 'says so. Should I change the 30-minute session <mark>timeout?</mark> Only with a reason',
  meta: { title: 'Session', category: 'Analytics' },
  filters: { type: ['term'] },
  sub_results: [
    { title: 'Definition', url: '/glossary/session/#definition', excerpt: 'Definition A <mark>timeout</mark> ends it', weighted_locations: score(2000, 720) },
    { title: 'Should I change the 30-minute session timeout?', url: '/glossary/session/#faq-3', excerpt: 'Should I change the 30-minute session <mark>timeout?</mark> Only with a reason', weighted_locations: score(12803) },
    { title: 'In practice', url: '/glossary/session/#in-practice', excerpt: 'the <mark>timeout</mark>', weighted_locations: score(1024) },
  ],
};

// Shaped as "bounce rate" on its own page: the title is the best hit, so the page's opening wins.
const bounce: PagefindData = {
  url: '/glossary/bounce-rate/',
  excerpt: '<mark>Bounce</mark> <mark>rate.</mark> Definition <mark>Bounce</mark> <mark>rate</mark> is the percentage',
  meta: { title: 'Bounce rate', category: 'Analytics' },
  filters: { type: ['term'] },
  sub_results: [
    { title: 'Bounce rate', url: '/glossary/bounce-rate/', excerpt: '<mark>Bounce</mark> <mark>rate.</mark>', weighted_locations: score(50190) },
    { title: 'Definition', url: '/glossary/bounce-rate/#definition', excerpt: 'Definition <mark>Bounce</mark>', weighted_locations: score(4097) },
  ],
};

describe('best section', () => {
  it('is the highest-scoring section, or none when the page’s opening scores highest', () => {
    expect(bestSection(session)?.url).toBe('/glossary/session/#faq-3');
    expect(bestSection(bounce)).toBeUndefined();
    expect(bestSection({ ...session, sub_results: [] })).toBeUndefined();
  });
});

describe('excerpts without their heading', () => {
  it('drops a leading heading, its punctuation and the space after it, across <mark>s', () => {
    expect(withoutLeadingText('Should I change the 30-minute session <mark>timeout?</mark> Only with a reason', 'Should I change the 30-minute session timeout?')).toBe('Only with a reason');
    expect(withoutLeadingText('<mark>Bounce</mark> <mark>rate.</mark> Definition', 'Bounce rate')).toBe('Definition');
    expect(withoutLeadingText('Definition <mark>Bounce</mark>', 'definition')).toBe('<mark>Bounce</mark>');
  });
  it('keeps a <mark> open when the heading ends inside it, and decodes entities', () => {
    expect(withoutLeadingText('<mark>A/B test</mark> rest', 'A/B')).toBe('<mark>test</mark> rest');
    expect(withoutLeadingText('Fitts&#39;s law: A law', 'Fitts’s law'.replace('’', "'"))).toBe('A law');
    expect(withoutLeadingText('Q&amp;A. Answers', 'Q&A')).toBe('Answers');
  });
  it('leaves an excerpt alone that does not start with the whole heading', () => {
    expect(withoutLeadingText('Sessions are counted', 'Session')).toBe('Sessions are counted');
    expect(withoutLeadingText('says so. Definition', 'Definition')).toBe('says so. Definition');
    expect(withoutLeadingText('Def', 'Definition')).toBe('Def');
    expect(withoutLeadingText('text', '')).toBe('text');
  });
  it('drops the end of a heading an excerpt starts partway through, if three words or more', () => {
    expect(headingEnds('What is the difference between exit rate and bounce rate?')).toHaveLength(8);
    expect(headingEnds('How is it counted?')).toEqual(['How is it counted?', 'is it counted?']);
    expect(headingEnds('Definition')).toEqual(['Definition']);
    const heading = 'What is the difference between exit rate and bounce rate?';
    expect(withoutHeadings('difference between exit <mark>rate</mark> and <mark>bounce</mark> <mark>rate?</mark> Exit <mark>rate</mark> looks', [heading])).toBe('Exit <mark>rate</mark> looks');
    expect(withoutHeadings('<mark>bounce</mark> <mark>rate?</mark> Exit', [heading])).toBe('<mark>bounce</mark> <mark>rate?</mark> Exit');
  });

  it('drops a run of headings, as a page’s text starts with its title and first section', () => {
    expect(withoutHeadings(bounce.excerpt, ['Bounce rate', 'Definition'])).toBe('<mark>Bounce</mark> <mark>rate</mark> is the percentage');
  });
});

describe('search result markup', () => {
  it('shows a page as one line plus its best section, each a real link option with ids in order', () => {
    expect(resultsHtml([session], 'dialog-search')).toBe(
      '<li role="none"><a role="option" id="dialog-search-opt-0" class="result-main" href="/glossary/session/" tabindex="-1" aria-selected="false">' +
        '<span class="result-line"><span class="result-title">Session</span> <span class="result-kind">Term · Analytics</span></span></a></li>' +
        '<li role="none"><a role="option" id="dialog-search-opt-1" class="result-section" href="/glossary/session/#faq-3" tabindex="-1" aria-selected="false">' +
        '<span class="result-title">Should I change the 30-minute session timeout?</span><span class="result-excerpt">Only with a reason</span></a></li>',
    );
  });

  it('shows a page whose opening matched best with its excerpt, without the title and first heading', () => {
    expect(resultsHtml([bounce], 'p')).toBe(
      '<li role="none"><a role="option" id="p-opt-0" class="result-main" href="/glossary/bounce-rate/" tabindex="-1" aria-selected="false">' +
        '<span class="result-line"><span class="result-title">Bounce rate</span> <span class="result-kind">Term · Analytics</span></span>' +
        '<span class="result-excerpt"><mark>Bounce</mark> <mark>rate</mark> is the percentage</span></a></li>',
    );
  });

  it('escapes titles and addresses, and calls an unknown type a page', () => {
    const html = resultsHtml([{ url: '/x/?a="1"', excerpt: '', meta: { title: '<b>X</b>' }, filters: {}, sub_results: [] }], 'p');
    expect(html).toContain('href="/x/?a=&#34;1&#34;"');
    expect(html).toContain('<span class="result-title">&#60;b&#62;X&#60;/b&#62;</span> <span class="result-kind">Page</span>');
    expect(html).not.toContain('result-excerpt');
  });

  it('renders no options for no results', () => {
    expect(resultsHtml([], 'p')).toBe('');
  });
});

const link = (q: string, text = q) => `<a href="/search/?q=${encodeURIComponent(q)}" data-search-query="${q}">${text}</a>`;

describe('no-results message', () => {
  it('suggests close terms as links to their search, or the A–Z index when none is close', () => {
    expect(noResultsHtml('sesion', [{ title: 'Session' }, { title: 'Click ID' }])).toBe(`No results for “sesion”. Did you mean ${link('Session')} or ${link('Click ID')}?`);
    expect(noResultsHtml('<x>', [])).toBe('No results for “&#60;x&#62;”. Try fewer words, or <a href="/glossary/">browse all terms A–Z</a>.');
  });
});

describe('result count line', () => {
  it('counts the results, after close term names when the results are weak', () => {
    expect(resultCountHtml('session', 1, [])).toBe('1 result for “session”.');
    expect(resultCountHtml('clik', 17, [{ title: 'Click ID' }, { title: 'Heatmap' }])).toBe(`Did you mean ${link('Click ID')} or ${link('Heatmap')}? 17 results for “clik”.`);
    expect(resultCountHtml('<x>', 2, [])).toBe('2 results for “&#60;x&#62;”.');
  });

  it('says when a clearly meant term was searched instead, with a link to search the words as typed', () => {
    expect(correctedHtml('bouce rate', 'Bounce rate', 12)).toBe(
      'Showing 12 results for <strong>Bounce rate</strong>. Search instead for <a data-verbatim href="/search/?q=bouce%20rate" data-search-query="bouce rate">“bouce rate”</a>.',
    );
  });
});
