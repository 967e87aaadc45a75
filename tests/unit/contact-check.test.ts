import { describe, expect, it, vi } from 'vitest';
import contactCheck, { NO_CONTACT_WARNING } from '../../src/integrations/contact-check';
import { SITE } from '../../src/glossary/site';

describe('contact check', () => {
  it('names the setting to change in its warning', () => {
    expect(NO_CONTACT_WARNING).toContain('SITE.contact');
    expect(NO_CONTACT_WARNING).toContain('src/glossary/site.ts');
  });

  it('warns at the end of a build while no contact is set, and is silent once one is', () => {
    const hook = contactCheck().hooks['astro:build:done'] as unknown as (options: { logger: { warn: (m: string) => void } }) => void;
    const warn = vi.fn();
    // The configured contact, swapped out for this test and put back after.
    const contact = SITE.contact as { email?: string; url?: string };
    const configured = { ...contact };
    try {
      delete contact.email;
      delete contact.url;
      hook({ logger: { warn } });
      expect(warn.mock.calls).toEqual([[NO_CONTACT_WARNING]]);
      warn.mockClear();
      contact.email = 'hello@example.org';
      hook({ logger: { warn } });
      expect(warn).not.toHaveBeenCalled();
    } finally {
      delete contact.email;
      Object.assign(contact, configured);
    }
  });
});
