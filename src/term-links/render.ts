/**
 * Markdown outside page bodies (FAQ answers), rendered by the same processor and term-link
 * plugin as the bodies, so [[wiki-links]] work and are validated there too.
 */
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import type { LinkIndex } from './link-index';
import { termLinks } from './plugin';

export interface InlineOptions {
  index: LinkIndex;
  /** File the text comes from, for error messages. */
  file: string;
  /** The page's own term, never linked. */
  self?: string;
  /** Also link the first occurrence of other terms' names (summaries in previews); by default
   *  only explicit links. */
  autolink?: boolean;
  /** The site's base path, for the links written. Default "/". */
  base?: string;
}

/** HTML for a one-paragraph markdown string, without the wrapping <p>. */
export function renderInline(markdown: string, options: InlineOptions): string {
  const plugin = termLinks({
    index: () => options.index,
    autolink: options.autolink ?? false,
    ...(options.self ? { self: options.self } : {}),
    ...(options.base ? { base: options.base } : {}),
  });
  const { html } = markdownToHtml(markdown, {
    mdastPlugins: [plugin],
    fileURL: pathToFileURL(options.file),
    features: { smartPunctuation: true },
  });
  return html.trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}

/** The terms a markdown body links to, exactly as the page build will link them. */
export function linkedTerms(markdown: string, options: InlineOptions & { autolink: boolean }): Set<string> {
  const linked = new Set<string>();
  const plugin = termLinks({
    index: () => options.index,
    autolink: options.autolink,
    onLink: (slug) => linked.add(slug),
    ...(options.self ? { self: options.self } : {}),
  });
  markdownToHtml(markdown, { mdastPlugins: [plugin], fileURL: pathToFileURL(options.file) });
  return linked;
}

/** Plain text of rendered HTML, for structured data and meta tags. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Markdown with [[wiki-link]] syntax reduced to the words a reader sees (meta tags, JSON-LD). */
export function stripWikiLinks(markdown: string): string {
  return markdown.replace(/\[\[!?([^\]|]+?)(?:\|([^\]]+?))?\]\]/g, (_, target: string, text?: string) => (text ?? target).trim());
}
