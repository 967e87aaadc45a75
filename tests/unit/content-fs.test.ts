import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentSignature, live, liveLinkIndex, readCategorySlugs, readContent, readTermNames } from '../../src/glossary/content-fs';

let root: string;
const termFile = (title: string, aliases = '[]') =>
  `---\ntitle: ${title}\nsummary: A short summary of the term.\ncategories: [analytics]\naliases: ${aliases}\nplainEnglish: Plain.\nupdated: 2026-11-27\n---\n## Definition\n`;
const write = (path: string, text: string, mtime?: number) => {
  writeFileSync(join(root, path), text);
  if (mtime !== undefined) utimesSync(join(root, path), mtime, mtime);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-fs-'));
  for (const folder of ['terms', 'guides', 'services']) mkdirSync(join(root, 'content', folder), { recursive: true });
  write('content/categories.yaml', 'analytics: {title: Analytics, description: Counting.}\n');
  write('content/terms/session.mdx', termFile('Session', '[visit]'), 1000);
  write('content/terms/user.mdx', '---\ntitle: User\nsummary: [broken\n---\n');
  write('content/terms/notes.txt', 'not content');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('reading content/ from disk', () => {
  it('reads every .mdx file under its folder, sorted, and categories.yaml', () => {
    const content = readContent(root);
    expect(content.files).toEqual(['content/terms/session.mdx', 'content/terms/user.mdx']);
    expect(content.input.terms.map((t) => [t.slug, t.data.title])).toEqual([['session', 'Session'], ['user', 'user']]);
    expect(content.schemaIssues.map((i) => `${i.file}:${i.line}`)).toEqual(['content/terms/user.mdx:3']);
    expect(readCategorySlugs(root)).toEqual(['analytics']);
  });

  it('gives new-term every term’s names, broken files included', () => {
    expect(readTermNames(root)).toEqual([
      { file: 'content/terms/session.mdx', slug: 'session', title: 'Session', aliases: ['visit'] },
      { file: 'content/terms/user.mdx', slug: 'user', title: 'user', aliases: [] },
    ]);
  });

  it('signs the files with their names and modification times', () => {
    const before = contentSignature(root);
    write('content/terms/session.mdx', termFile('Session'), 2000);
    expect(contentSignature(root)).not.toBe(before);
    expect(contentSignature(root)).toMatch(/^content\/terms\/session\.mdx:2000000\|content\/terms\/user\.mdx:\d+(\.\d+)?\|content\/categories\.yaml:\d+(\.\d+)?$/);
  });
});

describe('live content', () => {
  it('computes once while nothing changes, again after a file changes, and keeps errors the same way', () => {
    let runs = 0;
    const compute = () => {
      runs++;
      if (runs === 2) throw new Error(`run ${runs}`);
      return runs;
    };
    expect([live('test', compute, root, 0), live('test', compute, root, 0)]).toEqual([1, 1]);
    write('content/terms/session.mdx', termFile('Session'), 3000);
    expect(() => live('test', compute, root, 0)).toThrow('run 2');
    expect(() => live('test', compute, root, 0)).toThrow('run 2');
    write('content/terms/session.mdx', termFile('Session'), 4000);
    expect(live('test', compute, root, 0)).toBe(3);
  });

  it('does not look at the files again within the check interval', () => {
    let runs = 0;
    expect(live('interval', () => ++runs, root, 60_000)).toBe(1);
    write('content/terms/session.mdx', termFile('Session'), 5000);
    expect(live('interval', () => ++runs, root, 60_000)).toBe(1);
  });

  it('links by the names on disk, picking up an edited alias', () => {
    const index = liveLinkIndex(root, 0);
    expect([index().resolve('visit'), index().resolve('user'), index().resolve('sessions')]).toEqual(['session', 'user', undefined]);
    write('content/terms/session.mdx', termFile('Session', '[sessions]'), 6000);
    expect([index().resolve('visit'), index().resolve('sessions')]).toEqual([undefined, 'session']);
  });
});
