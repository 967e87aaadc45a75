/**
 * Everything a term page shows besides the rendered body: its description, breadcrumbs, table of
 * contents, FAQ with rendered answers, related cards, "Mentioned in", structured data and the
 * terms it previews. The route renders this; nothing here depends on Astro.
 */
import { alsoCalled } from '../also-called';
import { renderInline, stripWikiLinks } from '../../term-links/render';
import type { Glossary } from '../glossary';
import { mentionedInSection, type MentionedInSection } from '../mentioned-in';
import { inlinePreviewBudget, termTextLength } from '../previews';
import type { TermEntry } from '../records';
import { faqItemId, SECTIONS, type Section } from '../section-ids';
import { absoluteUrl, BASE, dateStamp, SITE, termPath, type DateStamp } from '../site';
import { definedTerm } from '../structured-data';
import { crumbsJsonLd, GLOSSARY_CRUMB, HOME_CRUMB, type Crumb } from './crumbs';
import { guideCard, serviceCard, termCard, type CardSection } from './link-cards';

/** A heading of the rendered body, as Astro's `render()` reports it. */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  id: string;
  text: string;
}

export interface FaqItem {
  id: string;
  question: string;
  answerHtml: string;
}

export interface TermPage {
  /** The summary as plain text: meta description and search summary. */
  description: string;
  /** Category titles, comma-separated, for the search result's meta line. */
  categoryTitles: string;
  /** Every alias, comma-separated, for search; empty when the term has none. */
  aliases: string;
  /** The aliases a reader is shown ("Also called"): other names, not inflections of the title. */
  alsoCalled: string[];
  /** The box under the title: the answer first. */
  inShort: InShort;
  crumbs: Crumb[];
  toc: TocItem[];
  faq: FaqItem[];
  related: { terms: CardSection; guides: CardSection; services: CardSection };
  mentionedIn: MentionedInSection;
  updated: DateStamp;
  jsonLd: unknown[];
  /** Terms the page links to, whose previews it ships. */
  previewTerms: TermEntry[];
  /** Bytes of preview data this page may carry inline. */
  previewBudget: number;
}

export interface InShort {
  /** The one-sentence summary, as plain text. */
  summary: string;
  plainEnglish: string;
}

export interface TermPageOptions {
  /** Headings of the rendered body, for the table of contents. */
  headings: readonly BodyHeading[];
  /** The site's origin, for absolute URLs in structured data. */
  site: URL | undefined;
}

export function termPage(glossary: Glossary, term: TermEntry, { headings, site }: TermPageOptions): TermPage {
  const { data } = term;
  const description = stripWikiLinks(data.summary);
  const faq = data.faq.map((item, i) => ({
    id: faqItemId(i),
    question: item.question,
    answerHtml: renderInline(item.answer, { index: glossary.linkIndex, file: term.filePath, self: term.slug, base: BASE }),
  }));
  const related = glossary.related(term);
  const sections = {
    terms: { ...SECTIONS.relatedTerms, cards: related.terms.map(termCard) },
    guides: { ...SECTIONS.relatedGuides, cards: related.guides.map(guideCard) },
    services: { ...SECTIONS.relatedServices, cards: related.services.map(serviceCard) },
  };
  const crumbs = [HOME_CRUMB, GLOSSARY_CRUMB, { name: data.title, href: termPath(term.slug) }];
  return {
    description,
    categoryTitles: data.categories.flatMap((slug) => glossary.category(slug)?.data.title ?? []).join(', '),
    aliases: data.aliases.join(', '),
    alsoCalled: alsoCalled(data.title, data.aliases),
    inShort: { summary: description, plainEnglish: stripWikiLinks(data.plainEnglish) },
    crumbs,
    toc: tableOfContents(headings, [
      [SECTIONS.commonQuestions, faq.length > 0],
      [SECTIONS.relatedTerms, sections.terms.cards.length > 0],
      [SECTIONS.relatedGuides, sections.guides.cards.length > 0],
      [SECTIONS.relatedServices, sections.services.cards.length > 0],
      [SECTIONS.sources, data.sources.length > 0],
    ]),
    faq,
    related: sections,
    mentionedIn: mentionedInSection(glossary, term),
    updated: dateStamp(data.updated),
    jsonLd: [
      definedTerm({
        name: data.title,
        description,
        url: absoluteUrl(termPath(term.slug), site),
        aliases: data.aliases,
        set: { name: `${SITE.name} glossary`, url: absoluteUrl(GLOSSARY_CRUMB.href, site) },
      }),
      crumbsJsonLd(crumbs, site),
      // No FAQPage: Google stopped showing FAQ rich results on 7 May 2026
      // (https://developers.google.com/search/docs/appearance/structured-data/faqpage), and the
      // questions would only repeat the visible FAQ in every page's bytes.
    ],
    previewTerms: glossary.linksFrom({ kind: 'term', slug: term.slug }),
    previewBudget: inlinePreviewBudget(termTextLength(term)),
  };
}

/**
 * The body's own sections (its `##` headings), then the page's sections that have content.
 * "In short" is left out: it sits above the list. "Mentioned in" is left out on purpose: it is
 * about other pages, not this term.
 */
function tableOfContents(headings: readonly BodyHeading[], sections: readonly (readonly [Section, boolean])[]): TocItem[] {
  return [
    ...headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text })),
    ...sections.filter(([, shown]) => shown).map(([section]) => ({ id: section.id, text: section.heading })),
  ];
}
