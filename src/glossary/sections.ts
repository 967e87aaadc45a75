/** The prose sections every term body must have, as `##` headings, in this order. */
export const TERM_SECTIONS = ['Definition', 'In practice', 'The reality'] as const;

/** The text of each `## ` heading in an MDX body, skipping fenced code. */
export function h2Headings(body: string): string[] {
  const headings: string[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced) {
      const match = /^##\s+(.+?)\s*#*\s*$/.exec(line);
      if (match?.[1]) headings.push(match[1]);
    }
  }
  return headings;
}

/** Problems with a term body's sections: each missing one, or the required ones out of order. */
export function sectionProblems(body: string, required: readonly string[] = TERM_SECTIONS): string[] {
  const found = h2Headings(body).map((h) => h.toLowerCase());
  const missing = required.filter((s) => !found.includes(s.toLowerCase()));
  if (missing.length) return missing.map((s) => `missing section "## ${s}"`);
  const positions = required.map((s) => found.indexOf(s.toLowerCase()));
  const ordered = positions.every((p, i) => i === 0 || p > positions[i - 1]!);
  return ordered ? [] : [`sections must come in the order ${required.map((s) => `"${s}"`).join(', ')}`];
}
