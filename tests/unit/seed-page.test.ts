import { describe, expect, it } from 'vitest';
import { seedHashes, seedHashModule, seedSentences } from '../../scripts/lib/seed-page';

/** A made-up page in the scrape's format: one flattened preview of the term "Tap". */
const SCRAPE = [
  'Heading',
  'A visit is one glossaryTapTap refers to a touch on a screen by a finger or a stylus.Open glossary term in an app by one person today.',
  'Too short to matter here.',
].join('\n');

describe('the seed page', () => {
  it('reads a flattened preview as its linked word, and its definition as a sentence of its own', () => {
    expect(seedSentences(SCRAPE).map((words) => words.join(' '))).toEqual([
      'a visit is one tap in an app by one person today',
      'tap refers to a touch on a screen by a finger or a stylus',
    ]);
  });

  it('writes the hashes as a module with a note on where they came from', () => {
    expect(seedHashModule(seedHashes(SCRAPE))).toMatch(
      /^\/\/ SHA-256 of each normalised sentence \(8\+ words\) of the third party's seed page shared\/seed\/session-term-page\.txt; regenerate with `npm run seed-hashes`\.\nexport const SEED_SENTENCE_HASHES: readonly string\[\] = \[\n {2}'[0-9a-f]{64}',\n {2}'[0-9a-f]{64}',\n\];\n$/,
    );
  });
});
