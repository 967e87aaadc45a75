/**
 * "Check yourself" questions: the ones authors wrote in a term's `quiz` field, and, where a term
 * has fewer than two, questions generated from the glossary itself ("Which term matches this
 * description?"). Generation is deterministic (seeded by the term's slug), so every build asks
 * the same questions and the tests can check them all.
 */
import { stripWikiLinks } from '../term-links/render';
import type { Glossary } from './glossary';
import { echoes, maskEchoes, namesOverlap } from './quiz-names';
import type { TermEntry } from './records';
import { termPath } from './site';

/** A term the question involves, linked from its answer. */
export interface QuizLink {
  title: string;
  href: string;
}

export interface QuizQuestion {
  /** Stable id: `<slug>:a<n>` for the n-th authored question, `<slug>:g<n>` for a generated one. */
  id: string;
  /** The term the question checks. */
  term: string;
  prompt: string;
  /** For generated questions, the description the reader matches to a term. */
  quote?: string;
  options: string[];
  /** Index of the correct option. */
  answer: number;
  explanation: string;
  links: QuizLink[];
}

/** A term page asks 2–3 questions; fewer than 2 authored are topped up with generated ones. */
export const TERM_QUESTIONS_MIN = 2;
export const TERM_QUESTIONS_MAX = 3;
/** A path's test asks 8–12 questions, spread over its steps. */
export const TEST_QUESTIONS_MIN = 8;
export const TEST_QUESTIONS_MAX = 12;
export const DISTRACTORS = 3;

