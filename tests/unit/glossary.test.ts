import { describe, expect, it } from 'vitest';
import { createGlossary, groupByLetter } from '../../src/glossary/glossary';
import { BODY, input, term } from './fixtures';

describe('glossary model', () => {
  const terms = [
    term('session', { aliases: ['visit', 'sessions'], related: { terms: ['user'] } }, `${BODY}\nA [[user]] again.`),
    term('user', { aliases: ['users'] }, BODY.replace('A thing.', 'Each user has a session.')),
    term('ab-test', { title: 'A/B test', categories: ['experiments'] }),
    term('zero-party-data', { title: '0-party data' }),
  ];
  const g = createGlossary(input({ terms }));

  it('sorts terms by title and resolves slug, title and alias case-insensitively', () => {
    expect(g.terms.map((t) => t.slug)).toEqual(['zero-party-data', 'ab-test', 'session', 'user']);
    expect(g.resolve('Visit')?.slug).toBe('session');
    expect(g.resolve('SESSIONS')?.slug).toBe('session');
    expect(g.resolve('a/b test')?.slug).toBe('ab-test');
    expect(g.resolve('nothing')).toBeUndefined();
  });

  it('groups A–Z with empty letters kept and non-letters under #', () => {
    const groups = groupByLetter(g.terms);
    expect(groups).toHaveLength(27);
    expect(groups.find((x) => x.letter === 'A')?.terms.map((t) => t.slug)).toEqual(['ab-test']);
    expect(groups.find((x) => x.letter === 'B')?.terms).toEqual([]);
    expect(groups.at(-1)).toMatchObject({ letter: '#', terms: [{ slug: 'zero-party-data' }] });
  });

  it('filters by category and resolves related entries', () => {
    expect(g.termsIn('experiments').map((t) => t.slug)).toEqual(['ab-test']);
    expect(g.related(g.term('session')!).terms.map((t) => t.slug)).toEqual(['user']);
  });

  it('computes backlinks from wiki-links and auto-links', () => {
    expect(g.mentionedIn('user').terms.map((t) => t.slug)).toEqual(['session']);
    expect(g.mentionedIn('session').terms.map((t) => t.slug)).toEqual(['user']);
    expect(g.linksFrom({ kind: 'term', slug: 'session' }).map((t) => t.slug)).toEqual(['user']);
  });
});
