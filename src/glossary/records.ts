import type { CategoryData, GuideData, ServiceData, TermData } from './schema';

/** One content entry as the glossary logic sees it: independent of Astro's collection types. */
export interface Entry<Data> {
  /** URL slug (the file name without extension). */
  slug: string;
  /** Path of the source file relative to the project root, for error messages. */
  filePath: string;
  data: Data;
  /** Raw MDX body (without frontmatter). */
  body: string;
}

export type TermEntry = Entry<TermData>;
export type GuideEntry = Entry<GuideData>;
export type ServiceEntry = Entry<ServiceData>;
export interface CategoryEntry {
  slug: string;
  data: CategoryData;
}

export interface GlossaryInput {
  terms: TermEntry[];
  guides: GuideEntry[];
  services: ServiceEntry[];
  categories: CategoryEntry[];
}
