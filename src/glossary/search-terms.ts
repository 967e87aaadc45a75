import type { Glossary } from './glossary';
import type { TermEntry } from './records';
import { termPath } from './site';

/** A term's names as shipped to search (/search-terms.json and its shards). */
export interface SearchNames {
  title: string;
  url: string;
  names: string[];
}

/** A term as search sees it: where it lives and every name a reader might type for it. */
export const toSearchTerm = (term: TermEntry): SearchNames => ({
  title: term.data.title,
  url: termPath(term.slug),
  names: [term.data.title, ...term.data.aliases],
});

/** Every term of the glossary as search sees it, A–Z. */
export const searchTerms = (glossary: Glossary): SearchNames[] => glossary.terms.map(toSearchTerm);
