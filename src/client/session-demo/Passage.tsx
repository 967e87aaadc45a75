import { createElement } from 'react';

/**
 * A passage the page rendered at build time, placed as it is: React sets its markup once and never
 * re-creates it (the same string each render), so the live view can write numbers into it.
 * <sd-passage> lays out as its content (display: contents, session-demo.css).
 */
export default function Passage({ html }: { html: string }) {
  return createElement('sd-passage', { dangerouslySetInnerHTML: { __html: html } });
}
