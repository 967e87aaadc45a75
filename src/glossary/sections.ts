/**
 * The prose sections of a term body: the `##` headings every term must have, in order, and each
 * with something a reader can see.
 */
import type { Check } from './rules-context';

/** The prose sections every term body must have, as `##` headings, in this order. */
export const TERM_SECTIONS = ['Definition', 'In practice', 'The reality'] as const;

export interface BodySection {
  heading: string;
  /** Line of the body (0-based) the heading is on. */
  line: number;
  /** The text up to the next heading of any level. */
  text: string;
}

/** Each `##` section of a body; headings inside fenced code are text. */
export function bodySections(body: string): BodySection[] {
  const sections: BodySection[] = [];
  let current: { heading: string; line: number; lines: string[] } | undefined;
  let fenced = false;
  const close = () => {
    if (current) sections.push({ heading: current.heading, line: current.line, text: current.lines.join('\n') });
    current = undefined;
  };
  body.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && /^#{1,6}\s/.test(line)) {
      close();
      const h2 = /^##\s+(.+?)\s*#*\s*$/.exec(line);
      if (h2?.[1]) current = { heading: h2[1], line: i, lines: [] };
      return;
    }
    current?.lines.push(line);
  });
  close();
  return sections;
}

/** Problems with a body's sections: each missing one, or the required ones out of order. */
export function sectionProblems(body: string, required: readonly string[] = TERM_SECTIONS): string[] {
  const found = bodySections(body).map((s) => s.heading.toLowerCase());
  const missing = required.filter((s) => !found.includes(s.toLowerCase()));
  if (missing.length) return missing.map((s) => `missing section "## ${s}"`);
  const positions = required.map((s) => found.indexOf(s.toLowerCase()));
  const ordered = positions.every((p, i) => i === 0 || p > positions[i - 1]!);
  return ordered ? [] : [`sections must come in the order ${required.map((s) => `"${s}"`).join(', ')}`];
}

export const missingSections: Check = ({ input }) =>
  input.terms.flatMap((t) => sectionProblems(t.body).map((message) => ({ file: t.filePath, field: 'body', message })));

/** Whether a section has anything a reader would see: comments and whitespace do not count. */
function hasText(text: string): boolean {
  return text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/<!--[\s\S]*?-->/g, '').trim().length > 0;
}

export const emptySections: Check = ({ input, bodyLine }) =>
  input.terms.flatMap((t) =>
    bodySections(t.body)
      .filter((s) => TERM_SECTIONS.some((name) => name.toLowerCase() === s.heading.toLowerCase()) && !hasText(s.text))
      .map((s) => ({ file: t.filePath, line: bodyLine(t.filePath) + s.line, message: `section "## ${s.heading}" is empty` })),
  );
