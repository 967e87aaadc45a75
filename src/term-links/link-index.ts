/**
 * Which names point at which term: the lookup behind [[wiki-links]], plain links and auto-links.
 * Built from titles, slugs and aliases; pure, so the markdown plugin, the build and the browser
 * share it.
 */
import { normaliseName } from './names';
import { closestMatches } from './suggest';

export interface TermNames {
  slug: string;
  title: string;
  aliases: readonly string[];
}

export interface LinkIndex {
  /** The slug a title, slug or alias names (case-insensitive). */
  resolve(name: string): string | undefined;
  /** Title of a term, for messages. */
  titleOf(slug: string): string | undefined;
  /** The closest known titles/aliases to a misspelt name. */
  suggest(name: string): string | undefined;
  /** Every whole-word occurrence of a title or alias in `text`, left to right; where names
   *  overlap, the one with the most words wins. */
  findNames(text: string): readonly NameMatch[];
  /** Whether there is any name to find at all (an empty glossary has none). */
  hasNames: boolean;
  /**
   * A term's title as it reads inside a sentence. Titles are capitalised like headings, so
   * "[[Funnel]]" typed mid-sentence would show "Funnel"; a title whose own aliases are written in
   * lower case ("funnels") is a common noun and reads "funnel". Proper names ("Lighthouse", whose
   * aliases are capitalised) and anything that is not exactly a title are returned unchanged.
   */
  inSentence(name: string): string;
}

/** A term's title or alias found in a text. */
export interface NameMatch {
  /** Offset of the first character in the text. */
  index: number;
  /** The name as written in the text. */
  text: string;
  slug: string;
}

/** Runs of letters and digits: the words a name is made of. "A/B test" is A, B, test. */
const WORD = /[\p{L}\p{N}]+/gu;

const endOf = (word: RegExpMatchArray) => word.index! + word[0].length;

/** What separates two words of a name once normalised (see `normaliseName`): most often one space. */
const separatorKey = (between: string) => (between === ' ' ? between : between.replace(/[’‘]/g, "'").replace(/\s+/g, ' '));

/** Enough for every text of a large glossary; in `astro dev` edits cannot make it grow without end. */
const FOUND_CACHE_LIMIT = 100_000;

/**
 * The names found in each text, shared by every index with the same names (as the build's link
 * check and its page rendering have): both passes over a body then search its texts once. What
 * `findNames` returns depends only on the prose names and their terms, so that is the key.
 */
function foundNamesCache(proseNames: ReadonlyMap<string, string>): Map<string, readonly NameMatch[]> {
  const key = Symbol.for(`lexicon:found-names:${JSON.stringify([...proseNames].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`);
  const shared = globalThis as unknown as Record<symbol, Map<string, readonly NameMatch[]> | undefined>;
  return (shared[key] ??= new Map());
}

export function createLinkIndex(terms: readonly TermNames[]): LinkIndex {
  const bySlug = new Map(terms.map((t) => [t.slug, t]));
  /** Every name a link may use (titles, aliases and slugs), normalised, to its term's slug. */
  const names = new Map<string, string>();
  /** Names that are found in prose (titles and aliases, not slugs), and the most words any has. */
  const proseNames = new Map<string, string>();
  /** For each word a prose name starts with (lower case), the most words a name starting so has. */
  const wordsAfter = new Map<string, number>();
  const display: string[] = [];
  for (const term of terms) {
    for (const name of [term.title, ...term.aliases]) {
      const key = normaliseName(name);
      if (!names.has(key)) names.set(key, term.slug);
      if (!proseNames.has(key)) proseNames.set(key, term.slug);
      const nameWords = key.match(WORD);
      if (nameWords) wordsAfter.set(nameWords[0], Math.max(wordsAfter.get(nameWords[0]) ?? 0, nameWords.length));
      display.push(name);
    }
    names.set(term.slug, term.slug);
  }
  const byTitle = new Map(terms.map((t) => [t.title, t]));
  const found = foundNamesCache(proseNames);
  return {
    inSentence(name) {
      const term = byTitle.get(name);
      const first = name.charAt(0);
      if (!term || first === first.toLowerCase()) return name;
      const lower = first.toLowerCase() + name.slice(1);
      const firstWord = normaliseName(lower).split(' ')[0]!;
      const common = term.aliases.some((a) => a.startsWith(firstWord) || a.startsWith(firstWord.replace(/-/g, ' ')));
      return common ? lower : name;
    },
    resolve(name) {
      const key = normaliseName(name);
      return names.get(key) ?? names.get(key.replace(/-/g, ' ')) ?? names.get(key.replace(/\s+/g, '-'));
    },
    titleOf: (slug) => bySlug.get(slug)?.title,
    suggest: (name) => closestMatches(name, display, 1)[0],
    hasNames: proseNames.size > 0,
    // Linear in the text: at each word that some name starts with, the run of words grows one
    // word at a time (its lookup key built as `normaliseName` would), and the longest run that
    // is a name wins. (A regular expression with one alternative per name grows with the
    // glossary on every word.)
    findNames(text) {
      const known = found.get(text);
      if (known) return known;
      const words = [...text.matchAll(WORD)];
      const lower = words.map((w) => w[0].toLowerCase());
      const matches: NameMatch[] = [];
      for (let i = 0; i < words.length; ) {
        const longest = Math.min(wordsAfter.get(lower[i]!) ?? 0, words.length - i);
        let matched = 0;
        let slug: string | undefined;
        let key = lower[i]!;
        for (let n = 1; n <= longest; n++) {
          if (n > 1) key += separatorKey(text.slice(endOf(words[i + n - 2]!), words[i + n - 1]!.index)) + lower[i + n - 1];
          const named = proseNames.get(key);
          if (named) [matched, slug] = [n, named];
        }
        if (slug) {
          const start = words[i]!.index;
          matches.push({ index: start, text: text.slice(start, endOf(words[i + matched - 1]!)), slug });
        }
        i += matched || 1;
      }
      if (found.size >= FOUND_CACHE_LIMIT) found.clear();
      found.set(text, matches);
      return matches;
    },
  };
}
