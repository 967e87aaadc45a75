import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../src/glossary/glossary';
import { popularTerms } from '../../src/glossary/popular-terms';
import { BODY, input, term } from './fixtures';

describe('popular terms', () => {
  it('orders terms by how many pages link to them, ties A–Z, and leaves out unlinked terms', () => {
    const g = createGlossary(
      input({
        terms: [
          term('session', { aliases: ['visit'] }),
          term('user'),
          term('event'),
          term('bounce-rate', {}, `${BODY}\nA [[session]] of one [[user]].`),
          term('funnel', {}, `${BODY}\nEach [[session]] counts.`),
          term('cohort', {}, `${BODY}\nUsers by first [[event]].`),
        ],
      }),
    );
    expect(popularTerms(g)).toEqual([
      { title: 'Session', href: '/glossary/session/', mentions: 2 },
      { title: 'Event', href: '/glossary/event/', mentions: 1 },
      { title: 'User', href: '/glossary/user/', mentions: 1 },
    ]);
    expect(popularTerms(g, 1).map((t) => t.title)).toEqual(['Session']);
  });
});
