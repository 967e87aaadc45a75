/**
 * The site's data for other tools, as a reader's software gets it from the built site: the Atom
 * feed (/feed.xml) and every page's link to it, the glossary as data (/glossary.json) against its
 * JSON Schema, and the schema.org set the term pages belong to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { schemaErrors } from '../json-schema';
import { allTermSources, type TermSource } from './content';

const DIST = new URL('../../dist/', import.meta.url);
const SCHEMA = JSON.parse(readFileSync(new URL('../../src/glossary/pages/glossary-data.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link', 'category'].includes(name) });
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const text = (node: unknown) => (typeof node === 'object' && node !== null ? (node as Node)['#text'] : node);

/** The day an author wrote in a term's frontmatter (the YAML reader leaves dates as text). */
const updatedOf = (term: TermSource) => String((term as TermSource & { updated: unknown }).updated).slice(0, 10);

test.describe('Atom feed', () => {
  test('is an Atom 1.0 feed with the elements RFC 4287 requires, entries newest first', async ({ request }) => {
    const response = await request.get('/feed.xml');
    expect(response.status()).toBe(200);
    const { feed } = parser.parse(await response.text()) as { feed: Node };
    expect(feed['xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated']) expect(feed[field], field).toBeTruthy();
    expect(feed['updated']).toMatch(ISO_DATE_TIME);
    expect((feed['author'] as Node)['name']).toBeTruthy();
    const self = (feed['link'] as Node[]).find((l) => l['rel'] === 'self');
    expect(self?.['href']).toMatch(/^https?:\/\/[^/]+\/feed\.xml$/);
    const origin = new URL(String(self?.['href'])).origin;

    const entries = feed['entry'] as Node[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(50);
    for (const entry of entries) {
      const id = String(entry['id']);
      expect(text(entry['title']), id).toBeTruthy();
      expect(text(entry['summary']), id).toBeTruthy();
      expect(entry['updated'], id).toMatch(ISO_DATE_TIME);
      expect(entry['category'], id).not.toHaveLength(0);
      // Absolute links on the site's origin, to pages that exist in the build.
      const [link] = entry['link'] as Node[];
      const href = new URL(String(link?.['href']));
      expect(href.origin, id).toBe(origin);
      expect(new URL(id).origin, id).toBe(origin);
      expect(readdirSync(new URL(`.${href.pathname}`, DIST)), id).toContain('index.html');
    }
    expect(new Set(entries.map((e) => e['id'])).size).toBe(entries.length);
    const dates = entries.map((e) => Date.parse(String(e['updated'])));
    expect(dates).toEqual(dates.toSorted((a, b) => b - a));
    expect(Date.parse(String(feed['updated']))).toBe(dates[0]);
  });

  test('the newest terms are in it: no term newer than its oldest entry is left out', async ({ request }) => {
    const { feed } = parser.parse(await (await request.get('/feed.xml')).text()) as { feed: Node };
    const entries = feed['entry'] as Node[];
    const paths = new Set(entries.map((e) => new URL(String(e['id'])).pathname));
    const terms = allTermSources().map((t) => ({ path: `/glossary/${t.slug}/`, updated: updatedOf(t) }));
    const newest = terms.map((t) => t.updated).toSorted().at(-1)!;
    expect(String(entries[0]?.['updated']).slice(0, 10) >= newest).toBe(true);
    // The newest term is in it (one of them, when more than the feed holds share the newest day).
    expect(terms.some((t) => t.updated === newest && paths.has(t.path))).toBe(true);
    const cutoff = String(entries.at(-1)?.['updated']).slice(0, 10);
    expect(terms.filter((t) => t.updated > cutoff && !paths.has(t.path)).map((t) => t.path)).toEqual([]);
  });

  test('every page’s <head> links it', async ({ page, request }) => {
    for (const path of ['/', '/glossary/', '/glossary/session/']) {
      await page.goto(path);
      const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      await expect(link, path).toHaveCount(1);
      await expect(link, path).toHaveAttribute('title', /\S/);
      const href = await link.evaluate((l) => (l as HTMLLinkElement).href);
      expect(new URL(href).pathname).toBe('/feed.xml');
      expect((await request.get(href)).status()).toBe(200);
    }
  });
});

test.describe('glossary data', () => {
  test('/glossary.json matches its JSON Schema and holds every term', async ({ request }) => {
    const response = await request.get('/glossary.json');
    expect(response.status()).toBe(200);
    const data = (await response.json()) as { version: number; terms: { slug: string; url: string; relatedTerms: string[]; updated: string }[] };
    expect(schemaErrors(SCHEMA, data, { closed: true })).toEqual([]);
    expect(data.version).toBe(1);
    const sources = allTermSources();
    expect(data.terms.map((t) => t.slug).toSorted()).toEqual(sources.map((t) => t.slug).toSorted());
    const slugs = new Set(data.terms.map((t) => t.slug));
    for (const term of data.terms) {
      expect(new URL(term.url).pathname, term.slug).toBe(`/glossary/${term.slug}/`);
      expect(term.relatedTerms.filter((s) => !slugs.has(s)), term.slug).toEqual([]);
    }
    const updated = Object.fromEntries(sources.map((t) => [t.slug, updatedOf(t)]));
    expect(Object.fromEntries(data.terms.map((t) => [t.slug, t.updated]))).toEqual(updated);
  });
});

test.describe('schema.org DefinedTermSet', () => {
  const jsonLd = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Node);

  test('the A–Z index’s set is the set every term page’s DefinedTerm is in', async ({ page }) => {
    await page.goto('/glossary/');
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((b) => JSON.parse(b) as Node);
    const set = blocks.find((b) => b['@type'] === 'DefinedTermSet');
    expect(set?.['@id']).toMatch(/^https?:\/\/[^/]+\/glossary\/$/);

    const slugs = allTermSources().map((t) => t.slug);
    const inSets = slugs.map((slug) => {
      const term = jsonLd(readFileSync(new URL(`glossary/${slug}/index.html`, DIST), 'utf8')).find((b) => b['@type'] === 'DefinedTerm');
      return [slug, (term?.['inDefinedTermSet'] as Node | undefined)?.['@id']];
    });
    expect(inSets.filter(([, id]) => id !== set?.['@id'])).toEqual([]);
    // The set names each term by the URL that is the term's own @id.
    const listed = new Set((set?.['hasDefinedTerm'] as Node[]).map((d) => d['url']));
    expect(slugs.filter((slug) => !listed.has(new URL(`/glossary/${slug}/`, String(set?.['@id'])).href))).toEqual([]);
  });
});
