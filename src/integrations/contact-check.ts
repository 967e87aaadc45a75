/**
 * Services pages end with a way to get in touch, set in SITE.contact. A build without one still
 * gives those pages a next step (guides and the glossary), but says so, so nobody ships the
 * fallback by accident.
 */
import type { AstroIntegration } from 'astro';
import { hasContact } from '../glossary/pages/next-step';
import { SITE } from '../glossary/site';

export const NO_CONTACT_WARNING =
  'No contact is configured: services pages end with links to the guides and the glossary instead of a way to get in touch. ' +
  'Set SITE.contact ({ email, url }) in src/glossary/site.ts.';

export default function contactCheck(): AstroIntegration {
  return {
    name: 'lexicon-contact',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!hasContact(SITE.contact)) logger.warn(NO_CONTACT_WARNING);
      },
    },
  };
}
