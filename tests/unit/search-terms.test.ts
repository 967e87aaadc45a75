import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../src/glossary/glossary';
import { searchTerms } from '../../src/glossary/search-terms';
import { input } from './fixtures';

describe('search terms', () => {
  it('gives every term, A–Z, with its path and every name a reader might type', () => {
    expect(searchTerms(createGlossary(input()))).toEqual([
      { title: 'Session', url: '/glossary/session/', names: ['Session', 'visit', 'sessions'] },
      { title: 'User', url: '/glossary/user/', names: ['User', 'users'] },
    ]);
  });
});
