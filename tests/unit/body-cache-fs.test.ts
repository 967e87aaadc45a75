import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasRenderedBody, pruneRenderedBodies, readRenderedBody, storedBody, writeRenderedBody } from '../../src/glossary/body-cache-fs';

describe('rendered bodies kept between builds', () => {
  const root = mkdtempSync(join(tmpdir(), 'lexicon-bodies-'));
  const body = { html: '<h2 id="definition">Definition</h2>\n<p>A visit.</p>', headings: [{ depth: 2, slug: 'definition', text: 'Definition' }] };

  it('writes, finds and reads a body by collection and digest', () => {
    expect(hasRenderedBody('terms', 'abc', root)).toBe(false);
    writeRenderedBody('terms', 'abc', body, root);
    expect(hasRenderedBody('terms', 'abc', root)).toBe(true);
    expect(hasRenderedBody('guides', 'abc', root)).toBe(false);
    expect(readRenderedBody('terms', 'abc', root)).toEqual(body);
  });

  it('gives an entry its stored body by the digest in its data, and none to an MDX entry', () => {
    expect(storedBody({ collection: 'terms', data: { body: 'abc' } }, root)).toEqual(body);
    expect(storedBody({ collection: 'terms', data: { title: 'Session' } }, root)).toBeUndefined();
  });

  it('reads a page\'s body once however often the page asks, and another entry\'s body from its own file', () => {
    const other = { html: '<p>A bounce.</p>', headings: [] };
    writeRenderedBody('terms', 'def', other, root);
    const first = storedBody({ collection: 'terms', data: { body: 'abc' } }, root);
    expect(storedBody({ collection: 'terms', data: { body: 'abc' } }, root)).toBe(first);
    expect(storedBody({ collection: 'terms', data: { body: 'def' } }, root)).toEqual(other);
  });

  it('still has a page\'s body when other pages rendered meanwhile ask for theirs', () => {
    const first = storedBody({ collection: 'terms', data: { body: 'abc' } }, root);
    for (let page = 0; page < 8; page++) {
      writeRenderedBody('terms', `page-${page}`, { html: `<p>${page}</p>`, headings: [] }, root);
      storedBody({ collection: 'terms', data: { body: `page-${page}` } }, root);
    }
    expect(storedBody({ collection: 'terms', data: { body: 'abc' } }, root)).toBe(first);
  });

  it('removes the bodies no entry uses any more', () => {
    writeRenderedBody('terms', 'old', body, root);
    pruneRenderedBodies('terms', new Set(['abc']), root);
    expect(readdirSync(join(root, '.astro/cache/lexicon-bodies/terms'))).toEqual(['abc.json']);
    pruneRenderedBodies('services', new Set(), root);
  });
});
