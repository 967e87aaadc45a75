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
      nextStep: {
        id: 'next-step',
        heading: 'Next step',
        lead: 'Learn the ground this work covers: these guides walk through its terms in order.',
        links: [
          { href: '/guides/measuring/', text: 'Measuring' },
          { href: '/glossary/', text: 'The glossary A–Z' },
        ],
      },
    });
  });

  it('ends with the configured contact when there is one', () => {
    const g = pageGlossary();
    expect(servicePage(g, g.service('audit')!, { email: 'hello@example.org' }).nextStep.links).toEqual([{ href: 'mailto:hello@example.org', text: 'Email hello@example.org' }]);
  });
});
