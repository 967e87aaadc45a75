/** The list of learning paths (/guides/). */
import type { Glossary } from '../glossary';
import { guidePath } from '../site';

export interface GuideSummary {
  href: string;
  title: string;
  summary: string;
  meta: string;
  /** Every step's slug, comma-separated, for the progress line the script fills in. */
  stepSlugs: readonly string[];
}

export const guidesIndexPage = (glossary: Glossary): GuideSummary[] =>
  glossary.guides.map((g) => ({
    href: guidePath(g.slug),
    title: g.data.title,
    summary: g.data.summary,
    meta: `${g.data.steps.length} steps · about ${g.data.minutes} min · ${g.data.level}`,
    stepSlugs: g.data.steps,
  }));
