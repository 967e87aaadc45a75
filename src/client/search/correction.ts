/**
 * Spelling correction for search, without a browser. Pagefind answers a misspelt word with the
 * longest prefix it knows, often a one- or two-letter word (the "s" of a unit, the "b" of A/B), so a
 * typo does not come back empty: it comes back with stray pages. So "did you mean" cannot wait for
 * zero results; it runs whenever the results are weak, as defined here.
 */
import { normaliseName } from '../../term-links/names';
import { editDistance, tolerance } from '../../term-links/suggest';
import type { SearchTerm } from './search-state';

/** A text's words: lower case, split on spaces, hyphens and slashes, outer punctuation dropped. */
export function wordsOf(text: string): string[] {
  return normaliseName(text)
    .split(/[\s/‐-―-]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/**
 * Whether Pagefind really found a query word: some word it matched starts with it (the reader is
 * still typing, "ses" → "session"), or is it minus a short ending ("sessions" → "session"). A
 * matched word much shorter than the query word is a stray prefix, not a find.
 */
export function foundWord(queryWord: string, matched: readonly string[]): boolean {
  return matched.some((m) => m.startsWith(queryWord) || (m.length >= 3 && queryWord.startsWith(m) && queryWord.length - m.length <= 2));
}

/** What a result tells about which words matched: its text and the word positions that matched. */
export interface MatchedText {
  content?: string;
  locations?: number[];
}

/** The words Pagefind matched in some results, lower case and without punctuation. */
export function matchedWords(results: readonly MatchedText[]): string[] {
  const found = new Set<string>();
  for (const r of results) {
    const words = (r.content ?? '').split(/\s+/);
    for (const at of r.locations ?? []) for (const w of wordsOf(words[at] ?? '')) found.add(w);
  }
  return [...found];
}

/**
 * Weak results: no term is named exactly by the query, and some word of the query is one the
 * results did not match (nothing came back, or only pages with a stray prefix of it). Results for
 * a query whose every word was found are strong, however few, so a real word is never "corrected".
 */
export function isWeak(query: string, results: readonly MatchedText[], exactlyNamed: boolean): boolean {
  if (exactlyNamed) return false;
  if (!results.length) return true;
  const matched = matchedWords(results);
  return wordsOf(query).some((w) => !foundWord(w, matched));
}

/** How a name answers a query: edits needed, then the name's words the query did not mention. */
export interface NameMatch {
  distance: number;
  extraWords: number;
}

const compare = (a: NameMatch, b: NameMatch) => a.distance - b.distance || a.extraWords - b.extraWords;

/** Edits allowed in one word: none below three letters (too many short words are a letter apart). */
const wordTolerance = (word: string) => (word.length < 3 ? 0 : tolerance(word));

/**
 * How close a name is to a query, or undefined when too far. Either the whole name is within the
 * query's tolerance ("sesion" → "Session"), or each query word is within its own tolerance of a
 * different word of the name, the last query word also as the start of one ("bonce" → "Bounce
 * rate", "bouce ra" → "Bounce rate").
 */
export function nameMatch(query: string, name: string): NameMatch | undefined {
  const q = normaliseName(query);
  const n = normaliseName(name);
  const queryWords = wordsOf(q);
  const nameWords = wordsOf(n);
  if (!queryWords.length) return undefined;
  const byWords = wordMatch(queryWords, nameWords);
  const whole = editDistance(q, n);
  if (whole > tolerance(q)) return byWords;
  const byWhole = { distance: whole, extraWords: Math.max(0, nameWords.length - queryWords.length) };
  return byWords && compare(byWords, byWhole) < 0 ? byWords : byWhole;
}

/** Each query word against its closest unused name word; undefined when one is too far from all. */
function wordMatch(queryWords: readonly string[], nameWords: readonly string[]): NameMatch | undefined {
  const unused = [...nameWords];
  let distance = 0;
  for (const [i, word] of queryWords.entries()) {
    const last = i === queryWords.length - 1;
    let best = -1;
    let bestDistance = Infinity;
    for (const [j, candidate] of unused.entries()) {
      const d = last && word.length >= 2 && candidate.startsWith(word) ? 0 : editDistance(word, candidate);
      if (d < bestDistance) [best, bestDistance] = [j, d];
    }
    if (best < 0 || bestDistance > wordTolerance(word)) return undefined;
    distance += bestDistance;
    unused.splice(best, 1);
  }
  return { distance, extraWords: unused.length };
}

export interface CloseTerm extends NameMatch {
  term: SearchTerm;
}

/** Terms with a name close to the query, closest first (ties keep the list's order), at most `limit`. */
export function closeTerms(query: string, terms: readonly SearchTerm[], limit = 3): CloseTerm[] {
  const close: CloseTerm[] = [];
  for (const term of terms) {
    let best: NameMatch | undefined;
    for (const name of term.names) {
      const match = nameMatch(query, name);
      if (match && (!best || compare(match, best) < 0)) best = match;
    }
    if (best) close.push({ term, ...best });
  }
  return close.sort(compare).slice(0, limit);
}

/**
 * The term to search instead, when one is clearly meant: the closest term is strictly closer than
 * the next (fewer edits, or as many edits and fewer extra words). With a tie, the reader chooses.
 */
export function correction(close: readonly CloseTerm[]): SearchTerm | undefined {
  const [first, second] = close;
  if (!first) return undefined;
  return !second || compare(first, second) < 0 ? first.term : undefined;
}

/** The terms to offer when none is clearly meant: those as close as the closest. */
export function choices(close: readonly CloseTerm[]): SearchTerm[] {
  const [first] = close;
  return first ? close.filter((c) => compare(c, first) === 0).map((c) => c.term) : [];
}
