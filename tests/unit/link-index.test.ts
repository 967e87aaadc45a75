import { describe, expect, it } from 'vitest';
import { createLinkIndex } from '../../src/term-links/link-index';
import { linkIndex as index } from './term-names-fixture';

describe('resolve', () => {
  it('finds a term by title, alias or slug, whatever the case', () => {
    expect(['User behaviour', 'USER BEHAVIOR', 'user-behaviour', 'visit', 'Sessions', 'a/b test'].map((name) => index.resolve(name))).toEqual([
      'user-behaviour',
      'user-behaviour',
      'user-behaviour',
      'session',
      'session',
      'ab-test',
    ]);
  });

  it('treats hyphens and spaces alike', () => {
    expect(index.resolve('user-behavior')).toBe('user-behaviour');
    expect(index.resolve('ab test')).toBe('ab-test');
  });

  it('finds nothing for a name no term has', () => {
    expect(index.resolve('conversion')).toBeUndefined();
  });

  it('gives a name two terms share to the first of them', () => {
    const shared = createLinkIndex([
      { slug: 'first', title: 'First', aliases: ['shared'] },
      { slug: 'second', title: 'Second', aliases: ['shared'] },
    ]);
    expect(shared.resolve('shared')).toBe('first');
    expect(shared.findNames('shared')).toEqual([{ index: 0, text: 'shared', slug: 'first' }]);
  });
});

describe('titleOf and suggest', () => {
  it('knows each term’s title by slug', () => {
    expect(index.titleOf('ab-test')).toBe('A/B test');
    expect(index.titleOf('nothing')).toBeUndefined();
  });

  it('suggests the closest title or alias as written, or nothing', () => {
    expect(index.suggest('Interation')).toBe('Interaction');
    expect(index.suggest('behavor')).toBe('behavior');
    expect(index.suggest('zzz')).toBeUndefined();
  });
});

describe('findNames', () => {
  it('finds every title and alias, left to right, as written in the text', () => {
    expect(index.findNames('Each Visit has interactions; a visit too.')).toEqual([
      { index: 5, text: 'Visit', slug: 'session' },
      { index: 15, text: 'interactions', slug: 'interaction' },
      { index: 31, text: 'visit', slug: 'session' },
    ]);
  });

  it('prefers the name with the most words where names overlap', () => {
    expect(index.findNames('Study user behaviour, then behavior.')).toEqual([
      { index: 6, text: 'user behaviour', slug: 'user-behaviour' },
      { index: 27, text: 'behavior', slug: 'behaviour' },
    ]);
  });

  it('matches whole words only', () => {
    expect(index.findNames('Sessionless misbehaviour.')).toEqual([]);
  });

  it('matches names with punctuation, and the same words spaced differently', () => {
    expect(index.findNames('An A/B test, a split\ntest.')).toEqual([
      { index: 3, text: 'A/B test', slug: 'ab-test' },
      { index: 15, text: 'split\ntest', slug: 'ab-test' },
    ]);
  });

  it('does not treat slugs as names in prose', () => {
    expect(index.findNames('See ab-test.')).toEqual([]);
  });
});

describe('an empty glossary', () => {
  it('has no names and finds none', () => {
    const empty = createLinkIndex([]);
    expect(empty.hasNames).toBe(false);
    expect(empty.findNames('A session.')).toEqual([]);
    expect(index.hasNames).toBe(true);
  });
});

describe('a title inside a sentence', () => {
  const names = createLinkIndex([
    { slug: 'funnel', title: 'Funnel', aliases: ['funnels', 'conversion funnel'] },
    { slug: 'micro-conversion', title: 'Micro-conversion', aliases: ['micro-conversions'] },
    { slug: 'north-star-metric', title: 'North star metric', aliases: ['north star metrics'] },
    { slug: 'lighthouse', title: 'Lighthouse', aliases: ['Google Lighthouse', 'Lighthouse score'] },
    { slug: 'hicks-law', title: "Hick's law", aliases: ['Hick-Hyman law'] },
    { slug: 'ab-test', title: 'A/B test', aliases: ['split test'] },
  ]);

  it('reads in lower case when the term’s own aliases are common nouns', () => {
    expect(['Funnel', 'Micro-conversion', 'North star metric'].map(names.inSentence)).toEqual(['funnel', 'micro-conversion', 'north star metric']);
  });

  it('keeps proper names, names already in lower case and anything that is not exactly a title', () => {
    expect(['Lighthouse', "Hick's law", 'A/B test', 'funnel', 'Funnels', 'FUNNEL', 'Conversion funnel'].map(names.inSentence)).toEqual([
      'Lighthouse',
      "Hick's law",
      'A/B test',
      'funnel',
      'Funnels',
      'FUNNEL',
      'Conversion funnel',
    ]);
  });
});

describe('findNames across separators', () => {
  const index = createLinkIndex([
    { slug: 'ab-test', title: 'A / B test', aliases: ["user’s journey"] },
    { slug: 'test', title: 'Test', aliases: [] },
  ]);
  it('matches a name whose words are separated by more than a space, and curly apostrophes as straight', () => {
    expect(index.findNames('Run an A / B  test and a user\'s journey.')).toEqual([
      { index: 7, text: 'A / B  test', slug: 'ab-test' },
      { index: 25, text: "user's journey", slug: 'ab-test' },
    ]);
    expect(index.findNames('An A/B test.')).toEqual([{ index: 7, text: 'test', slug: 'test' }]);
  });
});
