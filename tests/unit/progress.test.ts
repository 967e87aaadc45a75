import { describe, expect, it } from 'vitest';
import { nextStep, progressLine, recordScore, resetPath } from '../../src/client/progress/path-records';
import { emptyProgress, parseProgress, pathProgress, pathToShow, setUnderstood, startPath, validateProgress, type Progress } from '../../src/client/progress/progress';

const STEPS = ['user', 'session', 'pageview'];

describe('reading stored progress', () => {
  it('is empty when nothing or something unreadable is stored', () => {
    expect(parseProgress(null)).toEqual(emptyProgress());
    expect(parseProgress('not json')).toEqual(emptyProgress());
    expect(parseProgress('[1,2]')).toEqual(emptyProgress());
  });

  it('reads what it writes', () => {
    const p: Progress = { understood: ['user'], paths: { measuring: { best: { score: 7, total: 8 } } }, current: 'measuring' };
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
  });

  it('reads the older format, dropping the visits it no longer keeps', () => {
    expect(parseProgress(JSON.stringify({ visited: ['user', 'session'], understood: ['user'] }))).toEqual({ understood: ['user'], paths: {} });
  });

  it.each([
    ['understood is not a list of slugs', { understood: ['Not a slug'] }],
    ['paths is a list', { understood: [], paths: [] }],
    ['a best score above its total', { paths: { measuring: { best: { score: 9, total: 8 } } } }],
    ['a score out of nothing', { paths: { measuring: { best: { score: 0, total: 0 } } } }],
    ['the current path was never started', { paths: {}, current: 'measuring' }],
  ])('refuses, for an import, a value where %s', (_what, value) => {
    expect(validateProgress(value)).toBeUndefined();
  });
});

describe('changing progress', () => {
  it('marks and unmarks a term, starting the path it was marked in', () => {
    const marked = setUnderstood(emptyProgress(), 'session', true, 'measuring');
    expect(marked).toEqual({ understood: ['session'], paths: { measuring: {} }, current: 'measuring' });
    expect(setUnderstood(marked, 'session', false)).toEqual({ understood: [], paths: { measuring: {} }, current: 'measuring' });
    expect(setUnderstood(emptyProgress(), 'session', true)).toEqual({ understood: ['session'], paths: {} });
  });

  it('keeps the better test score', () => {
    const once = recordScore(emptyProgress(), 'measuring', { score: 5, total: 8 });
    expect(once.paths['measuring']).toEqual({ best: { score: 5, total: 8 } });
    expect(recordScore(once, 'measuring', { score: 4, total: 8 }).paths['measuring']).toEqual({ best: { score: 5, total: 8 } });
    expect(recordScore(once, 'measuring', { score: 7, total: 8 }).paths['measuring']).toEqual({ best: { score: 7, total: 8 } });
  });

  it('resets one path only: its steps, its start and its score', () => {
    let p = setUnderstood(emptyProgress(), 'user', true, 'measuring');
    p = setUnderstood(p, 'funnel', true, 'funnels');
    p = recordScore(p, 'measuring', { score: 6, total: 8 });
    expect(resetPath(p, 'measuring', STEPS)).toEqual({ understood: ['funnel'], paths: { funnels: {} } });
    expect(resetPath(p, 'funnels', ['funnel'])).toEqual({ understood: ['user'], paths: { measuring: { best: { score: 6, total: 8 } } }, current: 'measuring' });
  });
});

describe('showing progress', () => {
  const p = setUnderstood(setUnderstood(emptyProgress(), 'user', true, 'measuring'), 'session', true, 'measuring');

  it('counts understood steps and finds the next one', () => {
    expect(pathProgress(p, STEPS)).toEqual({ understood: 2, total: 3, complete: false });
    expect(nextStep(p, STEPS)).toBe('pageview');
    expect(nextStep(setUnderstood(p, 'pageview', true), STEPS)).toBeUndefined();
    expect(pathProgress(setUnderstood(p, 'pageview', true), STEPS).complete).toBe(true);
  });

  it('says it in a line, with the best score once there is one', () => {
    expect(progressLine(p, 'measuring', STEPS)).toBe('2 of 3 understood');
    expect(progressLine(recordScore(p, 'measuring', { score: 7, total: 8 }), 'measuring', STEPS)).toBe('2 of 3 understood · best test score 7 of 8');
  });

  it('shows the path the reader follows, and the first before any is started', () => {
    expect(pathToShow(emptyProgress(), ['funnels', 'measuring'])).toBe('funnels');
    expect(pathToShow(p, ['funnels', 'measuring'])).toBe('measuring');
    expect(pathToShow(startPath(p, 'shop'), ['funnels', 'measuring'])).toBe('measuring');
    expect(pathToShow(p, [])).toBeUndefined();
  });
});
