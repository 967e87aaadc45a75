import { describe, expect, it } from 'vitest';
import { noResultsHtml, resultCountHtml, resultsHtml } from '../../src/client/search/result-markup';
import type { PagefindData } from '../../src/client/search/search-index';

const session: PagefindData = {
  url: '/glossary/session/',
  excerpt: 'A <mark>session</mark> is',
  meta: { title: 'Session', category: 'Analytics' },
  filters: { type: ['term'] },
  sub_results: [
    { title: 'Session', url: '/glossary/session/', excerpt: 'same page' },
    { title: 'Definition', url: '/glossary/session/#definition', excerpt: 'the <mark>session</mark> ends' },
  ],
};

describe('search result markup', () => {
  it('makes each result and section an option that is a real link, with ids in order', () => {
    expect(resultsHtml([session], 'dialog-search')).toBe(
      '<li role="none"><a role="option" id="dialog-search-opt-0" class="result-main" href="/glossary/session/" tabindex="-1" aria-selected="false">' +
        '<span class="result-kind">Term · Analytics</span><span class="result-title">Session</span><span class="result-excerpt">A <mark>session</mark> is</span></a></li>' +
        '<li role="none"><a role="option" id="dialog-search-opt-1" class="result-section" href="/glossary/session/#definition" tabindex="-1" aria-selected="false">' +
        '<span class="result-title">Definition</span><span class="result-excerpt">the <mark>session</mark> ends</span></a></li>',
    );
  });

  it('escapes titles and addresses, calls an unknown type a page, and shows at most three sections', () => {
    const sections = ['a', 'b', 'c', 'd'].map((id) => ({ title: id.toUpperCase(), url: `/x/#${id}`, excerpt: '' }));
    const html = resultsHtml([{ url: '/x/?a="1"', excerpt: '', meta: { title: '<b>X</b>' }, filters: {}, sub_results: sections }], 'p');
    expect(html).toContain('href="/x/?a=&#34;1&#34;"');
    expect(html).toContain('<span class="result-kind">Page</span><span class="result-title">&#60;b&#62;X&#60;/b&#62;</span>');
    expect(html.match(/class="result-section"/g)).toHaveLength(3);
    expect(html).not.toContain('#d"');
  });

  it('renders no options for no results', () => {
    expect(resultsHtml([], 'p')).toBe('');
  });
});

describe('no-results message', () => {
  it('suggests close terms as links, or the A–Z index when none is close', () => {
    expect(noResultsHtml('sesion', [{ title: 'Session', url: '/glossary/session/' }, { title: 'Visit', url: '/glossary/visit/' }])).toBe(
      'No results for “sesion”. Did you mean <a href="/glossary/session/">Session</a> or <a href="/glossary/visit/">Visit</a>?',
    );
    expect(noResultsHtml('<x>', [])).toBe('No results for “&#60;x&#62;”. Try fewer words, or <a href="/glossary/">browse all terms A–Z</a>.');
  });
});

describe('result count line', () => {
  it('counts the results, and adds close term names when the query names no term exactly', () => {
    expect(resultCountHtml('session', 1, [])).toBe('1 result for “session”.');
    expect(resultCountHtml('sesion', 17, [{ title: 'Session', url: '/glossary/session/' }])).toBe(
      '17 results for “sesion”. Did you mean <a href="/glossary/session/">Session</a>?',
    );
    expect(resultCountHtml('<x>', 2, [])).toBe('2 results for “&#60;x&#62;”.');
  });
});
