import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sentenceWords } from '../../src/glossary/prose';
import { seedCopies, sentenceHash, sharedSentences } from '../../src/glossary/rules-originality';
import { SEED_SENTENCE_HASHES } from '../../src/glossary/seed-hashes';
import { contextOf, goodTerms, lintInput } from './lint-fixtures';

/** The good glossary with a sentence replacing "It is often misread." in the named terms' bodies (file line 11). */
const saying = (sentences: Record<string, string>) =>
  contextOf(lintInput({ terms: goodTerms().map((t) => ({ ...t, body: t.body.replace('It is often misread.', sentences[t.slug] ?? 'It is often misread.') })) }));
const where = (issues: { file: string; line?: number; field?: string }[]) => issues.map((i) => `${i.file}:${i.line ?? i.field}`);

describe('shared-sentence', () => {
  const SHARED = 'Every tool counts this one a little differently, so compare like with like.';

  it('reports each place of a sentence shared by three terms, naming the other two', () => {
    const issues = sharedSentences(saying({ session: SHARED, user: SHARED.toUpperCase(), event: SHARED.replace(',', '') }));
    expect(where(issues)).toEqual(['content/terms/session.mdx:11', 'content/terms/user.mdx:11', 'content/terms/event.mdx:11']);
    expect(issues[1]!.message).toBe(
      `the sentence "${SHARED.toUpperCase()}" also appears in content/terms/session.mdx:11, content/terms/event.mdx:11; write it for this term`,
    );
  });

  it('leaves a sentence repeated within one term, and sentences under 8 words, to the author', () => {
    expect(sharedSentences(saying({ session: `${SHARED} ${SHARED}` }))).toEqual([]);
    expect(sharedSentences(saying({ session: 'Compare like with like, every single time.', user: 'Compare like with like, every single time.' }))).toEqual([]);
  });

  it('lets a quotation recur, but not the sentence around it', () => {
    const quote = '"any freely given, specific, informed and unambiguous indication of the data subject\'s wishes"';
    expect(sharedSentences(saying({ session: `Consent is ${quote}.`, user: `Article 4 defines it as ${quote}.` }))).toEqual([]);
    const around = `Article 4 of the regulation defines consent as ${quote} here.`;
    expect(where(sharedSentences(saying({ session: around, user: around.replace(quote, '“a different quotation”') })))).toEqual([
      'content/terms/session.mdx:11',
      'content/terms/user.mdx:11',
    ]);
  });

  it('long excerpts end in an ellipsis', () => {
    const long = `${'This sentence goes on and on '.repeat(6)}until it ends.`;
    const [issue] = sharedSentences(saying({ session: long, user: long }));
    expect(issue!.message).toMatch(/^the sentence "This sentence goes on and on .{80,}…" also appears in content\/terms\/user\.mdx:11; write it for this term$/);
  });
});

describe('seed-copy', () => {
  const MINE = 'A sentence written for this test stands in for the seed page here.';

  it('hashes the normalised words joined by single spaces with SHA-256', () => {
    expect(sentenceHash(sentenceWords(MINE))).toBe(createHash('sha256').update('a sentence written for this test stands in for the seed page here').digest('hex'));
  });

  it('catches a sentence whose hash is listed, however it is cased, linked or quoted, in any field or body', () => {
    const check = seedCopies([sentenceHash(sentenceWords(MINE))]);
    const context = saying({ user: `“${MINE.replace('test', '[[event|test]]')}”` });
    expect(check(context)).toEqual([
      { file: 'content/terms/user.mdx', line: 11, message: `the sentence "“${MINE}”" is copied from the third party's seed page; write it in your own words` },
    ]);
    const withField = saying({});
    withField.input.terms[0]!.data.plainEnglish = MINE.toLowerCase();
    expect(where(check(withField))).toEqual(['content/terms/session.mdx:plainEnglish']);
    expect(check(saying({ user: MINE.replace('here', 'today') }))).toEqual([]);
  });

  it('keeps only hashes in the repository: distinct, sorted SHA-256 digests', () => {
    expect(SEED_SENTENCE_HASHES.length).toBeGreaterThan(0);
    expect(SEED_SENTENCE_HASHES.filter((h) => !/^[0-9a-f]{64}$/.test(h))).toEqual([]);
    expect([...new Set(SEED_SENTENCE_HASHES)].sort()).toEqual(SEED_SENTENCE_HASHES);
  });
});
