/**
 * The one reader of `content/`, without the file system (that is `content-fs.ts`): frontmatter
 * split from the body, YAML, each collection's schema field by field, and `categories.yaml`.
 * A file that fails its schema still becomes an entry, with typed fallbacks for the fields that
 * failed, so its title and aliases still resolve links and one bad file hides nothing else.
 */
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { closestMatches } from '../term-links/suggest';
import type { CategoryEntry, Entry, GlossaryInput } from './records';
import type { Issue } from './problem';
import { categorySchema, guideSchema, serviceSchema, termSchema, type GuideData, type ServiceData, type TermData } from './schema';

export const CONTENT_FOLDERS = ['terms', 'guides', 'services'] as const;
export type ContentFolder = (typeof CONTENT_FOLDERS)[number];
export const CATEGORIES_FILE = 'content/categories.yaml';

export interface DataOf {
  terms: TermData;
  guides: GuideData;
  services: ServiceData;
}

const SCHEMAS = { terms: termSchema, guides: guideSchema, services: serviceSchema } as const;

/**
 * What a field that failed its schema becomes. Typed as the schema's complete output, so a field
 * added to a schema without a fallback here fails the type check.
 */
export const FALLBACKS: { [F in ContentFolder]: (slug: string) => Required<DataOf[F]> } = {
  terms: (slug) => ({
    title: slug,
    summary: '',
    categories: [],
    aliases: [],
    plainEnglish: '',
    faq: [],
    related: { terms: [], guides: [], services: [] },
    sources: [],
    updated: new Date(0),
    autolink: true,
    quiz: [],
  }),
  guides: (slug) => ({ title: slug, summary: '', steps: [], level: 'beginner', minutes: 1, updated: new Date(0), autolink: true }),
  services: (slug) => ({ title: slug, summary: '', terms: [], updated: new Date(0), autolink: true }),
};

/** The fallback data of a folder's entry; TypeScript cannot narrow a mapped type by a generic key. */
function fallbackData<F extends ContentFolder>(folder: F, slug: string): DataOf[F] {
  return FALLBACKS[folder](slug) as unknown as DataOf[F];
}

/** The slug of a content file: its name without extension, lowercased. */
export function slugOfFile(filePath: string): string {
  return (filePath.split('/').pop() ?? filePath).replace(/\.mdx?$/i, '').toLowerCase();
}

export interface SplitFile {
  frontmatter: string;
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
}

/** Frontmatter is the text between the first two `---` lines; the body is everything after. */
export function splitFrontmatter(source: string): SplitFile | undefined {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return undefined;
  return { frontmatter: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/** `faq[1].answer` from Zod's path `['faq', 1, 'answer']`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}${out ? '.' : ''}${String(key)}`), '');
}

export interface ParsedYaml {
  value: unknown;
  /** Line of the YAML text on which the value at a path (or its nearest present parent) starts. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  error?: { message: string; line: number | undefined };
}

export function parseYaml(text: string): ParsedYaml {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter });
  const [error] = doc.errors;
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  if (error) {
    // The message's first line, without the position the problem's line already gives.
    const message = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
    return { value: undefined, lineOf, error: { message, line: error.linePos?.[0].line } };
  }
  return { value: isMap(doc.contents) ? doc.toJS() : doc.contents === null ? {} : undefined, lineOf };
}

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** Zod's wording for a field that is not there at all, said the way an author would. */
const MISSING = /^Invalid input: expected \w+, received undefined$/;

function schemaIssues(file: string, error: z.ZodError, lineOf: LineOf, prefix: readonly PropertyKey[] = []): Issue[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const line = lineOf(path);
    const message = MISSING.test(issue.message) ? 'is required (see src/glossary/schema.ts)' : issue.message;
    return { file, field: fieldName(path) || '(frontmatter)', ...(line === undefined ? {} : { line }), message };
  });
}

