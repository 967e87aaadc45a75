/**
 * How a services page ends: the reader's next step. With a contact configured (SITE.contact), that
 * is the address or page to get in touch; without one, the guides that teach the service's terms
 * and the glossary, so the page never ends in a dead end.
 */
import type { Glossary } from '../glossary';
import type { ServiceEntry } from '../records';
import { SECTIONS } from '../section-ids';
import { guidePath, sitePath, type SiteContact } from '../site';

export interface NextStepLink {
  href: string;
  text: string;
}

export interface NextStep {
  id: string;
  heading: string;
  /** One sentence before the links. */
  lead: string;
  links: NextStepLink[];
}

/** How many guides the fallback suggests at most. */
export const NEXT_STEP_GUIDES = 2;

/** A contact's links: the email address first, then the page. */
export function contactLinks(contact: SiteContact): NextStepLink[] {
  const links: NextStepLink[] = [];
  if (contact.email) links.push({ href: `mailto:${contact.email}`, text: `Email ${contact.email}` });
  if (contact.url) links.push({ href: /^[a-z][a-z+.-]*:/i.test(contact.url) ? contact.url : sitePath(contact.url), text: 'Contact page' });
  return links;
}

export const hasContact = (contact: SiteContact) => contactLinks(contact).length > 0;

/**
 * The guides that walk through most of the service's terms (ties by title), at most
 * NEXT_STEP_GUIDES, leaving out guides that share none.
 */
function guidesFor(glossary: Glossary, terms: readonly string[]) {
  return glossary.guides
    .map((guide) => ({ guide, shared: guide.data.steps.filter((step) => terms.includes(step)).length }))
    .filter((g) => g.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.guide.data.title.localeCompare(b.guide.data.title))
    .slice(0, NEXT_STEP_GUIDES)
    .map(({ guide }) => guide);
}

/** The next step of one service's page, or of the services list (no service). */
export function nextStep(glossary: Glossary, contact: SiteContact, service?: ServiceEntry): NextStep {
  const { id, heading } = SECTIONS.nextStep;
  const links = contactLinks(contact);
  if (links.length) {
    const what = service ? service.data.title.toLowerCase() : 'this kind of work';
    return { id, heading, lead: `To talk about ${what} for your site, get in touch.`, links };
  }
  const guides = service ? guidesFor(glossary, service.data.terms) : [];
  return {
    id,
    heading,
    lead: guides.length
      ? 'Learn the ground this work covers: these guides walk through its terms in order.'
      : 'Learn the ground this work covers: the guides walk through the terms in order.',
    links: [
      ...(guides.length ? guides.map((g) => ({ href: guidePath(g.slug), text: g.data.title })) : [{ href: sitePath('/guides/'), text: 'All guides' }]),
      { href: sitePath('/glossary/'), text: 'The glossary A–Z' },
    ],
  };
}
