import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsedFiles, readContent, restoreParsedFiles } from '../../src/glossary/content-fs';
import { codeFingerprint, loadDevCache, saveDevCache } from '../../src/glossary/dev-cache';

let root: string;
const termFile = (title: string) =>
  `---\ntitle: ${title}\nsummary: A short summary of the term.\ncategories: [analytics]\naliases: []\nplainEnglish: Plain.\nupdated: 2026-11-27\n---\n## Definition\n`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dev-cache-'));
  for (const folder of ['terms', 'guides', 'services']) mkdirSync(join(root, 'content', folder), { recursive: true });
  writeFileSync(join(root, 'content/categories.yaml'), 'analytics: {title: Analytics, description: Counting.}\n');
  writeFileSync(join(root, 'content/terms/session.mdx'), termFile('Session'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the dev cache on disk', () => {
  it('restores what was parsed, dates included, when the code is the same, and nothing when it differs', () => {
    const file = join(root, '.astro/cache/lexicon-dev-content.bin');
    const parsed = readContent(root).input.terms[0];
    saveDevCache(file, 'code-a', root);
    restoreParsedFiles(new Map(), root);

    expect(loadDevCache(file, 'code-b', root)).toBe(false);
    expect(parsedFiles(root).size).toBe(0);

    expect(loadDevCache(file, 'code-a', root)).toBe(true);
    expect(parsedFiles(root).size).toBe(1);
    const restored = readContent(root).input.terms[0];
    expect(restored).toEqual(parsed);
    expect(restored?.data.updated).toBeInstanceOf(Date);
  });

  it('has no cache to restore before one is saved', () => {
    expect(loadDevCache(join(root, 'none.bin'), 'code-a', root)).toBe(false);
  });

  it('fingerprints the code that reads content: the same checkout gives the same hash', () => {
    const here = process.cwd();
    expect(codeFingerprint(here)).toMatch(/^[0-9a-f]{64}$/);
    expect(codeFingerprint(here)).toBe(codeFingerprint(here));
  });
});
