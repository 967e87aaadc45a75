import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/glossary/content-check';
import { RULES } from '../../src/glossary/rules';
import { SEED_SENTENCE_HASHES } from '../../src/glossary/seed-hashes';
import { SEED_PAGE, seedHashes, seedHashModule, seedSentences } from '../../scripts/lib/seed-page';
import { contentOf, guide, lintInput } from './lint-fixtures';

/** A made-up page in the scrape's format: one flattened preview of the term "Tap". */
const SCRAPE = [
  'Heading',
  'A visit is one glossaryTapTap refers to a touch on a screen by a finger or a stylus.Open glossary term in an app by one person today.',
  'Too short to matter here.',
].join('\n');

const seedPath = new URL(`../../${SEED_PAGE}`, import.meta.url);
const seedPage = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : undefined;

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

  it.skipIf(!seedPage)('has its stored hashes in step with the page beside the repository', () => {
    expect(SEED_SENTENCE_HASHES).toEqual(seedHashes(seedPage!));
  });

  it.skipIf(!seedPage)('is caught by the rule table when one of its sentences is pasted into a guide', () => {
    const pasted = seedSentences(seedPage!)[0]!.join(' ');
    const content = contentOf(lintInput({ guides: [guide('basics', ['session', 'user'], `${pasted}.`)] }));
    const problems = checkContent(content, RULES.filter((r) => r.name === 'seed-copy')).problems;
    expect(problems.map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual(['content/guides/basics.mdx:1 seed-copy']);
  });
});
