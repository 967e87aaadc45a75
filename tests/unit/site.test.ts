import { describe, expect, it } from 'vitest';
import { absoluteUrl, categoryPath, dateStamp, formatDate, guidePath, servicePath, termPath, utcIsoDate } from '../../src/glossary/site';

describe('site paths and dates', () => {
  it('builds every kind of path, and absolute URLs on the site origin', () => {
    expect([termPath('session'), categoryPath('ux'), guidePath('start'), servicePath('audit')]).toEqual([
      '/glossary/session/',
      '/glossary/category/ux/',
      '/guides/start/',
      '/services/audit/',
    ]);
    expect(absoluteUrl('/glossary/', new URL('https://lexicon.test'))).toBe('https://lexicon.test/glossary/');
  });

  it('reads dates in UTC, so a content date never shows as the day before', () => {
    const lateUtc = new Date('2026-11-27T23:30:00Z');
    expect(utcIsoDate(lateUtc)).toBe('2026-11-27');
    expect(formatDate(lateUtc)).toBe('27 November 2026');
    expect(dateStamp(new Date('2026-03-05'))).toEqual({ iso: '2026-03-05', text: '5 March 2026' });
  });
});
