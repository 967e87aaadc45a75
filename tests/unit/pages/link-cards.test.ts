import { describe, expect, it } from 'vitest';
import { guideCard, serviceCard, termCard } from '../../../src/glossary/pages/link-cards';
import { term } from '../fixtures';
import { guide, service } from './page-fixtures';

describe('link cards', () => {
  it('label guides with their length and services as such; terms need no label', () => {
    expect([termCard(term('user')), guideCard(guide('start')), serviceCard(service('audit'))]).toEqual([
      { href: '/glossary/user/', title: 'User', text: 'A user is a thing.' },
      { href: '/guides/start/', title: 'Guide start', text: 'Learn start.', kicker: 'Guide · 2 steps' },
      { href: '/services/audit/', title: 'Service audit', text: 'We do audit.', kicker: 'Service' },
    ]);
  });
});
