/** What a service page shows besides its rendered body. */
import type { Glossary } from '../glossary';
import type { ServiceEntry, TermEntry } from '../records';
import { SECTIONS } from '../section-ids';
import { servicePath, SITE, sitePath, type SiteContact } from '../site';
import { HOME_CRUMB, type Crumb } from './crumbs';
import type { EntryHeader } from './entry-header';
import { termCard, type CardSection } from './link-cards';
import { nextStep, type NextStep } from './next-step';

export interface ServicePage extends EntryHeader {
  /** The terms the service involves. */
  terms: CardSection;
  previewTerms: TermEntry[];
  /** How the page ends: the contact, or what to read next when none is configured. */
  nextStep: NextStep;
}

export const SERVICES_CRUMB: Crumb = { name: 'Services', href: sitePath('/services/') };

export function servicePage(glossary: Glossary, service: ServiceEntry, contact: SiteContact = SITE.contact): ServicePage {
  const { data } = service;
  return {
    title: data.title,
    description: data.summary,
    crumbs: [HOME_CRUMB, SERVICES_CRUMB, { name: data.title, href: servicePath(service.slug) }],
    kicker: 'Service',
    terms: { ...SECTIONS.serviceTerms, cards: data.terms.flatMap((slug) => glossary.term(slug) ?? []).map(termCard) },
    previewTerms: glossary.linksFrom({ kind: 'service', slug: service.slug }),
    nextStep: nextStep(glossary, contact, service),
  };
}
