/**
 * What a term preview card shows. Built at build time, shipped inline for the terms a page links
 * and as /previews/<slug>.json for the deeper levels a reader may open.
 */
import type { Glossary } from './glossary';
import type { TermPreview } from '../term-links/preview';
import { renderInline } from '../term-links/render';
import type { TermEntry } from './records';
import { BASE, termPath } from './site';

export type { TermPreview };

const built = new WeakMap<TermEntry, TermPreview>();

/** A term's preview, built once per build however many pages show it. */
export function termPreview(glossary: Glossary, term: TermEntry): TermPreview {
  const known = built.get(term);
  if (known) return known;
  const preview = buildPreview(glossary, term);
  built.set(term, preview);
  return preview;
}

function buildPreview(glossary: Glossary, term: TermEntry): TermPreview {
  const category = term.data.categories[0];
  return {
    slug: term.slug,
    title: term.data.title,
    category: (category && glossary.category(category)?.data.title) ?? '',
    href: termPath(term.slug),
    // Links inside a card need only their target: the preview script knows them by data-term.
    summaryHtml: renderInline(term.data.summary, {
      index: glossary.linkIndex,
      file: term.filePath,
      self: term.slug,
      autolink: term.data.autolink,
      base: BASE,
    }).replace(/ class="term-link"| aria-describedby="[^"]*"/g, ''),
    plainEnglish: term.data.plainEnglish,
  };
}

/**
 * Inline preview data is capped so it adds only a small share to any page: cards for the terms met
 * first ship with the page; the rest load from /previews/<slug>.json when a reader shows interest
 * (the hover delay hides the fetch). The cap is this many bytes, or less on a page with little
 * text of its own, in proportion to that text.
 */
export const INLINE_PREVIEW_BUDGET = 3400;
/** Inline preview bytes allowed per character of the page's own text. */
export const INLINE_PREVIEW_SHARE = 0.8;

/** The inline preview budget of a page whose own text (body, summary, FAQ) has this many characters. */
export function inlinePreviewBudget(ownTextLength: number): number {
  return Math.min(INLINE_PREVIEW_BUDGET, Math.round(ownTextLength * INLINE_PREVIEW_SHARE));
}

/** How much text of its own a term page shows: its body, summary, plain-English line and FAQ. */
export function termTextLength(term: TermEntry): number {
  const { summary, plainEnglish, faq } = term.data;
  return term.body.length + summary.length + plainEnglish.length + faq.reduce((n, f) => n + f.question.length + f.answer.length, 0);
}

/** Rough bytes a preview adds to the page's HTML (attributes, markup and text). */
const inlineCost = (p: TermPreview) => 110 + p.slug.length * 2 + p.title.length + p.category.length + p.summaryHtml.length + p.plainEnglish.length;

/** The previews, in the order the page links them, that fit the inline budget. */
export function inlinePreviews(previews: readonly TermPreview[], budget = INLINE_PREVIEW_BUDGET): TermPreview[] {
  const chosen: TermPreview[] = [];
  let used = 0;
  for (const preview of previews) {
    used += inlineCost(preview);
    if (used > budget) break;
    chosen.push(preview);
  }
  return chosen;
}
