import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../../src/glossary/glossary';
import { contactLinks, hasContact, nextStep } from '../../../src/glossary/pages/next-step';
import { input, term } from '../fixtures';
import { CATEGORIES, guide, pageGlossary, service } from './page-fixtures';

describe('contact links', () => {
  it('gives the email first, then the page; a site path goes under the base, a URL stays', () => {
    expect(contactLinks({ email: 'hello@example.org', url: '/contact/' })).toEqual([
      { href: 'mailto:hello@example.org', text: 'Email hello@example.org' },
      { href: '/contact/', text: 'Contact page' },
    ]);
    expect(contactLinks({ url: 'https://example.org/contact' })).toEqual([{ href: 'https://example.org/contact', text: 'Contact page' }]);
  });

  it('counts no contact, or empty strings, as none', () => {
    expect(hasContact({})).toBe(false);
    expect(hasContact({ email: '', url: '' })).toBe(false);
    expect(hasContact({ url: '/contact/' })).toBe(true);
  });
});

describe('next step', () => {
  it('with a contact: says what to get in touch about, and how', () => {
    const g = pageGlossary();
    expect(nextStep(g, { email: 'hello@example.org', url: '/contact/' }, g.service('audit'))).toEqual({
      id: 'next-step',
      heading: 'Next step',
      lead: 'To talk about audit for your site, get in touch.',
      links: [
        { href: 'mailto:hello@example.org', text: 'Email hello@example.org' },
        { href: '/contact/', text: 'Contact page' },
      ],
    });
    expect(nextStep(g, { url: '/contact/' }).lead).toBe('To talk about this kind of work for your site, get in touch.');
  });

  it('without one: the guides that share most of the service’s terms, at most two, then the glossary', () => {
    const g = createGlossary(
      input({
        terms: [term('session'), term('user'), term('event'), term('funnel')],
        guides: [
          guide('one-step', { title: 'One step', steps: ['user', 'funnel'] }),
          guide('two-steps', { title: 'Two steps', steps: ['session', 'event', 'funnel'] }),
          guide('also-one', { title: 'Also one', steps: ['event', 'funnel'] }),
          guide('none', { title: 'None', steps: ['funnel', 'user'] }),
        ],
        services: [service('audit', { title: 'Audit', terms: ['session', 'event', 'user'] })],
        categories: CATEGORIES,
      }),
    );
    expect(nextStep(g, {}, g.service('audit')).links).toEqual([
      { href: '/guides/two-steps/', text: 'Two steps' },
      { href: '/guides/also-one/', text: 'Also one' },
      { href: '/glossary/', text: 'The glossary A–Z' },
    ]);
  });

  it('without one, on the services list or for a service no guide covers: all guides, then the glossary', () => {
    const g = pageGlossary();
    const expected = {
      id: 'next-step',
      heading: 'Next step',
      lead: 'Learn the ground this work covers: the guides walk through the terms in order.',
      links: [
        { href: '/guides/', text: 'All guides' },
        { href: '/glossary/', text: 'The glossary A–Z' },
      ],
    };
    expect(nextStep(g, {})).toEqual(expected);
    const lonely = createGlossary(input({ services: [service('solo', { terms: ['user'] })] }));
    expect(nextStep(lonely, {}, lonely.service('solo'))).toEqual(expected);
  });
});
