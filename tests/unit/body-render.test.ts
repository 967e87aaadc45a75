import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeRenderedBody } from '../../src/glossary/body-cache-fs';
import { bodyDigest, entryBody, renderBody, shareBodyRenderer, type BodyRenderer } from '../../src/glossary/body-render';
import { forgetContentSignature } from '../../src/glossary/content-fs';

/** A renderer that says what it was given, and counts its renders. */
function fakeRenderer(): BodyRenderer & { sources: string[] } {
  const sources: string[] = [];
  return {
    sources,
    base: '/',
    generateDigest: (text) => `d${[...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(16)}`,
    renderMarkdown: async (source) => {
      sources.push(source);
      return { html: `<p>${source.split('\n').pop()}</p>`, metadata: { headings: [{ depth: 2, slug: 'definition', text: 'Definition' }] } };
    },
  };
}

const input = (body: string, autolink?: boolean) => ({ entry: { filePath: 'content/terms/session.mdx', body, data: autolink === undefined ? {} : { autolink } }, bodyLine: 3 });

describe('bodyDigest', () => {
  const renderer = fakeRenderer();
  it('changes with the body, its first line, its autolink switch and the names it links to, and only with them', () => {
    const base = bodyDigest(renderer, input('A visit.'), 'names').digest;
    expect(bodyDigest(renderer, input('A visit.'), 'names').digest).toBe(base);
    expect(bodyDigest(renderer, input('A visit.', true), 'names').digest).toBe(base);
    expect(bodyDigest(renderer, input('A visit!'), 'names').digest).not.toBe(base);
    expect(bodyDigest(renderer, input('A visit.', false), 'names').digest).not.toBe(base);
    expect(bodyDigest(renderer, { ...input('A visit.'), bodyLine: 4 }, 'names').digest).not.toBe(base);
    expect(bodyDigest(renderer, input('A visit.'), 'other names').digest).not.toBe(base);
  });

  it('hands the renderer the body on its own line number, with autolink: false as frontmatter', () => {
    expect(bodyDigest(renderer, input('A visit.'), 'names').source).toBe('---\n---\n\nA visit.');
    expect(bodyDigest(renderer, input('A visit.', false), 'names').source).toBe('---\nautolink: false\n---\n\nA visit.');
  });
});

describe('renderBody', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'body-render-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('renders a body once per digest', async () => {
    const renderer = fakeRenderer();
    const first = await renderBody(renderer, 'terms', input('A visit.'), 'names', root);
    const again = await renderBody(renderer, 'terms', input('A visit.'), 'names', root);
    const edited = await renderBody(renderer, 'terms', input('A visit to a site.'), 'names', root);
    expect([first.rendered, again.rendered, edited.rendered]).toEqual([true, false, true]);
    expect(again.digest).toBe(first.digest);
    expect(renderer.sources).toEqual(['---\n---\n\nA visit.', '---\n---\n\nA visit to a site.']);
  });
});

describe('entryBody', () => {
  let root: string;
  const term = (body: string) => `---\ntitle: Session\nsummary: A short summary of the term.\ncategories: [analytics]\naliases: []\nplainEnglish: Plain.\nupdated: 2026-11-27\n---\n${body}`;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'body-render-live-'));
    mkdirSync(join(root, 'content/terms'), { recursive: true });
    for (const folder of ['guides', 'services']) mkdirSync(join(root, 'content', folder));
    writeFileSync(join(root, 'content/categories.yaml'), 'analytics: {title: Analytics, description: Counting.}\n');
  });
  afterEach(() => {
    shareBodyRenderer(undefined);
    rmSync(root, { recursive: true, force: true });
  });

  it('in a build, reads the body the loader rendered, named by the entry’s data', async () => {
    writeRenderedBody('terms', 'abc', { html: '<p>Stored.</p>', headings: [] }, root);
    expect(await entryBody({ collection: 'terms', id: 'session', data: { body: 'abc' } }, root)).toEqual({ html: '<p>Stored.</p>', headings: [] });
    expect(await entryBody({ collection: 'terms', id: 'session', data: {} }, root)).toBeUndefined();
  });

  it('in astro dev, renders the body as the file on disk has it now, and leaves MDX bodies to Astro', async () => {
    const renderer = fakeRenderer();
    shareBodyRenderer(renderer);
    const entry = { collection: 'terms', id: 'session', data: {} };
    writeFileSync(join(root, 'content/terms/session.mdx'), term('A visit.'));
    forgetContentSignature(root);
    expect((await entryBody(entry, root))?.html).toBe('<p>A visit.</p>');
    writeFileSync(join(root, 'content/terms/session.mdx'), term('A visit to a site.'));
    forgetContentSignature(root);
    expect((await entryBody(entry, root))?.html).toBe('<p>A visit to a site.</p>');
    expect(renderer.sources).toHaveLength(2);
    writeFileSync(join(root, 'content/terms/session.mdx'), term('A visit to <Site />.'));
    forgetContentSignature(root);
    expect(await entryBody(entry, root)).toBeUndefined();
  });
});
