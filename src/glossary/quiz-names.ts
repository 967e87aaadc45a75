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

/**
 * The text with the term's names and telling words blanked out ("…"), for a description that
 * cannot be written without them. Whole names go first, so "engaged session" becomes one blank.
 */
export function maskEchoes(text: string, term: TermEntry): string {
  const names = namesOf(term)
    .filter((n) => words(n).length)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const name of names) {
    const pattern = words(name).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(`[^\\p{L}\\p{N}]+`);
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu'), '…');
  }
  const stems = new Set([...tellingWords(term)].map(stem));
  return out.replace(/[\p{L}\p{N}']+/gu, (w) => (w.length >= 4 && stems.has(stem(w.toLowerCase())) ? '…' : w));
}

/** Whether two terms' names overlap: one contains the other, or they share a telling word's stem. */
export function namesOverlap(a: TermEntry, b: TermEntry): boolean {
  const [x, y] = [keysOf(a), keysOf(b)];
  if (x.phrases.some((p) => y.phrases.some((q) => p.includes(q) || q.includes(p)))) return true;
  return [...y.stems].some((s) => x.stems.has(s));
}