/** FNV-1a: a small, stable hash of the seed text. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Mulberry32: a tiny seeded generator, so the same slug always draws the same options. */
export function seededRandom(seed: string): () => number {
  let a = hash(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const link = (term: TermEntry): QuizLink => ({ title: term.data.title, href: termPath(term.slug) });
const plain = (markdown: string) => stripWikiLinks(markdown).replace(/[*_`]/g, '');

/** Whether two terms are tied closely enough that one could be taken for the other. */
function related(a: TermEntry, b: TermEntry): boolean {
  return a.data.related.terms.includes(b.slug) || b.data.related.terms.includes(a.slug);
}

/** The glossary's terms by slug order, whole and per category: where distractors are drawn from. */
interface DrawScopes {
  all: TermEntry[];
  byCategory: Map<string, TermEntry[]>;
}
const drawScopes = new WeakMap<Glossary, DrawScopes>();
function scopesOf(glossary: Glossary): DrawScopes {
  let scopes = drawScopes.get(glossary);
  if (!scopes) {
    const all = [...glossary.terms].sort((a, b) => a.slug.localeCompare(b.slug));
    const byCategory = new Map<string, TermEntry[]>();
    for (const t of all) for (const c of t.data.categories) byCategory.set(c, [...(byCategory.get(c) ?? []), t]);
    scopes = { all, byCategory };
    drawScopes.set(glossary, scopes);
  }
  return scopes;
}

/**
 * Where wrong answers for `term` are looked for, in order: its primary category, its other
 * categories (only when the first has too few), then the whole glossary. Each scope is worked out
 * only if the draw gets that far.
 */
function candidateScopes(glossary: Glossary, term: TermEntry): (() => TermEntry[])[] {
  const { all, byCategory } = scopesOf(glossary);
  const [primary, ...others] = term.data.categories;
  return [
    () => byCategory.get(primary!) ?? [],
    () => [...new Set(others.flatMap((c) => byCategory.get(c) ?? []))].sort((a, b) => a.slug.localeCompare(b.slug)),
    () => all,
  ];
}

/**
 * Whether `other` could stand beside `term` as a wrong answer to a question quoting
 * `description`: never the term itself, a related term, one whose names overlap its own, or one
 * the description names.
 */
export function fitsAsDistractor(term: TermEntry, other: TermEntry, description: string): boolean {
  return other.slug !== term.slug && !related(term, other) && !namesOverlap(term, other) && !echoes(description, other);
}

/**
 * Three wrong answers, drawn at random (seeded) from the nearest scope that has them. Candidates
 * are visited in a shuffled order, one at a time, and the draw stops at three: a question costs
 * the same in a glossary of 400 terms or 10,000.
 */
function pickDistractors(glossary: Glossary, term: TermEntry, description: string, random: () => number): TermEntry[] {
  const picked: TermEntry[] = [];
  for (const scopeOf of candidateScopes(glossary, term)) {
    if (picked.length >= DISTRACTORS) break;
    const scope = scopeOf();
    // A Fisher–Yates shuffle taken only as far as needed; `moved` holds the swapped positions.
    const moved = new Map<number, number>();
    const at = (i: number) => moved.get(i) ?? i;
    for (let k = 0; k < scope.length && picked.length < DISTRACTORS; k++) {
      const j = k + Math.floor(random() * (scope.length - k));
      const [atJ, atK] = [at(j), at(k)];
      moved.set(j, atK);
      moved.set(k, atJ);
      const candidate = scope[atJ]!;
      if (!picked.includes(candidate) && fitsAsDistractor(term, candidate, description)) picked.push(candidate);
    }
  }
  return picked;
}

const blanks = (text: string) => text.split('…').length - 1;

/**
 * A term described without its name: the plain-English line or the summary, whichever needs
 * fewer blanks once the term's names are blanked out (the plain-English line on a tie).
 */
const described = new WeakMap<TermEntry, string>();
export function describe(term: TermEntry): string {
  const known = described.get(term);
  if (known !== undefined) return known;
  const [english, summary] = [plain(term.data.plainEnglish), plain(term.data.summary)].map((t) => maskEchoes(t, term));
  const text = blanks(summary!) < blanks(english!) ? summary! : english!;
  described.set(term, text);
  return text;
}

/**
 * The n-th generated question: first "Which term matches this description?", then "Which
 * description fits <term>?", each with three terms from the same category as wrong answers.
 */
export function generatedQuestion(glossary: Glossary, term: TermEntry, n: number): QuizQuestion {
  const random = seededRandom(`${term.slug}:${n}`);
  const quote = describe(term);
  const distractors = pickDistractors(glossary, term, quote, random);
  const choices = shuffled([term, ...distractors], random);
  const base = { id: `${term.slug}:g${n}`, term: term.slug, answer: choices.indexOf(term), links: [link(term), ...distractors.map(link)] };
  if (n % 2 === 0) {
    return { ...base, prompt: 'Which term matches this description?', quote, options: choices.map((t) => t.data.title), explanation: `It describes ${term.data.title}.` };
  }
  return {
    ...base,
    prompt: `Which description fits ${term.data.title}?`,
    options: choices.map(describe),
    explanation: `The others describe ${distractors.map((t) => t.data.title).join(', ').replace(/, ([^,]*)$/, ' and $1')}.`,
  };
}

/**
 * The term's authored questions, with links to the term and to any option that names a term. The
 * options are shuffled (the same way on every build), so authors may list the answer first.
 */
export function authoredQuestions(glossary: Glossary, term: TermEntry): QuizQuestion[] {
  return term.data.quiz.map((item, i) => {
    const id = `${term.slug}:a${i}`;
    const options = shuffled(item.options, seededRandom(id));
    const named = [...new Set(options.flatMap((o) => glossary.resolve(o) ?? []))].filter((t) => t.slug !== term.slug);
    const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
    return {
      id,
      term: term.slug,
      prompt: item.question,
      options,
      answer: options.findIndex((o) => key(o) === key(item.answer)),
      explanation: item.explanation,
      links: [link(term), ...named.map(link)],
    };
  });
}

/** Questions already worked out, per glossary and term: a term page and every path test ask them. */
const asked = new WeakMap<Glossary, Map<string, QuizQuestion[]>>();

/** Every question the term can ask, authored first; generated ones only while fewer than 2 authored. */
export function questionsFor(glossary: Glossary, term: TermEntry): QuizQuestion[] {
  let known = asked.get(glossary);
  if (!known) asked.set(glossary, (known = new Map()));
  const questions = known.get(term.slug) ?? termQuestions(glossary, term);
  known.set(term.slug, questions);
  return questions;
}

function termQuestions(glossary: Glossary, term: TermEntry): QuizQuestion[] {
  const authored = authoredQuestions(glossary, term);
  const generated: QuizQuestion[] = [];
  for (let n = 0; authored.length + generated.length < TERM_QUESTIONS_MIN; n++) generated.push(generatedQuestion(glossary, term, n));
  return [...authored, ...generated].slice(0, TERM_QUESTIONS_MAX);
}

/**
 * A path's test: its steps' questions taken in turns (each step's first question, then each
 * second one, …), at least 8 where the steps have them and at most 12.
 */
export function pathTest(glossary: Glossary, steps: readonly string[]): QuizQuestion[] {
  const perStep = steps.flatMap((slug) => {
    const term = glossary.term(slug);
    return term ? [questionsFor(glossary, term)] : [];
  });
  const target = Math.min(TEST_QUESTIONS_MAX, Math.max(TEST_QUESTIONS_MIN, perStep.length));
  const out: QuizQuestion[] = [];
  for (let round = 0; out.length < target && perStep.some((q) => q.length > round); round++) {
    for (const questions of perStep) if (out.length < target && questions[round]) out.push(questions[round]!);
  }
  return out;
}
