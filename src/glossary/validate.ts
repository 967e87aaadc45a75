/**
 * Rules that span files: every reference points at something that exists, names are unambiguous
 * and term bodies are complete. Per-field rules (required, lengths, formats) are in `schema.ts`.
 */
import { normaliseName } from '../term-links/names';
import type { GlossaryInput } from './records';
import { sectionProblems } from './sections';
import { closestMatches } from '../term-links/suggest';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

function unknown(kind: string, slug: string, known: readonly string[]): string {
  const [best] = closestMatches(slug, known, 1);
  return `unknown ${kind} "${slug}"${best ? ` — did you mean "${best}"?` : ''}`;
}

function checkRefs(
  problems: Problem[],
  file: string,
  field: string,
  slugs: readonly string[],
  kind: string,
  known: ReadonlySet<string>,
): void {
  slugs.forEach((slug, i) => {
    if (!known.has(slug)) problems.push({ file, field: `${field}[${i}]`, message: unknown(kind, slug, [...known]) });
  });
}

/** Two files whose slugs collide (e.g. `Session.mdx` and `session.mdx`): the loader would keep one. */
export function duplicateSlugProblems(filePaths: readonly string[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const file of filePaths) {
    const slug = (file.split('/').pop() ?? file).replace(/\.mdx?$/i, '').toLowerCase();
    const first = seen.get(slug);
    if (first) problems.push({ file, field: '(file name)', message: `duplicate slug "${slug}", also used by ${first}` });
    else seen.set(slug, file);
  }
  return problems;
}

export function findProblems(input: GlossaryInput): Problem[] {
  const problems: Problem[] = [];
  const termSlugs = new Set(input.terms.map((t) => t.slug));
  const guideSlugs = new Set(input.guides.map((g) => g.slug));
  const serviceSlugs = new Set(input.services.map((s) => s.slug));
  const categorySlugs = new Set(input.categories.map((c) => c.slug));

  // Every title, slug and alias must name exactly one term, or links and search become ambiguous.
  const owners = new Map<string, string>();
  for (const term of input.terms) {
    const names = [
      { field: 'slug', name: term.slug },
      { field: 'title', name: term.data.title },
      ...term.data.aliases.map((name, i) => ({ field: `aliases[${i}]`, name })),
    ];
    const own = new Set<string>();
    for (const { field, name } of names) {
      const key = normaliseName(name);
      const owner = owners.get(key);
      if (owner && owner !== term.slug) {
        problems.push({ file: term.filePath, field, message: `"${name}" already names the term "${owner}"` });
      } else if (!own.has(key)) {
        owners.set(key, term.slug);
      }
      own.add(key);
    }
  }

  for (const term of input.terms) {
    const { filePath: file, data } = term;
    checkRefs(problems, file, 'categories', data.categories, 'category', categorySlugs);
    checkRefs(problems, file, 'related.terms', data.related.terms, 'term', termSlugs);
    checkRefs(problems, file, 'related.guides', data.related.guides, 'guide', guideSlugs);
    checkRefs(problems, file, 'related.services', data.related.services, 'service', serviceSlugs);
    if (data.related.terms.includes(term.slug)) {
      problems.push({ file, field: 'related.terms', message: 'a term cannot be related to itself' });
    }
    for (const message of sectionProblems(term.body)) problems.push({ file, field: 'body', message });
  }
  for (const guide of input.guides) {
    checkRefs(problems, guide.filePath, 'steps', guide.data.steps, 'term', termSlugs);
  }
  for (const service of input.services) {
    checkRefs(problems, service.filePath, 'terms', service.data.terms, 'term', termSlugs);
  }
  return problems;
}

export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ${p.file} › ${p.field}: ${p.message}`);
  return `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

export class ContentError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

/** Throws a ContentError listing every problem at once, so an author fixes them in one pass. */
export function assertValid(input: GlossaryInput, extra: readonly Problem[] = []): void {
  const problems = [...extra, ...findProblems(input)];
  if (problems.length) throw new ContentError(problems);
}
