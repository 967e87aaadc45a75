/** What a guide (learning path) page shows besides its rendered body. */
import type { Glossary } from '../glossary';
import type { GuideEntry, TermEntry } from '../records';
import { dateStamp, guidePath, sitePath, termPath, type DateStamp } from '../site';
import { HOME_CRUMB, type Crumb } from './crumbs';
import type { EntryHeader } from './entry-header';
import { pathTest, type QuizQuestion } from '../quiz';

/** One step of the path, with the term it names (the progress script marks it by slug). */
export interface PathStep {
  slug: string;
  href: string;
  title: string;
}

export interface GuidePage extends EntryHeader {
  slug: string;
  steps: PathStep[];
  /** The test at the end of the path: 8–12 questions over its steps. */
  test: QuizQuestion[];
  /** Every step's slug, comma-separated, for the progress line the script fills in. */
  stepSlugs: readonly string[];
  updated: DateStamp;
  previewTerms: TermEntry[];
}

export const GUIDES_CRUMB: Crumb = { name: 'Guides', href: sitePath('/guides/') };

export function guidePage(glossary: Glossary, guide: GuideEntry): GuidePage {
  const { data } = guide;
  const steps = data.steps.flatMap((slug) => glossary.term(slug) ?? []);
  return {
    slug: guide.slug,
    title: data.title,
    description: data.summary,
    crumbs: [HOME_CRUMB, GUIDES_CRUMB, { name: data.title, href: guidePath(guide.slug) }],
    kicker: `Learning path · ${steps.length} steps · about ${data.minutes} min · ${data.level}`,
    steps: steps.map((t) => ({ slug: t.slug, href: termPath(t.slug), title: t.data.title })),
    test: pathTest(glossary, data.steps),
    stepSlugs: data.steps,
    updated: dateStamp(data.updated),
    previewTerms: glossary.linksFrom({ kind: 'guide', slug: guide.slug }),
  };
}
