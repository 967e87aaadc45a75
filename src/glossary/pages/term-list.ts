import type { TermEntry } from '../records';

/** Which list of terms an A–Z index shows (TermIndex): the whole glossary or one category. */
export interface TermList {
  /** Every term of the list, also on a page that shows only one letter of it. */
  terms: readonly TermEntry[];
  /** The list's own path: /glossary/ or a category's page. */
  listPath: string;
  /** Slug of the category shown, if filtered. */
  category?: string | undefined;
  /** The letter this page shows, when the list is paged by letter. */
  letter?: string | undefined;
}
