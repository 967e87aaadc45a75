import { describe, expect, it } from 'vitest';
import { servicesIndexPage } from '../../../src/glossary/pages/services-index-page';
import { pageGlossary } from './page-fixtures';

describe('services index page', () => {
  it('links each service with its summary', () => {
    expect(servicesIndexPage(pageGlossary())).toEqual([{ href: '/services/audit/', title: 'Audit', summary: 'We do audit.' }]);
  });
});
