/** Cards that link to another entry (related terms, guides and services), as LinkCards shows them. */
import type { GuideEntry, ServiceEntry, TermEntry } from '../records';
import type { Section } from '../section-ids';
import { guidePath, servicePath, termPath } from '../site';

export interface LinkCard {
  href: string;
  title: string;
  text: string;
  /** Small label above the title, e.g. "Guide · 7 steps". */
  kicker?: string;
}

export const termCard = (term: TermEntry): LinkCard => ({ href: termPath(term.slug), title: term.data.title, text: term.data.summary });

export const guideCard = (guide: GuideEntry): LinkCard => ({
  href: guidePath(guide.slug),
  title: guide.data.title,
  text: guide.data.summary,
  kicker: `Guide · ${guide.data.steps.length} steps`,
});

export const serviceCard = (service: ServiceEntry): LinkCard => ({
  href: servicePath(service.slug),
  title: service.data.title,
  text: service.data.summary,
  kicker: 'Service',
});

/** A titled group of link cards; LinkCards renders nothing when it has no cards. */
export interface CardSection extends Section {
  cards: LinkCard[];
}
