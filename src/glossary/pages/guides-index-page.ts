/** The list of learning paths (/guides/), beginner paths first. */
import type { Glossary } from '../glossary';
import type { GuideData } from '../schema';
import { guidePath, termPath } from '../site';
import type { PathStep } from './guide-page';

export interface GuideSummary {
  slug: string;
  href: string;
  title: string;
  summary: string;
  level: GuideData['level'];
  meta: string;
  /** Every step's slug, for the progress bar the script fills in. */
  stepSlugs: readonly string[];
  /** The steps, for "Continue where you left off". */
  steps: PathStep[];
}

export const LEVELS: readonly GuideData['level'][] = ['beginner', 'intermediate', 'advanced'];

/** Paths by level, beginner first; within a level, in title order. */
export const guidesIndexPage = (glossary: Glossary): GuideSummary[] =>
  [...glossary.guides]
    .sort((a, b) => LEVELS.indexOf(a.data.level) - LEVELS.indexOf(b.data.level))
    .map((g) => ({
      slug: g.slug,
      href: guidePath(g.slug),
      title: g.data.title,
      summary: g.data.summary,
      level: g.data.level,
      meta: `${g.data.steps.length} steps · about ${g.data.minutes} min · ${g.data.level}`,
      stepSlugs: g.data.steps,
      steps: g.data.steps.flatMap((slug) => {
        const t = glossary.term(slug);
        return t ? [{ slug, href: termPath(slug), title: t.data.title }] : [];
      }),
    }));
