/**
 * What a term preview card shows. Built at build time, shipped inline for the terms a page links
 * and as /previews/<slug>.json for the deeper levels a reader may open.
 */
import type { Glossary } from './glossary';
import { renderInline } from './markdown';
import type { TermEntry } from './records';
import { termPath } from './site';

export interface TermPreview {
  slug: string;
  title: string;
  category: string;
  href: string;
  /** The summary as HTML; its mentions of other terms are term links, so previews nest. */
  summaryHtml: string;
  plainEnglish: string;
}

export function termPreview(glossary: Glossary, term: TermEntry): TermPreview {
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
    }).replace(/ class="term-link"| aria-describedby="[^"]*"/g, ''),
    plainEnglish: term.data.plainEnglish,
  };
}
