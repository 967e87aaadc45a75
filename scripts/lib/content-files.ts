/**
 * Loads `content/` without Astro, for `npm run lint:content` and other authoring tools: the same
 * files, frontmatter schemas and link plugin the build uses, but every problem becomes a finding
 * instead of an exception, so one bad file does not hide the state of the others.
 *
 * Only `readContent` touches the file system; the rest is pure and unit-tested.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { createLinkIndex, type LinkIndex } from '../../src/term-links/link-index';
import { UnknownTermError } from '../../src/term-links/plugin';
import type { Finding } from './content-lint';
import { linkedTerms } from '../../src/term-links/render';
import type { CategoryEntry, Entry, GlossaryInput } from '../../src/glossary/records';
import { categorySchema, guideSchema, serviceSchema, termSchema, type GuideData, type ServiceData, type TermData } from '../../src/glossary/schema';
import { duplicateSlugProblems, type Problem } from '../../src/glossary/validate';

export const CONTENT_FOLDERS = ['terms', 'guides', 'services'] as const;
export type ContentFolder = (typeof CONTENT_FOLDERS)[number];

/** Frontmatter is the text between the first two `---` lines; the body is everything after. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string; bodyLine: number } | undefined {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return undefined;
  return { frontmatter: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

const schemas = { terms: termSchema, guides: guideSchema, services: serviceSchema } as const;

/**
 * What to put in a field that failed its schema, so the entry can still take part in the glossary
 * (its names still resolve links to it). Findings for such a file are only its schema errors.
 */
const fallbacks: Record<ContentFolder, (slug: string) => Record<string, unknown>> = {
  terms: (slug) => ({ title: slug, summary: '', categories: [], aliases: [], plainEnglish: '', faq: [], related: { terms: [], guides: [], services: [] }, sources: [], updated: new Date(0), autolink: true }),
  guides: (slug) => ({ title: slug, summary: '', steps: [], level: 'beginner', minutes: 1, updated: new Date(0), autolink: true }),
  services: (slug) => ({ title: slug, summary: '', terms: [], updated: new Date(0), autolink: true }),
};

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}${out ? '.' : ''}${String(key)}`), '');
}

function schemaFindings(file: string, error: z.ZodError): Finding[] {
  return error.issues.map((issue) => ({
    file,
    rule: 'schema',
    message: `${issuePath(issue.path) || '(frontmatter)'}: ${issue.message}`,
    severity: 'error' as const,
  }));
}

/** Each field parsed on its own, falling back field by field: a broken FAQ keeps the title and aliases. */
function salvage(folder: ContentFolder, slug: string, raw: Record<string, unknown>): Record<string, unknown> {
  const shape = schemas[folder].shape as Record<string, z.ZodType>;
  const fallback = fallbacks[folder](slug);
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => {
      const parsed = schema.safeParse(raw[key]);
      return [key, parsed.success ? parsed.data : fallback[key]];
    }),
  );
}

export interface ParsedEntry<Data> {
  entry: Entry<Data>;
  /** Line of the file on which the body starts (1 when there is no frontmatter). */
  bodyLine: number;
  findings: Finding[];
  /** False when the frontmatter failed its schema and `entry.data` was salvaged. */
  valid: boolean;
}

export interface DataOf {
  terms: TermData;
  guides: GuideData;
  services: ServiceData;
}

/** Parses one content file: frontmatter with the collection's schema, body as written. */
export function parseContentFile<F extends ContentFolder>(folder: F, filePath: string, source: string): ParsedEntry<DataOf[F]> {
  const slug = (filePath.split('/').pop() ?? filePath).replace(/\.mdx?$/i, '').toLowerCase();
  const split = splitFrontmatter(source);
  const problem = (message: string): Finding => ({ file: filePath, rule: 'schema', message, severity: 'error' });
  let raw: unknown = {};
  const findings: Finding[] = [];
  if (!split) findings.push(problem('no frontmatter: the file must start with a "---" line and close it with another'));
  else {
    try {
      raw = parse(split.frontmatter) ?? {};
    } catch (error) {
      findings.push(problem(`frontmatter is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`));
    }
  }
  const body = split?.body ?? source;
  const bodyLine = split?.bodyLine ?? 1;
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const result = schemas[folder].safeParse(record);
  if (result.success && !findings.length) {
    return { entry: { slug, filePath, body, data: result.data as DataOf[F] }, bodyLine, findings, valid: true };
  }
  if (!result.success) findings.push(...schemaFindings(filePath, result.error));
  // Every field has passed its own schema or been replaced by a fallback of the right type.
  return { entry: { slug, filePath, body, data: salvage(folder, slug, record) as unknown as DataOf[F] }, bodyLine, findings, valid: false };
}

/** `content/categories.yaml`: one key per category slug. */
export function parseCategories(filePath: string, source: string): { categories: CategoryEntry[]; findings: Finding[] } {
  const findings: Finding[] = [];
  let raw: unknown;
  try {
    raw = parse(source);
  } catch (error) {
    const message = `not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return { categories: [], findings: [{ file: filePath, rule: 'schema', message, severity: 'error' }] };
  }
  const categories: CategoryEntry[] = [];
  for (const [slug, value] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    const result = categorySchema.safeParse(value);
    if (result.success) categories.push({ slug, data: result.data });
    else findings.push(...schemaFindings(filePath, result.error).map((f) => ({ ...f, message: `${slug}.${f.message}` })));
  }
  return { categories, findings };
}

