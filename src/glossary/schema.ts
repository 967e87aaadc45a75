/**
 * Frontmatter schemas for every content collection. Each field is documented here because this is
 * the contract authors write against; `content-parse.ts` reads files with them, field by field.
 *
 * Cross-entry rules (unknown category, related entry that does not exist, duplicate alias, missing
 * prose section) cannot be expressed per file, so they are rules in `rules.ts`, checked once per
 * build. References are plain slugs rather than Astro `reference()`s so those rules can name the
 * file, the field and the closest valid slug in one message, and so they are testable without Astro.
 */
import { z } from 'astro/zod';
import { closestMatches } from '../term-links/suggest';

/** A URL-safe identifier: lowercase letters, digits and single hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a lowercase slug such as "bounce-rate"' });

const nonEmpty = (what: string) => z.string().trim().min(1, { error: `${what} must not be empty` });

/** Longest summary: it is the meta description and the preview text, both of which truncate. */
export const SUMMARY_MAX = 200;
/** Plain English is a single short sentence by design. */
export const PLAIN_ENGLISH_MAX_WORDS = 20;

const oneSentence = (max: number) =>
  nonEmpty('text')
    .max(max, { error: `must be at most ${max} characters` })
    .refine((text) => !/(?<!\b(?:e\.g|i\.e|etc|vs))[.!?]\s+[A-Z]/.test(text), {
      error: 'must be a single sentence',
    });

export const source = z.object({
  /** What the source is called, as its page titles itself. */
  title: nonEmpty('source title'),
  /** Absolute http(s) URL of the source. */
  url: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }),
});

export const faqItem = z.object({
  /** The question as a reader would ask it. */
  question: nonEmpty('question'),
  /** A short answer; inline markdown and [[term]] links are allowed. */
  answer: nonEmpty('answer'),
});

/** A "Check yourself" question offers this many answers. */
export const QUIZ_OPTIONS_MIN = 2;
export const QUIZ_OPTIONS_MAX = 5;
/** Questions an author may write for one term (a term page shows at most this many). */
export const QUIZ_MAX = 3;

const optionKey = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

export const quizItem = z
  .object({
    /** The question, e.g. "What does a bounce rate of 40% mean?" or "Which of these is not true of sessions?" */
    question: nonEmpty('question'),
    /** 2–5 answers to choose from, all different; the page shuffles them (the same way on every build). */
    options: z
      .array(nonEmpty('option'))
      .min(QUIZ_OPTIONS_MIN, { error: `needs at least ${QUIZ_OPTIONS_MIN} options` })
      .max(QUIZ_OPTIONS_MAX, { error: `has more than ${QUIZ_OPTIONS_MAX} options: keep the best ${QUIZ_OPTIONS_MAX}` }),
    /** The correct option, written exactly as in `options`. */
    answer: nonEmpty('answer'),
    /** Why that answer is right, in one sentence taken from the term's own content. */
    explanation: oneSentence(SUMMARY_MAX),
  })
  .superRefine((item, ctx) => {
    const keys = item.options.map(optionKey);
    keys.forEach((key, i) => {
      const first = keys.indexOf(key);
      if (first < i) ctx.addIssue({ code: 'custom', path: ['options', i], message: `repeats option ${first + 1} ("${item.options[first]}"): each option must differ` });
    });
    if (!keys.includes(optionKey(item.answer))) {
      const [best] = closestMatches(item.answer, item.options, 1);
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `"${item.answer}" is not one of the options${best ? ` — did you mean "${best}"?` : ''}` });
    }
  });

export const termSchema = z.object({
  /** Display name in sentence case, e.g. "Bounce rate". The file name is the slug. */
  title: nonEmpty('title'),
  /** One sentence (≤ 200 characters) that stands alone: meta description, cards and previews. */
  summary: oneSentence(SUMMARY_MAX),
  /** Category slugs from `content/categories.yaml`; the first is the primary category. */
  categories: z.array(slug).min(1, { error: 'needs at least one category' }),
  /** Synonyms, plurals and abbreviations readers may type or authors may write ("visit", "sessions"). */
  aliases: z.array(nonEmpty('alias')).default([]),
  /** The term in one plain sentence of at most 20 words, without jargon. */
  plainEnglish: nonEmpty('plainEnglish').refine(
    (text) => text.split(/\s+/).length <= PLAIN_ENGLISH_MAX_WORDS,
    { error: `must be at most ${PLAIN_ENGLISH_MAX_WORDS} words` },
  ),
  /** "Common questions": asked and answered in the reader's words. */
  faq: z.array(faqItem).default([]),
  /** Related entries by slug; each list may be empty, and empty lists are not shown. */
  related: z
    .object({
      terms: z.array(slug).default([]),
      guides: z.array(slug).default([]),
      services: z.array(slug).default([]),
    })
    .prefault({}),
  /** Where the facts come from; required for anything vendor- or number-specific. */
  sources: z.array(source).default([]),
  /** When the content was last reviewed (YYYY-MM-DD). */
  updated: z.coerce.date({ error: 'must be a date such as 2026-11-27' }),
  /** Set to false to switch off automatic term links on this page. */
  autolink: z.boolean().default(true),
  /** "Check yourself" questions (at most 3); where fewer than 2, questions are generated from the glossary. */
  quiz: z.array(quizItem).max(QUIZ_MAX, { error: `at most ${QUIZ_MAX} questions per term` }).default([]),
});

export const guideSchema = z.object({
  /** The path's name, e.g. "Your first A/B test". */
  title: nonEmpty('title'),
  /** One sentence describing what the reader will be able to do. */
  summary: oneSentence(SUMMARY_MAX),
  /** The path: term slugs in the order a reader should learn them. */
  steps: z.array(slug).min(2, { error: 'a learning path needs at least two steps' }),
  /** Who the path is for. */
  level: z.enum(['beginner', 'intermediate', 'advanced']).default('beginner'),
  /** Estimated reading time in minutes. */
  minutes: z.number().int().positive(),
  updated: z.coerce.date({ error: 'must be a date such as 2026-11-27' }),
  autolink: z.boolean().default(true),
});

export const serviceSchema = z.object({
  /** The service's name, e.g. "Analytics audit". */
  title: nonEmpty('title'),
  /** One sentence saying what the service does. */
  summary: oneSentence(SUMMARY_MAX),
  /** Term slugs the service is about; the service is then listed on those term pages. */
  terms: z.array(slug).default([]),
  updated: z.coerce.date({ error: 'must be a date such as 2026-11-27' }),
  autolink: z.boolean().default(true),
});

export const categorySchema = z.object({
  /** Reader-facing name, e.g. "Analytics & measurement". */
  title: nonEmpty('title'),
  /** One or two sentences introducing the category page. */
  description: nonEmpty('description'),
});

export type TermData = z.output<typeof termSchema>;
export type GuideData = z.output<typeof guideSchema>;
export type QuizItem = z.output<typeof quizItem>;
export type ServiceData = z.output<typeof serviceSchema>;
export type CategoryData = z.output<typeof categorySchema>;
