/**
 * What is wrong with the content, in one shape for the build and the content lint: where (file,
 * and the frontmatter field and/or file line when known), which rule, what, and how bad.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path of the file relative to the project root, e.g. "content/terms/session.mdx". */
  file: string;
  /** Frontmatter field, e.g. "related.terms[0]"; "body" for the prose. */
  field?: string;
  /** Line of the file, 1-based, when the problem is at one place in it. */
  line?: number;
  /** Name of the rule in the rule table (`rules.ts`). */
  rule: string;
  message: string;
  severity: Severity;
}

/** What a rule's check reports; the rule table adds its name and severity. */
export type Issue = Omit<Problem, 'rule' | 'severity'>;

/** `file:line › field: message (rule)`: the file and line form editors and terminals can open. */
export function formatProblem(problem: Problem): string {
  const line = problem.line === undefined ? '' : `:${problem.line}`;
  const field = problem.field === undefined ? '' : ` › ${problem.field}`;
  return `${problem.file}${line}${field}: ${problem.message} (${problem.rule})`;
}

/** How many places a message names before it says how many more there are. */
export const PLACES_SHOWN = 5;

/**
 * Places for a message, leaving out the one at index `except` (the problem's own): "a, b, c", or
 * the first PLACES_SHOWN and "and 12 more", so a problem shared by thousands of files still prints
 * one short line per file, and costs as little to write.
 */
export function listPlaces(places: readonly string[], except = -1, shown = PLACES_SHOWN): string {
  const total = places.length - (except >= 0 && except < places.length ? 1 : 0);
  const first: string[] = [];
  for (let i = 0; i < places.length && first.length < shown; i++) if (i !== except) first.push(places[i]!);
  return total > first.length ? `${first.join(', ')} and ${total - first.length} more` : first.join(', ');
}

/** By file, then line, errors before warnings; otherwise in the order found. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const rank = (s: Severity) => (s === 'error' ? 0 : 1);
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || rank(a.severity) - rank(b.severity),
  );
}

/** The build's failure: every problem at once, so an author fixes them in one pass. */
export class ContentError extends Error {
  /**
   * The first problem's place. Astro's dev error overlay reads `loc` to show that file's lines
   * around it and to open it in an editor (otherwise it shows where the error was thrown).
   */
  readonly loc: { file: string; line: number; column: number } | undefined;

  constructor(readonly problems: readonly Problem[]) {
    const sorted = sortProblems(problems);
    const lines = sorted.map((p) => `  ${formatProblem(p)}`);
    super(`Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    this.name = 'ContentError';
    const first = sorted[0];
    this.loc = first && { file: first.file, line: first.line ?? 1, column: 1 };
  }
}
