import { describe, expect, it } from 'vitest';
import { guidesIndexPage } from '../../../src/glossary/pages/guides-index-page';
import { pageGlossary } from './page-fixtures';

describe('guides index page', () => {
  it('summarises each learning path with its steps for the progress line', () => {
    expect(guidesIndexPage(pageGlossary())).toEqual([
      { href: '/guides/measuring/', title: 'Measuring', summary: 'Learn measuring.', meta: '2 steps · about 7 min · intermediate', stepSlugs: ['user', 'session'] },
    ]);
  });
});
