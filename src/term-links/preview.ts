/**
 * The data a term preview card shows: written at build time (inline in a page and as
 * /previews/<slug>.json) and read by the browser's preview element, so both sides share this type.
 */
export interface TermPreview {
  slug: string;
  title: string;
  category: string;
  href: string;
  /** The summary as HTML; other terms' names in it are term links, so previews nest. */
  summaryHtml: string;
  plainEnglish: string;
}
