import { describe, expect, it } from 'vitest';
import { emptyQuizResults, missedTerms, parseQuizResults, recordAnswer, validateQuizResults } from '../../src/client/quiz/quiz-results';

describe('quiz results', () => {
  it('records the latest answer to each question', () => {
    const once = recordAnswer(emptyQuizResults(), 'session:a0', false);
    expect(recordAnswer(once, 'session:a0', true)).toEqual({ answers: { 'session:a0': true } });
  });

  it('reads what it writes, and nothing from something unreadable', () => {
    const r = { answers: { 'session:a0': true, 'bounce-rate:g1': false } };
    expect(parseQuizResults(JSON.stringify(r))).toEqual(r);
    expect(parseQuizResults('{')).toEqual(emptyQuizResults());
    expect(parseQuizResults(null)).toEqual(emptyQuizResults());
  });

  it.each([
    ['a list', []],
    ['answers that are not true or false', { answers: { 'session:a0': 'yes' } }],
    ['a question id of the wrong shape', { answers: { 'Session 1': true } }],
  ])('refuses, for an import, %s', (_what, value) => {
    expect(validateQuizResults(value)).toBeUndefined();
  });

  it('lists missed terms once each, in the order asked', () => {
    expect(missedTerms([{ term: 'a', right: false }, { term: 'b', right: true }, { term: 'a', right: false }, { term: 'c', right: false }])).toEqual(['a', 'c']);
  });
});
