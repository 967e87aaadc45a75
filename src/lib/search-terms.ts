import type { TermEntry } from './records';
import type { SearchTerm } from './search';
import { termPath } from './site';

/** A term as search sees it: where it lives and every name a reader might type for it. */
export const toSearchTerm = (term: TermEntry): SearchTerm => ({
  title: term.data.title,
  url: termPath(term.slug),
  names: [term.data.title, ...term.data.aliases],
});