type AnyEntry = GlossaryInput['terms'][number] | GlossaryInput['guides'][number] | GlossaryInput['services'][number];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The text with links to `target` neutralised: wiki-links become escapes, /glossary/ URLs anchors. */
function unlink(text: string, target: string): string {
  const wiki = new RegExp(`\\[\\[\\s*${escapeRegExp(target)}\\s*(\\|[^\\]\\n]+?)?\\]\\]`, 'g');
  const url = new RegExp(`\\]\\(\\s*/glossary/${escapeRegExp(target)}/?(#[^)]*)?\\)`, 'g');
  return text.replace(wiki, `[[!${target}$1]]`).replace(url, '](#broken-link)');
}

interface QuarantineOptions {
  index: LinkIndex;
  file: string;
  self?: string;
  autolink: boolean;
  /** Where the text is, for messages: "body" (lines are counted from `firstLine`) or e.g. "faq[1].answer". */
  where: string;
  firstLine?: number;
}

function brokenLinkMessage(error: UnknownTermError, options: QuarantineOptions): string {
  const line = /:(\d+)$/.exec(error.location)?.[1];
  const at = options.where === 'body' && line ? `line ${Number(line) + (options.firstLine ?? 1) - 1}` : options.where;
  return `unknown term "${error.target}" (${at})${error.suggestion ? ` — did you mean "${error.suggestion}"?` : ''}`;
}

/** `text` with every link to an unknown term neutralised, and one finding per such link. */
function quarantineText(text: string, options: QuarantineOptions): { text: string; findings: Finding[] } {
  const findings: Finding[] = [];
  const { index, file, self, autolink } = options;
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      linkedTerms(text, { index, file, autolink, ...(self ? { self } : {}) });
      return { text, findings };
    } catch (error) {
      if (!(error instanceof UnknownTermError)) throw error;
      findings.push({ file, rule: 'broken-link', message: brokenLinkMessage(error, options), severity: 'error' });
      const next = unlink(text, error.target);
      if (next === text) break;
      text = next;
    }
  }
  return { text: '', findings };
}

/**
 * The build fails on the first link to a term that does not exist. Here every such link is
 * reported and neutralised instead, so the glossary (and its link graph) can still be built.
 */
export function quarantineBrokenLinks(
  input: GlossaryInput,
  /** Line of the file on which each body starts, so messages give file line numbers. */
  bodyStart: (file: string) => number = () => 1,
): { input: GlossaryInput; findings: Finding[] } {
  const index = createLinkIndex(input.terms.map((t) => ({ slug: t.slug, title: t.data.title, aliases: t.data.aliases })));
  const findings: Finding[] = [];
  const fix = <E extends AnyEntry>(entry: E, self: string | undefined): E => {
    const base = { index, file: entry.filePath, ...(self ? { self } : {}) };
    const body = quarantineText(entry.body, { ...base, autolink: entry.data.autolink, where: 'body', firstLine: bodyStart(entry.filePath) });
    findings.push(...body.findings);
    return { ...entry, body: body.text };
  };
  const terms = input.terms.map((term) => {
    const fixed = fix(term, term.slug);
    const faq = term.data.faq.map((item, i) => {
      const answer = quarantineText(item.answer, { index, file: term.filePath, self: term.slug, autolink: false, where: `faq[${i}].answer` });
      findings.push(...answer.findings);
      return { ...item, answer: answer.text };
    });
    return { ...fixed, data: { ...fixed.data, faq } };
  });
  return {
    input: {
      terms,
      guides: input.guides.map((g) => fix(g, undefined)),
      services: input.services.map((s) => fix(s, undefined)),
      categories: input.categories,
    },
    findings,
  };
}

export interface LoadedContent {
  /** Everything parsed, with links to unknown terms neutralised; ready for createGlossary. */
  input: GlossaryInput;
  /** Schema, YAML, duplicate-slug and broken-link problems found while loading. */
  findings: Finding[];
  /** Duplicate file slugs, in the shape validate.ts reports them. */
  duplicates: Problem[];
  /** Files whose frontmatter failed its schema (their data is salvaged, so other rules skip them). */
  invalidFiles: Set<string>;
}

function mdxFiles(root: string, folder: ContentFolder): string[] {
  return readdirSync(join(root, 'content', folder))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => `content/${folder}/${name}`);
}

/** Reads `content/{terms,guides,services}/*.mdx` and `content/categories.yaml` under `root`. */
export function readContent(root = '.'): LoadedContent {
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const findings: Finding[] = [];
  const invalidFiles = new Set<string>();
  const bodyLines = new Map<string, number>();
  const load = <F extends ContentFolder>(folder: F) =>
    mdxFiles(root, folder).map((file) => {
      const parsed = parseContentFile(folder, file, read(file));
      findings.push(...parsed.findings);
      if (!parsed.valid) invalidFiles.add(file);
      bodyLines.set(file, parsed.bodyLine);
      return parsed.entry;
    });
  const terms = load('terms');
  const guides = load('guides');
  const services = load('services');
  const categoriesFile = 'content/categories.yaml';
  const parsedCategories = parseCategories(categoriesFile, read(categoriesFile));
  findings.push(...parsedCategories.findings);
  const duplicates = CONTENT_FOLDERS.flatMap((folder) => duplicateSlugProblems(mdxFiles(root, folder)));
  const quarantined = quarantineBrokenLinks(
    { terms, guides, services, categories: parsedCategories.categories },
    (file) => bodyLines.get(file) ?? 1,
  );
  findings.push(...quarantined.findings);
  return { input: quarantined.input, findings, duplicates, invalidFiles };
}
