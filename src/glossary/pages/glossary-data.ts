/**
 * /glossary.json: the whole glossary as data, a stable format for other sites and tools. Its JSON
 * Schema is `glossary-data.schema.json` next to this file, and README "Data and feeds" documents
 * it; a change that breaks readers raises GLOSSARY_DATA_VERSION.
 */
import { stripWikiLinks } from '../../term-links/render';
import type { Glossary } from '../glossary';
import { absoluteUrl, categoryPath, sitePath, termPath, utcIsoDate } from '../site';

export const GLOSSARY_DATA_PATH = sitePath('/glossary.json');

/**
 * The format's version. Raised only when a change could break a reader: a field removed, renamed,
 * given another type or another meaning. New fields keep the version; readers ignore unknown ones.
 */
export const GLOSSARY_DATA_VERSION = 1;

export interface GlossaryDataTerm {
  slug: string;
  title: string;
  aliases: string[];
  /** Category slugs, the primary first; `categories` at the top level names them. */
  categories: string[];
  /** One sentence, plain text. */
  summary: string;
  plainEnglish: string;
  /** Absolute URL of the term's page. */
  url: string;
  /** Last reviewed, YYYY-MM-DD. */
  updated: string;
  /** Slugs of related terms, in the author's order. */
  relatedTerms: string[];
}

export interface GlossaryDataCategory {
  slug: string;
  title: string;
  url: string;
}

export interface GlossaryData {
  version: typeof GLOSSARY_DATA_VERSION;
  /** Every term, A–Z by title. */
  terms: GlossaryDataTerm[];
  /** Every category that has terms, A–Z by title. */
  categories: GlossaryDataCategory[];
}

export function glossaryData(glossary: Glossary, site: URL | undefined): GlossaryData {
  return {
    version: GLOSSARY_DATA_VERSION,
    terms: glossary.terms.map((term) => ({
      slug: term.slug,
      title: term.data.title,
      aliases: [...term.data.aliases],
      categories: [...term.data.categories],
      summary: stripWikiLinks(term.data.summary),
      plainEnglish: stripWikiLinks(term.data.plainEnglish),
      url: absoluteUrl(termPath(term.slug), site),
      updated: utcIsoDate(term.data.updated),
      relatedTerms: glossary.related(term).terms.map((t) => t.slug),
    })),
    categories: glossary.categories.map((c) => ({ slug: c.slug, title: c.data.title, url: absoluteUrl(categoryPath(c.slug), site) })),
  };
}
