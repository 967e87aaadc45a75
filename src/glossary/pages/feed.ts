/**
 * The Atom feed of new and updated terms and guides (/feed.xml): which entries, in which order,
 * with what text. `atom.ts` writes it as XML; nothing here depends on Astro or on the XML writer.
 */
import { stripWikiLinks } from '../../term-links/render';
import type { Glossary } from '../glossary';
import type { GuideEntry, TermEntry } from '../records';
import { absoluteUrl, guidePath, SITE, sitePath, termPath } from '../site';
import { HOME_CRUMB } from './crumbs';

/** Where the feed lives and what it is called: the route, the model and every page's <head> link. */
export const FEED = { path: sitePath('/feed.xml'), title: `${SITE.name}: new and updated terms and guides` } as const;

/**
 * The newest 50 entries. A feed tells subscribers what changed since they last looked, not what
 * the glossary holds (that is /glossary.json and the sitemap): readers poll every few hours or
 * days and fetch the whole file each time, so it stays small. 50 covers the usual edits between
 * polls; a review of more terms in one day shows its first 50 A–Z.
 */
export const FEED_LIMIT = 50;

/** An Atom category: `term` identifies it, `label` is what readers show, `scheme` what kind it is. */
export interface FeedCategory {
  term: string;
  label: string;
  /** Absolute URL of the scheme the term belongs to; absent for the entry's kind. */
  scheme?: string;
}

export interface FeedEntry {
  /** The entry's permanent id: its page's absolute URL (an update keeps the id, with a new date). */
  id: string;
  /** Plain text. */
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** The `updated` date of the content (a calendar day, midnight UTC). */
  updated: Date;
  /** The one-sentence summary as plain text. */
  summary: string;
  /** The kind ("Term" or "Guide"), then a term's categories in their order. */
  categories: FeedCategory[];
}

export interface FeedPage {
  /** The feed's permanent id: its own absolute URL. */
  id: string;
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself (rel="self"). */
  feedUrl: string;
  /** Absolute URL of the site (rel="alternate"). */
  siteUrl: string;
  /** The newest entry's date, so an unchanged glossary builds a byte-identical feed. */
  updated: Date;
  author: { name: string; url: string };
  entries: FeedEntry[];
}

const KIND_TERM: FeedCategory = { term: 'term', label: 'Term' };
const KIND_GUIDE: FeedCategory = { term: 'guide', label: 'Guide' };

type Dated = { entry: FeedEntry; kind: number };

/** Newest first; a day's entries (content dates are days, so ties are common) A–Z, terms before guides. */
function newestFirst(a: Dated, b: Dated): number {
  return (
    b.entry.updated.getTime() - a.entry.updated.getTime() ||
    a.entry.title.localeCompare(b.entry.title, 'en', { sensitivity: 'base' }) ||
    a.kind - b.kind ||
    (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0)
  );
}

export function feedPage(glossary: Glossary, site: URL | undefined, limit = FEED_LIMIT): FeedPage {
  // Scheme and term together read as the category's page: …/glossary/category/ + analytics.
  const categoryScheme = absoluteUrl(sitePath('/glossary/category/'), site);
  const termEntry = (term: TermEntry): FeedEntry => {
    const url = absoluteUrl(termPath(term.slug), site);
    return {
      id: url,
      title: term.data.title,
      url,
      updated: term.data.updated,
      summary: stripWikiLinks(term.data.summary),
      categories: [
        KIND_TERM,
        ...term.data.categories.flatMap((slug) => {
          const category = glossary.category(slug);
          return category ? [{ term: slug, label: category.data.title, scheme: categoryScheme }] : [];
        }),
      ],
    };
  };
  const guideEntry = (guide: GuideEntry): FeedEntry => {
    const url = absoluteUrl(guidePath(guide.slug), site);
    return { id: url, title: guide.data.title, url, updated: guide.data.updated, summary: stripWikiLinks(guide.data.summary), categories: [KIND_GUIDE] };
  };
  const entries = [
    ...glossary.terms.map((t) => ({ entry: termEntry(t), kind: 0 })),
    ...glossary.guides.map((g) => ({ entry: guideEntry(g), kind: 1 })),
  ]
    .sort(newestFirst)
    .slice(0, limit)
    .map((d) => d.entry);
  const feedUrl = absoluteUrl(FEED.path, site);
  const siteUrl = absoluteUrl(HOME_CRUMB.href, site);
  return {
    id: feedUrl,
    title: FEED.title,
    subtitle: SITE.description,
    feedUrl,
    siteUrl,
    updated: entries[0]?.updated ?? new Date(0),
    author: { name: SITE.name, url: siteUrl },
    entries,
  };
}
