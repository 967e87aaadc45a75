import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheChanges } from '../../src/glossary/cache-changes';
import { forgetContentSignature, live, readContent } from '../../src/glossary/content-fs';

let root: string;
const termFile = (title: string) =>
  `---\ntitle: ${title}\nsummary: A short summary of the term.\ncategories: [analytics]\naliases: []\nplainEnglish: Plain.\nupdated: 2026-11-27\n---\n## Definition\n`;
const write = (path: string, text: string) => writeFileSync(join(root, path), text);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-fs-dev-'));
  for (const folder of ['terms', 'guides', 'services']) mkdirSync(join(root, 'content', folder), { recursive: true });
  write('content/categories.yaml', 'analytics: {title: Analytics, description: Counting.}\n');
  write('content/terms/session.mdx', termFile('Session'));
  write('content/terms/user.mdx', termFile('User'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('reading content again after an edit', () => {
  it('parses only the edited file again: the others are the same entries as before', () => {
    const before = readContent(root).input.terms;
    write('content/terms/session.mdx', termFile('Sessions'));
    const after = readContent(root).input.terms;
    expect(after.map((t) => t.data.title)).toEqual(['Sessions', 'User']);
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).toBe(before[1]);
  });

  it('counts a change to the cache only when a file is parsed again (the dev server saves the cache then)', () => {
    readContent(root);
    const before = cacheChanges();
    readContent(root);
    expect(cacheChanges()).toBe(before);
    write('content/terms/user.mdx', termFile('Users'));
    readContent(root);
    expect(cacheChanges()).toBe(before + 1);
  });
});

describe('forgetContentSignature', () => {
  it('makes the next live value look at the files at once, within the check interval', () => {
    let runs = 0;
    expect(live('forget', () => ++runs, root, 60_000)).toBe(1);
    write('content/terms/user.mdx', termFile('Users'));
    expect(live('forget', () => ++runs, root, 60_000)).toBe(1);
    forgetContentSignature(root);
    expect(live('forget', () => ++runs, root, 60_000)).toBe(2);
  });
});
