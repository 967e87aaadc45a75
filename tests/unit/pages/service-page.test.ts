import { describe, expect, it } from 'vitest';
import { servicePage } from '../../../src/glossary/pages/service-page';
import { pageGlossary } from './page-fixtures';

describe('service page', () => {
  it('gives the header and a card for each term the service involves', () => {
    const g = pageGlossary();
    expect(servicePage(g, g.service('audit')!)).toEqual({
      title: 'Audit',
      description: 'We do audit.',
      crumbs: [
        { name: 'Home', href: '/' },
        { name: 'Services', href: '/services/' },
        { name: 'Audit', href: '/services/audit/' },
      ],
      kicker: 'Service',
      terms: {
        id: 'terms',
        heading: 'Terms this service involves',
        cards: [{ href: '/glossary/session/', title: 'Session', text: 'A [[session]] is a group of [[user]] interactions.' }],
      },
      previewTerms: [],
    });
  });
});
