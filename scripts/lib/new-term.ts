/**
 * The pure half of `npm run new-term -- "Title"`: the slug a title gets, whether it clashes with
 * an existing term, and the scaffold written to `content/terms/<slug>.mdx`.
 */
import type { TermNames } from '../../src/term-links/link-index';
import { normaliseName } from '../../src/term-links/names';
import { FAQ_MAX, FAQ_MIN } from '../../src/glossary/rules-editorial';
import { TERM_SECTIONS } from '../../src/glossary/sections';

/** Lowercase, accents dropped, every run of other characters a single hyphen: "A/B test" → "a-b-test". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface ExistingTerm extends TermNames {
  /** Path of the term's file, for the message. */
  file: string;
}

export interface Clash {
  file: string;
  /** Which of the existing term's names clashes: "file name", "slug", "title" or "alias". */
  field: 'file name' | 'slug' | 'title' | 'alias';
  /** The clashing name as the existing term writes it. */
  name: string;
}

/**
 * The existing term a new title would collide with: same file, or the new title or slug equals
 * an existing slug, title or alias (ignoring case, spacing and punctuation between words).
 */
export function findClash(title: string, existing: readonly ExistingTerm[]): Clash | undefined {
  const slug = slugify(title);
  const wanted = new Set([normaliseName(title), slug]);
  const matches = (name: string) => wanted.has(normaliseName(name)) || (slug !== '' && slugify(name) === slug);
  for (const term of existing) {
    if (term.file.split('/').pop()?.replace(/\.mdx?$/i, '').toLowerCase() === slug) return { file: term.file, field: 'file name', name: term.slug };
  }
  for (const term of existing) {
    if (matches(term.slug)) return { file: term.file, field: 'slug', name: term.slug };
    if (matches(term.title)) return { file: term.file, field: 'title', name: term.title };
    const alias = term.aliases.find(matches);
    if (alias !== undefined) return { file: term.file, field: 'alias', name: alias };
  }
  return undefined;
}

export function describeClash(title: string, clash: Clash): string {
  return clash.field === 'file name'
    ? `${clash.file} already exists.`
    : `"${title}" clashes with the ${clash.field} "${clash.name}" of ${clash.file}. Edit that term (or add an alias) instead, or choose a distinct title.`;
}

const PROMPTS: Record<(typeof TERM_SECTIONS)[number], string> = {
  Definition: 'TODO: Say precisely what the term means and how it is measured or decided, linking at least two other terms by putting their names in double square brackets.',
  'In practice': 'TODO: Walk through a concrete example with realistic numbers, as a reader would meet it in a tool or a project.',
  'The reality': 'TODO: What goes wrong, what the number does not tell you, and the common misreadings.',
};

/** YAML-safe double-quoted string. */
const quote = (text: string) => JSON.stringify(text);

/** YYYY-MM-DD of a date in the author's local time zone (the day they see on their calendar). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A new term file with every frontmatter field and the three sections. Its TODO placeholders make
 * `npm run lint:content` fail until an author has filled them in, which is intended.
 */
export function termScaffold(title: string, options: { today: Date; categories?: readonly string[] }): string {
  const categories = options.categories?.length ? ` one or more of: ${options.categories.join(', ')}` : ' slugs from content/categories.yaml';
  const faq = [1, 2, 3]
    .map((n) => `  - question: ${quote(`TODO: Question ${n} as a reader would ask it?`)}\n    answer: ${quote('TODO: A short answer in two or three sentences; term links are allowed.')}`)
    .join('\n');
  const sections = TERM_SECTIONS.map((name) => `## ${name}\n\n${PROMPTS[name]}\n`).join('\n');
  return `---
title: ${quote(title)}
summary: ${quote('TODO: One sentence of 40–200 characters that stands alone (meta description and previews).')}
# First is the primary category;${categories}.
categories: [todo]
# Synonyms, plurals and abbreviations readers may type or authors may write.
aliases: []
plainEnglish: ${quote('TODO: The term in one plain sentence of at most 20 words.')}
# ${FAQ_MIN}–${FAQ_MAX} questions in the reader's words.
faq:
${faq}
related:
  # At least 3 term slugs.
  terms: []
  guides: []
  services: []
# Required for anything vendor- or number-specific: - title: "Page title" / url: https://…
sources: []
updated: ${localIsoDate(options.today)}
---

${sections}`;
}
