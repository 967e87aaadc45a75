/**
 * A body rendered to HTML by the content loader (see `body-source.ts`), cut at its `##` headings so
 * that a page can give each one the same self-link and copy-link button it gives an MDX body's
 * headings (through `components={{ h2: SectionHeading }}`).
 */
export type BodyPart = { kind: 'html'; html: string } | { kind: 'h2'; id: string; html: string };

const H2 = /<h2 id="([^"]*)">([\s\S]*?)<\/h2>/g;

export function splitAtHeadings(rendered: string): BodyPart[] {
  // Without the renderer's final newline, as an MDX body ends.
  const html = rendered.trimEnd();
  const parts: BodyPart[] = [];
  let at = 0;
  for (const match of html.matchAll(H2)) {
    if (match.index > at) parts.push({ kind: 'html', html: html.slice(at, match.index) });
    parts.push({ kind: 'h2', id: match[1]!, html: match[2]! });
    at = match.index + match[0].length;
  }
  if (at < html.length) parts.push({ kind: 'html', html: html.slice(at) });
  return parts;
}
