/**
 * Names in generated questions: when a description gives its term away (it says the term's name,
 * or a telling word of it), and when two terms' names overlap so much that one could pass for the
 * other. Generated questions avoid both, so each has one defensible answer.
 */
import type { TermEntry } from './records';

/** Words too common in term names to tell one term from another ("Bounce rate", "Conversion rate"). */
const GENERIC = new Set([
  'and', 'for', 'from', 'the', 'with', 'your', 'rate', 'rates', 'test', 'tests', 'testing', 'data', 'page', 'pages',
  'time', 'value', 'model', 'models', 'effect', 'analysis', 'user', 'users', 'metric', 'metrics', 'score', 'type',
]);

/** Lowercase words of a text, punctuation dropped ("A/B test" → ["a", "b", "test"]). */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

/** The beginning that related word forms share: "engagement" and "engaged" both start "engag". */
const stem = (word: string) => word.slice(0, Math.min(word.length, 5));

/** Every name a term goes by: title, aliases and its slug read as words. */
export function namesOf(term: TermEntry): string[] {
  return [term.data.title, ...term.data.aliases, term.slug.replace(/-/g, ' ')];
}

/**
 * The telling words of a term's title and slug: at least 4 letters and not generic. Aliases count
 * only as whole names, or "daily" (from "daily active users") would blank every "day".
 */
export function tellingWords(term: TermEntry): Set<string> {
  return new Set([term.data.title, term.slug.replace(/-/g, ' ')].flatMap(words).filter((w) => w.length >= 4 && !GENERIC.has(w)));
}

const phrase = (name: string) => ` ${words(name).join(' ')} `;

/** A term's names as spaced phrases and its telling stems, worked out once per term. */
interface NameKeys {
  phrases: string[];
  stems: Set<string>;
}
const keysCache = new WeakMap<TermEntry, NameKeys>();
function keysOf(term: TermEntry): NameKeys {
  let keys = keysCache.get(term);
  if (!keys) {
    keys = { phrases: namesOf(term).filter((n) => words(n).length).map(phrase), stems: new Set([...tellingWords(term)].map(stem)) };
    keysCache.set(term, keys);
  }
  return keys;
}

/** Whether the text says one of the term's names, or a word sharing a telling word's stem. */
export function echoes(text: string, term: TermEntry): boolean {
  const { phrases, stems } = keysOf(term);
  const spaced = phrase(text);
  if (phrases.some((p) => spaced.includes(p))) return true;
  return words(text).some((w) => w.length >= 4 && stems.has(stem(w)));
}

/** Runs of letters and digits: what a name's words are compared on, whatever separates them. */
const RUN = /[\p{L}\p{N}]+/gu;
const runsOf = (text: string) => [...text.replace(/[’‘]/g, "'").matchAll(RUN)];

/**
 * The text with the term's names and telling words blanked out ("…"), for a description that
 * cannot be written without them. Whole names go first, longest first, so "engaged session"
 * becomes one blank. Names are matched word by word (case-insensitive, any punctuation or spacing
 * between words) rather than with one regular expression per name: compiling a Unicode-aware
 * pattern costs far more than the match, and every term is described once per build.
 */
export function maskEchoes(text: string, term: TermEntry): string {
  const names = namesOf(term)
    .sort((a, b) => b.length - a.length)
    .map((name) => runsOf(name).map((m) => m[0].toLowerCase()))
    .filter((runs) => runs.length);
  const tokens = runsOf(text);
  const lower = tokens.map((m) => m[0].toLowerCase());
  const taken = new Array<boolean>(tokens.length).fill(false);
  const blanks: [start: number, end: number][] = [];
  for (const runs of names) {
    for (let i = 0; i + runs.length <= tokens.length; i++) {
      if (!runs.every((run, k) => !taken[i + k] && lower[i + k] === run)) continue;
      for (let k = 0; k < runs.length; k++) taken[i + k] = true;
      const last = tokens[i + runs.length - 1]!;
      blanks.push([tokens[i]!.index, last.index + last[0].length]);
      i += runs.length - 1;
    }
  }
  let out = '';
  let at = 0;
  for (const [start, end] of blanks.sort((a, b) => a[0] - b[0])) {
    out += `${text.slice(at, start)}…`;
    at = end;
  }
  out += text.slice(at);
  const stems = keysOf(term).stems;
  return out.replace(/[\p{L}\p{N}']+/gu, (w) => (w.length >= 4 && stems.has(stem(w.toLowerCase())) ? '…' : w));
}

/** Whether two terms' names overlap: one contains the other, or they share a telling word's stem. */
export function namesOverlap(a: TermEntry, b: TermEntry): boolean {
  const [x, y] = [keysOf(a), keysOf(b)];
  if (x.phrases.some((p) => y.phrases.some((q) => p.includes(q) || q.includes(p)))) return true;
  return [...y.stems].some((s) => x.stems.has(s));
}
