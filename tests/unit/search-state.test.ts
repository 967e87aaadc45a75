import { describe, expect, it } from 'vitest';
import { boostExact, exactTerm, NAME_SHARDS, nameShard, readSearchState, shardTerms, writeSearchState, type SearchTerm } from '../../src/client/search/search-state';

const terms: SearchTerm[] = [
  { title: 'Session', url: '/glossary/session/', names: ['Session', 'visit', 'sessions'] },
  { title: 'Engagement', url: '/glossary/engagement/', names: ['Engagement', 'user engagement'] },
  { title: 'Engagement rate', url: '/glossary/engagement-rate/', names: ['Engagement rate'] },
  { title: 'Click-through rate', url: '/glossary/click-through-rate/', names: ['Click-through rate', 'CTR'] },
];

describe('exact-name boosting', () => {
  it('finds a term by title or alias, case-insensitively', () => {
    expect(exactTerm('VISIT', terms)?.title).toBe('Session');
    expect(exactTerm('ctr', terms)?.title).toBe('Click-through rate');
    expect(exactTerm('sess', terms)).toBeUndefined();
  });
  it('moves the exactly named term first and keeps the rest in order', () => {
    const results = [{ url: '/guides/x/' }, { url: '/glossary/engagement-rate/' }, { url: '/glossary/session/' }];
    expect(boostExact(results, exactTerm('visit', terms)).map((r) => r.url)).toEqual(['/glossary/session/', '/guides/x/', '/glossary/engagement-rate/']);
    expect(boostExact(results, undefined)).toEqual(results);
  });
});

describe('search state in the URL', () => {
  it('round-trips and drops unknown values', () => {
    const state = readSearchState('?q=+bounce+rate&type=term&category=analytics');
    expect(state).toEqual({ q: 'bounce rate', type: 'term', category: 'analytics' });
    expect(writeSearchState(state)).toBe('?q=bounce+rate&type=term&category=analytics');
    expect(readSearchState('?type=video&category=<x>')).toEqual({ q: '', type: '', category: '' });
    expect(writeSearchState({ q: '', type: '', category: '' })).toBe('');
  });
});

describe('name shards', () => {
  it('keys a name by its first letter or digit, ignoring case and leading space', () => {
    expect(nameShard('Session')).toBe('s');
    expect(nameShard('  ctr')).toBe('c');
    expect(nameShard('404 page')).toBe('4');
    expect(nameShard('Ünique')).toBe('_');
    expect(nameShard('')).toBe('_');
  });

  it('files a term under every shard one of its names starts in, once each, and keeps empty shards', () => {
    const shards = shardTerms(terms);
    expect([...shards.keys()]).toEqual(NAME_SHARDS);
    expect(shards.get('s')!.map((t) => t.title)).toEqual(['Session']);
    expect(shards.get('v')!.map((t) => t.title)).toEqual(['Session']);
    expect(shards.get('e')!.map((t) => t.title)).toEqual(['Engagement', 'Engagement rate']);
    expect(shards.get('u')!.map((t) => t.title)).toEqual(['Engagement']);
    expect(shards.get('q')).toEqual([]);
  });

  it('finds every exact name in the shard its query is keyed to', () => {
    const shards = shardTerms(terms);
    for (const term of terms) {
      for (const name of term.names) expect(exactTerm(name.toUpperCase(), shards.get(nameShard(name))!)).toBe(term);
    }
  });
});
