/**
 * What authors wrote in content/, read when the tests run, so that browser tests derive the
 * expected text from the content instead of repeating a term's wording that an author may edit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { stripWikiLinks } from '../../src/term-links/render';

const CONTENT = new URL('../../content/', import.meta.url);

export interface TermSource {
  slug: string;
  title: string;
  summary: string;
  plainEnglish: string;
  categories: string[];
  aliases: string[];
  faq: { question: string; answer: string }[];
  related: { terms?: string[]; guides?: string[]; services?: string[] };
  sources: { title: string; url: string }[];
  /** The MDX after the frontmatter. */
  body: string;
}

interface Entry<Data> {
  slug: string;
  data: Data;
  body: string;
}

function readEntry<Data>(folder: string, slug: string): Entry<Data> {
  const source = readFileSync(new URL(`${folder}/${slug}.mdx`, CONTENT), 'utf8');
  const [, frontmatter = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source) ?? [];
  return { slug, data: parse(frontmatter) as Data, body };
}

function readFolder<Data>(folder: string): Entry<Data>[] {
  return readdirSync(new URL(`${folder}/`, CONTENT))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readEntry<Data>(folder, name.replace(/\.mdx$/, '')));
}

/** Term frontmatter as written: the lists an author may leave out are optional. */
type TermFrontmatter = Omit<TermSource, 'slug' | 'body' | OptionalField> & Partial<Pick<TermSource, OptionalField>>;
type OptionalField = 'aliases' | 'faq' | 'related' | 'sources';

function toTerm({ slug, data, body }: Entry<TermFrontmatter>): TermSource {
  return { aliases: [], faq: [], related: {}, sources: [], ...data, slug, body };
}

export function termSource(slug: string): TermSource {
  return toTerm(readEntry('terms', slug));
}

export function allTermSources(): TermSource[] {
  return readFolder<TermFrontmatter>('terms').map(toTerm);
}

/** Guides (with the terms they walk through) and services (with the terms they involve). */
export function guideSteps(): { slug: string; steps: string[] }[] {
  return readFolder<{ steps: string[] }>('guides').map(({ slug, data }) => ({ slug, steps: data.steps }));
}

export function serviceTerms(): { slug: string; terms: string[] }[] {
  return readFolder<{ terms: string[] }>('services').map(({ slug, data }) => ({ slug, terms: data.terms }));
}

export function categoryTitles(): Record<string, string> {
  const categories = parse(readFileSync(new URL('categories.yaml', CONTENT), 'utf8')) as Record<string, { title: string }>;
  return Object.fromEntries(Object.entries(categories).map(([slug, { title }]) => [slug, title]));
}

/** The plain paragraphs of a `## heading` section of a body: no lists, quotes, headings or JSX. */
export function sectionParagraphs(body: string, heading: string): string[] {
  const section = body.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  return section
    .slice(heading.length)
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !/^([-*+>#<]|\d+\.|import\s)/.test(block));
}

/**
 * Text in a form that markdown source and the rendered page share: quotes, dashes and ellipses
 * straightened (the build makes them typographic) and whitespace collapsed.
 */
export function comparable(text: string): string {
  return text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/—/g, '---')
    .replace(/–/g, '--')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words a reader sees of inline markdown: link syntax and emphasis markers removed. */
export function readerText(markdown: string): string {
  return comparable(
    stripWikiLinks(markdown)
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\*\*|__|\*|`/g, ''),
  );
}