/** Fields the schema does not know (it would silently drop them), with the closest known field. */
function unknownFieldIssues(file: string, raw: Record<string, unknown>, known: readonly string[], lineOf: LineOf): Issue[] {
  return Object.keys(raw)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const [best] = closestMatches(key, known, 1);
      const line = lineOf([key]);
      return { file, field: key, ...(line === undefined ? {} : { line }), message: `unknown field${best ? ` — did you mean "${best}"?` : ''}` };
    });
}

/**
 * Each field parsed on its own, falling back field by field: a broken FAQ keeps the title and
 * aliases. Sound because the fallback has exactly the schema's output keys (see FALLBACKS).
 */
function salvage<F extends ContentFolder>(folder: F, slug: string, raw: Record<string, unknown>): { data: DataOf[F]; failed: string[] } {
  const shape = SCHEMAS[folder].shape as Record<string, z.ZodType>;
  const data: Record<string, unknown> = { ...fallbackData(folder, slug) };
  const failed: string[] = [];
  for (const key of Object.keys(data)) {
    const parsed = shape[key]?.safeParse(raw[key]);
    if (parsed?.success) data[key] = parsed.data;
    else failed.push(key);
  }
  return { data: data as DataOf[F], failed };
}

/** The fields a term's names come from: when one fails, links to that term may look broken. */
const NAME_FIELDS = ['title', 'aliases'];

export interface ParsedFile<Data> {
  entry: Entry<Data>;
  /** Line of the file on which the body starts (1 when there is no frontmatter). */
  bodyLine: number;
  /** Frontmatter that is missing, not YAML or not what the schema asks for (rule "schema"). */
  issues: Issue[];
  /** Whether the title and aliases were read as written (not replaced by fallbacks). */
  namesRead: boolean;
}

/** Parses one content file: frontmatter with the collection's schema, body as written. */
export function parseContentFile<F extends ContentFolder>(folder: F, filePath: string, source: string): ParsedFile<DataOf[F]> {
  const slug = slugOfFile(filePath);
  const split = splitFrontmatter(source);
  const body = split?.body ?? source;
  const bodyLine = split?.bodyLine ?? 1;
  if (!split) {
    const message = 'no frontmatter: the file must start with a "---" line and close it with another';
    return { entry: { slug, filePath, body, data: fallbackData(folder, slug) }, bodyLine, issues: [{ file: filePath, line: 1, message }], namesRead: false };
  }
  const yaml = parseYaml(split.frontmatter);
  // Frontmatter starts on the file's second line.
  const fileLine = (path: readonly PropertyKey[]) => {
    const line = yaml.lineOf(path);
    return line === undefined ? undefined : line + 1;
  };
  if (yaml.error) {
    const line = yaml.error.line === undefined ? {} : { line: yaml.error.line + 1 };
    const issue = { file: filePath, ...line, message: `frontmatter is not valid YAML: ${yaml.error.message}` };
    return { entry: { slug, filePath, body, data: fallbackData(folder, slug) }, bodyLine, issues: [issue], namesRead: false };
  }
  if (yaml.value === undefined) {
    const issue = { file: filePath, line: 2, message: 'frontmatter must be "field: value" lines' };
    return { entry: { slug, filePath, body, data: fallbackData(folder, slug) }, bodyLine, issues: [issue], namesRead: false };
  }
  const raw = yaml.value as Record<string, unknown>;
  const unknownFields = unknownFieldIssues(filePath, raw, Object.keys(SCHEMAS[folder].shape), fileLine);
  const result = SCHEMAS[folder].safeParse(raw);
  if (result.success) return { entry: { slug, filePath, body, data: result.data as DataOf[F] }, bodyLine, issues: unknownFields, namesRead: true };
  const { data, failed } = salvage(folder, slug, raw);
  const namesRead = !failed.some((key) => NAME_FIELDS.includes(key));
  return { entry: { slug, filePath, body, data }, bodyLine, issues: [...schemaIssues(filePath, result.error, fileLine), ...unknownFields], namesRead };
}

