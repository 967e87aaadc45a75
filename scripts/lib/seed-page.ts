/**
 * The third party's seed page (a plain-text scrape of their Session entry) as the sentences a
 * copy of it would contain, and the module of their hashes that `seed-copy` checks against:
 * the repository keeps the hashes, never the text.
 */
import { sentenceWords, splitSentences } from '../../src/glossary/prose';
import { SENTENCE_MIN_WORDS, sentenceHash } from '../../src/glossary/rules-originality';

/** Where the seed page lies beside the repository (locally and in CI), relative to its root. */
export const SEED_PAGE = '../shared/seed/session-term-page.txt';

/**
 * An inline term preview as the scrape flattened it: "glossary", the linked word, the linked
 * term's definition (which starts with the same word, in any case) and "Open glossary term".
 */
const FLATTENED_PREVIEW = /glossary(.+?)(\1 .+?)Open glossary term/giu;

/**
 * The page's sentences as a reader sees them: each preview reduced to its linked word, and each
 * preview's definition as sentences of its own (it is the third party's text too).
 */
export function seedSentences(page: string): string[][] {
  const definitions: string[] = [];
  const text = page.replace(FLATTENED_PREVIEW, (_, word: string, definition: string) => {
    definitions.push(definition);
    return word;
  });
  return [...text.split('\n'), ...definitions]
    .flatMap((line) => splitSentences(line))
    .map((s) => sentenceWords(s.text))
    .filter((words) => words.length >= SENTENCE_MIN_WORDS);
}

/** The distinct hashes of the page's sentences, sorted so the file changes only when they do. */
export function seedHashes(page: string): string[] {
  return [...new Set(seedSentences(page).map(sentenceHash))].sort();
}

/** The text of `src/glossary/seed-hashes.ts`. */
export function seedHashModule(hashes: readonly string[]): string {
  return [
    `// SHA-256 of each normalised sentence (${SENTENCE_MIN_WORDS}+ words) of the third party's seed page ${SEED_PAGE.replace('../', '')}; regenerate with \`npm run seed-hashes\`.`,
    'export const SEED_SENTENCE_HASHES: readonly string[] = [',
    ...hashes.map((h) => `  '${h}',`),
    '];',
    '',
  ].join('\n');
}
