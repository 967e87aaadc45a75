/**
 * Originality rules: each term says things in its own words, and nothing is lifted from the third
 * party's seed page. Sentences are compared in normalised form (`prose.ts`: case, spacing,
 * punctuation, quote style and [[link]] syntax do not matter) through one map from sentence to
 * places, so the cost grows with the amount of prose, not with the number of pairs of terms.
 */
import { createHash } from 'node:crypto';
import { listPlaces } from './problem';
import { formatLocation, proseSentences, type Sentence } from './prose';
import type { Check } from './rules-context';

/** Sentences shorter than this are too likely to recur by chance ("It depends on the tool."). */
export const SENTENCE_MIN_WORDS = 8;

/** SHA-256 (hex) of a sentence's normalised words joined by single spaces. */
export function sentenceHash(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex');
}

/** A sentence as a problem quotes it: whole when short, otherwise its start. */
function excerpt(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The same sentence in two or more terms. Text in double quotes is someone else's wording (a
 * statute, a standard) that several terms may need to quote exactly, so each quotation counts as
 * one placeholder word: the quotation may recur, the author's sentence around it may not.
 */
export const sharedSentences: Check = ({ input, bodyLine }) => {
  const places = new Map<string, Sentence[]>();
  for (const term of input.terms) {
    for (const sentence of proseSentences(term, bodyLine(term.filePath))) {
      if (sentence.ownWords.length < SENTENCE_MIN_WORDS) continue;
      const key = sentence.ownWords.join(' ');
      const found = places.get(key);
      if (found) found.push(sentence);
      else places.set(key, [sentence]);
    }
  }
  return [...places.values()]
    .filter((group) => new Set(group.map((s) => s.where.file)).size > 1)
    .flatMap((group) => {
      const places = group.map((s) => formatLocation(s.where));
      return group.map((sentence, i) => ({
        ...sentence.where,
        message: `the sentence "${excerpt(sentence.text)}" also appears in ${listPlaces(places, i)}; write it for this term`,
      }));
    });
};

/**
 * Sentences of the seed page (a third party's text we may not copy), found by hash: the
 * repository keeps only the hashes (`seed-hashes.ts`). Quotations count here, since quoting
 * the seed page is still copying it. Checks terms, guides and services alike.
 */
export function seedCopies(seedHashes: readonly string[]): Check {
  const seed = new Set(seedHashes);
  return ({ input, bodyLine }) =>
    [...input.terms, ...input.guides, ...input.services].flatMap((entry) =>
      proseSentences(entry, bodyLine(entry.filePath))
        .filter((s) => s.words.length >= SENTENCE_MIN_WORDS && seed.has(sentenceHash(s.words)))
        .map((s) => ({ ...s.where, message: `the sentence "${excerpt(s.text)}" is copied from the third party's seed page; write it in your own words` })),
    );
}
