import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getGlossary } from '../../src/glossary/load';

let root: string;
const SECTIONS = '## Definition\n\nText.\n\n## In practice\n\nText.\n\n## The reality\n\nText.\n';
const term = (title: string, extra = '') =>
  `---\ntitle: ${title}\nsummary: A short summary.\ncategories: [analytics]\nplainEnglish: Plain.\nupdated: 2026-11-27\n${extra}---\n${SECTIONS}`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'load-'));
  for (const folder of ['terms', 'guides', 'services']) mkdirSync(join(root, 'content', folder), { recursive: true });
  writeFileSync(join(root, 'content/categories.yaml'), 'analytics: {title: Analytics, description: Counting.}\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the glossary pages read', () => {
  it('is built from content/ by the reader', async () => {
    writeFileSync(join(root, 'content/terms/session.mdx'), term('Session'));
    expect((await getGlossary(root)).terms.map((t) => t.data.title)).toEqual(['Session']);
  });

  it('fails with every build problem of content/ at once', async () => {
    writeFileSync(join(root, 'content/terms/session.mdx'), term('Session', 'related:\n  terms: [usr]\n'));
    writeFileSync(join(root, 'content/terms/user.mdx'), term('User').replace('title: User\n', ''));
    await expect(getGlossary(root)).rejects.toThrow(
      [
        'Content has 2 problems:',
        '  content/terms/session.mdx › related.terms[0]: unknown term "usr" — did you mean "user"? (unknown-reference)',
        '  content/terms/user.mdx › title: is required (see src/glossary/schema.ts) (schema)',
      ].join('\n'),
    );
  });
});
