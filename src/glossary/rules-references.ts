/**
 * Rules across files: every reference points at something that exists (with the closest valid
 * slug as a suggestion), and every name and slug belongs to exactly one entry.
 */
import { normaliseName } from '../term-links/names';
import { closestMatches } from '../term-links/suggest';
import { slugOfFile } from './content-parse';
import type { Issue } from './problem';
import type { Check } from './rules-context';

function unknown(kind: string, slug: string, known: readonly string[]): string {
  const [best] = closestMatches(slug, known, 1);
  return `unknown ${kind} "${slug}"${best ? ` — did you mean "${best}"?` : ''}`;
}

/** Categories, related entries, guide steps and service terms that name nothing. */
export const unknownReferences: Check = ({ input }) => {
  const known = {
    term: input.terms.map((t) => t.slug),
    guide: input.guides.map((g) => g.slug),
    service: input.services.map((s) => s.slug),
    category: input.categories.map((c) => c.slug),
  };
  const sets = { term: new Set(known.term), guide: new Set(known.guide), service: new Set(known.service), category: new Set(known.category) };
  const issues: Issue[] = [];
  const check = (file: string, field: string, slugs: readonly string[], kind: keyof typeof known) =>
    slugs.forEach((slug, i) => {
      if (!sets[kind].has(slug)) issues.push({ file, field: `${field}[${i}]`, message: unknown(kind, slug, known[kind]) });
    });
  for (const { filePath, data } of input.terms) {
    check(filePath, 'categories', data.categories, 'category');
    check(filePath, 'related.terms', data.related.terms, 'term');
    check(filePath, 'related.guides', data.related.guides, 'guide');
    check(filePath, 'related.services', data.related.services, 'service');
  }
  for (const { filePath, data } of input.guides) check(filePath, 'steps', data.steps, 'term');
  for (const { filePath, data } of input.services) check(filePath, 'terms', data.terms, 'term');
  return issues;
};

export const relatedToItself: Check = ({ input }) =>
  input.terms.flatMap((term) =>
    term.data.related.terms.flatMap((slug, i) =>
      slug === term.slug ? [{ file: term.filePath, field: `related.terms[${i}]`, message: 'a term cannot be related to itself' }] : [],
    ),
  );

/** Every title, slug and alias must name exactly one term, or links and search become ambiguous. */
export const duplicateNames: Check = ({ input }) => {
  const owners = new Map<string, string>();
  const issues: Issue[] = [];
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
      if (owner && owner !== term.slug) issues.push({ file: term.filePath, field, message: `"${name}" already names the term "${owner}"` });
      else if (!own.has(key)) owners.set(key, term.slug);
      own.add(key);
    }
  }
  return issues;
};

/** Two files of a folder whose slugs collide (e.g. `Session.mdx` and `session.mdx`): Astro would keep one. */
export const duplicateSlugs: Check = ({ files }) => {
  const seen = new Map<string, string>();
  const issues: Issue[] = [];
  for (const file of files) {
    const key = `${file.slice(0, file.lastIndexOf('/'))}/${slugOfFile(file)}`;
    const first = seen.get(key);
    if (first) issues.push({ file, message: `duplicate slug "${slugOfFile(file)}", also used by ${first}` });
    else seen.set(key, file);
  }
  return issues;
};
