import type { Crumb } from './crumbs';

/** The head of a guide or service page, which both show the same way (EntryLayout). */
export interface EntryHeader {
  title: string;
  /** The summary: meta description and the lede under the title. */
  description: string;
  crumbs: Crumb[];
  /** The line above the title that says what kind of page this is. */
  kicker: string;
}