/** `content/categories.yaml`: one key per category slug. */
export function parseCategories(filePath: string, source: string): { categories: CategoryEntry[]; issues: Issue[] } {
  const yaml = parseYaml(source);
  if (yaml.error || yaml.value === undefined) {
    const line = yaml.error?.line === undefined ? {} : { line: yaml.error.line };
    const message = yaml.error ? `not valid YAML: ${yaml.error.message}` : 'must map each category slug to its title and description';
    return { categories: [], issues: [{ file: filePath, ...line, message }] };
  }
  const categories: CategoryEntry[] = [];
  const issues: Issue[] = [];
  for (const [slug, value] of Object.entries(yaml.value as Record<string, unknown>)) {
    const result = categorySchema.safeParse(value);
    if (result.success) categories.push({ slug, data: result.data });
    else issues.push(...schemaIssues(filePath, result.error, yaml.lineOf, [slug]));
    if (result.success) issues.push(...unknownFieldIssues(filePath, value as Record<string, unknown>, Object.keys(categorySchema.shape), (path) => yaml.lineOf([slug, ...path])).map((i) => ({ ...i, field: `${slug}.${i.field}` })));
  }
  return { categories, issues };
}

/** The text of every content file, by path relative to the project root. */
export interface ContentSources {
  /** `content/{terms,guides,services}/*.mdx`, in a stable order. */
  files: readonly { path: string; text: string }[];
  categories: { path: string; text: string };
}

/** Everything read from `content/`: the entries, and what is wrong with their frontmatter. */
export interface ContentSet {
  /** Every entry, including those whose frontmatter failed (with fallbacks); bodies as written. */
  input: GlossaryInput;
  /** Every content file, including any whose slug another file already has. */
  files: readonly string[];
  /** Frontmatter and YAML problems (the "schema" rule). */
  schemaIssues: readonly Issue[];
  /** Files whose frontmatter failed, so their data is partly fallbacks. */
  invalidFiles: ReadonlySet<string>;
  /** Term files whose title or aliases could not be read, so links by those names cannot be checked. */
  unnamedTerms: ReadonlySet<string>;
  /** Line of the file on which each body starts, for line numbers in body problems. */
  bodyLine(file: string): number;
}

function folderOf(path: string): ContentFolder | undefined {
  return CONTENT_FOLDERS.find((folder) => path.startsWith(`content/${folder}/`));
}

/**
 * Every file parsed and checked against its schema. `parseFile` is `parseContentFile` or one that
 * remembers its answers (the dev server's reader, which parses again after every edit).
 */
export function parseContent(sources: ContentSources, parseFile: typeof parseContentFile = parseContentFile): ContentSet {
  const issues: Issue[] = [];
  const invalidFiles = new Set<string>();
  const unnamedTerms = new Set<string>();
  const bodyLines = new Map<string, number>();
  const input: GlossaryInput = { terms: [], guides: [], services: [], categories: [] };
  for (const { path, text } of sources.files) {
    const folder = folderOf(path);
    if (!folder) continue;
    const parsed = parseFile(folder, path, text);
    bodyLines.set(path, parsed.bodyLine);
    if (parsed.issues.length) invalidFiles.add(path);
    if (folder === 'terms' && !parsed.namesRead) unnamedTerms.add(path);
    issues.push(...parsed.issues);
    // Each folder's entries go to their own list; the cast only restates what `folder` selected.
    (input[folder] as Entry<DataOf[typeof folder]>[]).push(parsed.entry);
  }
  const categories = parseCategories(sources.categories.path, sources.categories.text);
  input.categories = categories.categories;
  issues.push(...categories.issues);
  return {
    input,
    files: sources.files.map((f) => f.path),
    schemaIssues: issues,
    invalidFiles,
    unnamedTerms,
    bodyLine: (file) => bodyLines.get(file) ?? 1,
  };
}
