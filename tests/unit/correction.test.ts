import { describe, expect, it } from 'vitest';
import { choices, closeTerms, correction, foundWord, isWeak, matchedWords, nameMatch, wordsOf } from '../../src/client/search/correction';
import { nameShard, shardTerms, type SearchTerm } from '../../src/client/search/search-state';
import { getGlossary } from '../../src/glossary/load';
import { searchTerms } from '../../src/glossary/search-terms';

// The real glossary's names, sharded as the site ships them: the browser corrects a query from the
// shard of its first letter.
const shards = shardTerms(searchTerms(await getGlossary()));
const shardOf = (query: string) => shards.get(nameShard(query))!;
const close = (query: string) => closeTerms(query, shardOf(query)).map((c) => `${c.term.title} (${c.distance}, ${c.extraWords})`);

describe('words', () => {
  it('splits on spaces, hyphens and slashes, in lower case, without outer punctuation', () => {
    expect(wordsOf('  Click-through RATE? ')).toEqual(['click', 'through', 'rate']);
    expect(wordsOf('A/B test')).toEqual(['a', 'b', 'test']);
    expect(wordsOf('Fitts’s law.')).toEqual(["fitts's", 'law']);
    expect(wordsOf('(S).')).toEqual(['s']);
    expect(wordsOf('')).toEqual([]);
  });

  it('reads the matched words of results from their text and match positions', () => {
    expect(matchedWords([{ content: 'Bounce rate. A rate; of (S).', locations: [1, 3, 5] }, { content: 'rate', locations: [0, 7] }, {}])).toEqual(['rate', 's']);
  });

  it('counts a query word as found when a matched word starts with it or is it minus a short ending', () => {
    expect(foundWord('ses', ['session'])).toBe(true);
    expect(foundWord('sessions', ['session'])).toBe(true);
    expect(foundWord('rate', ['rate', 'rates'])).toBe(true);
    // Pagefind's fallback to a known prefix: a one-letter word is not a find.
    expect(foundWord('sesion', ['s'])).toBe(false);
    expect(foundWord('bouce', ['b', 'rate'])).toBe(false);
    expect(foundWord('analytics', ['analyt'])).toBe(false);
  });
});

describe('weak results', () => {
  // What Pagefind really returns for "bouce rate": pages matching "rate" only.
  const rateOnly = [{ content: 'Conversion rate. Definition A rate of', locations: [1, 5] }];
  it('are weak when a query word matched nothing, or nothing came back', () => {
    expect(isWeak('bouce rate', rateOnly, false)).toBe(true);
    expect(isWeak('bonce', [], false)).toBe(true);
    expect(isWeak('sesion', [{ content: 'Type S errors', locations: [1] }], false)).toBe(true);
  });
  it('are strong when every word was found, or a term is named exactly', () => {
    expect(isWeak('rate', rateOnly, false)).toBe(false);
    expect(isWeak('conversion ra', [{ content: 'Conversion rate.', locations: [0, 1] }], false)).toBe(false);
    expect(isWeak('xyz', [], true)).toBe(false);
  });
});

describe('name matching', () => {
  it('measures a whole name or word by word, the last word also as a start', () => {
    expect(nameMatch('sesion', 'Session')).toEqual({ distance: 1, extraWords: 0 });
    expect(nameMatch('bonce', 'Bounce rate')).toEqual({ distance: 1, extraWords: 1 });
    expect(nameMatch('bonce', 'bounce')).toEqual({ distance: 1, extraWords: 0 });
    expect(nameMatch('bouce ra', 'Bounce rate')).toEqual({ distance: 1, extraWords: 0 });
    expect(nameMatch('engagment rat', 'Engagement rate')).toEqual({ distance: 1, extraWords: 0 });
    expect(nameMatch('rate', 'Bounce rate')).toEqual({ distance: 0, extraWords: 1 });
  });
  it('allows no edit in a word under three letters, and none beyond a word’s tolerance', () => {
    expect(nameMatch('ab', 'A/B test')).toBeUndefined();
    expect(nameMatch('bxxce', 'Bounce rate')).toBeUndefined();
    expect(nameMatch('', 'Session')).toBeUndefined();
  });
});

describe('correcting the real glossary’s typos', () => {
  for (const query of ['bouce rate', 'bunce rate', 'bonce']) {
    it(`"${query}" means Bounce rate`, () => {
      expect(close(query)).toEqual(['Bounce rate (1, 0)']);
      expect(correction(closeTerms(query, shardOf(query)))?.url).toBe('/glossary/bounce-rate/');
    });
  }

  it('prefers the name with no extra words when edits tie', () => {
    expect(close('sesion')).toEqual(['Session (1, 0)', 'Average session duration (1, 1)', 'Session replay (1, 1)']);
    expect(correction(closeTerms('sesion', shardOf('sesion')))?.title).toBe('Session');
    expect(correction(closeTerms('enagement', shardOf('enagement')))?.title).toBe('Engagement');
    expect(correction(closeTerms('vist', shardOf('vist')))?.title).toBe('Session');
  });

  it('lets the reader choose when two terms are as close', () => {
    expect(close('clik')).toEqual(['Click ID (1, 1)', 'Heatmap (1, 1)', 'Click-through rate (1, 2)']);
    expect(correction(closeTerms('clik', shardOf('clik')))).toBeUndefined();
    // Offered: only the ones as close as the closest.
    expect(choices(closeTerms('clik', shardOf('clik'))).map((t) => t.title)).toEqual(['Click ID', 'Heatmap']);
    expect(choices(closeTerms('attriution', shardOf('attriution'))).map((t) => t.title)).toEqual(['Attribution', 'Churn']);
    expect(choices([])).toEqual([]);
  });

  it('finds nothing far from every name', () => {
    expect(closeTerms('xylophone', shardOf('xylophone'))).toEqual([]);
    expect(correction([])).toBeUndefined();
  });
});

describe('ranking close terms', () => {
  const terms: SearchTerm[] = [
    { title: 'Session replay', url: '/r/', names: ['Session replay'] },
    { title: 'Session', url: '/s/', names: ['Session', 'sessions'] },
  ];
  it('keeps each term once, by its closest name, closest first', () => {
    expect(closeTerms('sessio', terms).map((c) => [c.term.title, c.distance, c.extraWords])).toEqual([
      ['Session', 0, 0],
      ['Session replay', 0, 1],
    ]);
    expect(closeTerms('sessio', terms, 1)).toHaveLength(1);
  });
});
