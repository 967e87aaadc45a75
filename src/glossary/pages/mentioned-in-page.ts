/** The full "Mentioned in" list of a term with more backlinks than its own page shows. */
import type { Glossary } from '../glossary';
import { BACKLINKS_SHOWN, backlinkCards, mentionedInPath, type BacklinkCard } from '../mentioned-in';
import { termPath } from '../site';
import { GLOSSARY_CRUMB, HOME_CRUMB, type Crumb } from './crumbs';

export interface BacklinkGroup {
  id: string;
  heading: string;
  cards: BacklinkCard[];
}

export interface MentionedInPage {
  /** The term's slug: the page lives under the term's own path. */
  slug: string;
  termTitle: string;
  termHref: string;
  title: string;
  description: string;
  lede: string;
  crumbs: Crumb[];
  /** Guides, services, then terms; kinds without backlinks are left out. */
  groups: BacklinkGroup[];
}

const GROUP_HEADINGS = { Guide: 'Guides', Service: 'Services', Term: 'Terms' } as const;

/** One page per term whose backlinks do not all fit on the term's page. */
export function mentionedInPages(glossary: Glossary): MentionedInPage[] {
  return glossary.terms.flatMap((term) => {
    const cards = backlinkCards(glossary.mentionedIn(term.slug));
    if (cards.length <= BACKLINKS_SHOWN) return [];
    const { title } = term.data;
    const termHref = termPath(term.slug);
    return [
      {
        slug: term.slug,
        termTitle: title,
        termHref,
        title: `Pages that mention ${title}`,
        description: `All ${cards.length} pages of the glossary that link to ${title}.`,
        lede: `${cards.length} pages link to ${title}.`,
        crumbs: [HOME_CRUMB, GLOSSARY_CRUMB, { name: title, href: termHref }, { name: 'Mentioned in', href: mentionedInPath(term.slug) }],
        groups: (['Guide', 'Service', 'Term'] as const)
          .map((kind) => ({ id: `kind-${kind}`, heading: GROUP_HEADINGS[kind], cards: cards.filter((c) => c.kind === kind) }))
          .filter((group) => group.cards.length > 0),
      },
    ];
  });
}
