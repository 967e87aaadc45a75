/**
 * Link cards as a chat app or social site reads them from the built site: every page names a
 * 1200×630 PNG in absolute Open Graph tags and asks for the large Twitter card; term, guide,
 * category and service pages (and the indexes) get their own image, the rest the site's; the
 * image files exist and are the size the tags say; a real browser decodes them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { allTermSources, categoryTitles } from './content';

const DIST = new URL('../../dist/', import.meta.url).pathname;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The page's site path, as its canonical URL names it. */
const pathOf = (file: string) => `/${relative(DIST, file)}`.replace(/index\.html$/, '').replace(/\.html$/, '/');

const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The page's Open Graph and Twitter meta tags, by property or name. */
function metaTags(html: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const [tag] of html.matchAll(/<meta\s[^>]*>/g)) {
    const key = /(?:property|name)="((?:og|twitter):[^"]+)"/.exec(tag)?.[1];
    const content = /content="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined) tags.set(key, [...(tags.get(key) ?? []), decode(content)]);
  }
  return tags;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 8)], `${file} is a PNG`).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const pages = htmlFiles(DIST).map((file) => ({ file, path: pathOf(file), tags: metaTags(readFileSync(file, 'utf8')) }));
const one = (tags: Map<string, string[]>, key: string) => {
  const values = tags.get(key) ?? [];
  expect(values, `exactly one ${key}`).toHaveLength(1);
  return values[0]!;
};

/** Pages that show a card of their own, by the path patterns of their kinds. */
const OWN_CARD = [/^\/$/, /^\/glossary\/$/, /^\/guides\/$/, /^\/services\/$/, /^\/glossary\/(?!letter\/|category\/)[^/]+\/$/, /^\/guides\/[^/]+\/$/, /^\/services\/[^/]+\/$/, /^\/glossary\/category\/[^/]+\/$/];

test.describe('link cards', () => {
  test('every page has absolute Open Graph tags, the large Twitter card and an image of the stated size', () => {
    expect(pages.length).toBeGreaterThan(400);
    const sizes = new Map<string, { width: number; height: number }>();
    // Problems are collected and compared once: thousands of separate expects are slow.
    const problems: string[] = [];
    const check = (ok: boolean, problem: string) => ok || problems.push(problem);
    for (const { path, tags } of pages) {
      for (const [key, values] of tags) if (key !== 'og:locale' && values.length !== 1) problems.push(`${path}: ${values.length} × ${key}`);
      const value = (key: string) => tags.get(key)?.[0] ?? '';
      for (const key of ['og:title', 'og:description', 'og:type', 'og:image:alt']) check(value(key) !== '', `${path}: no ${key}`);
      check(value('twitter:card') === 'summary_large_image', `${path}: twitter:card ${value('twitter:card')}`);
      check(value('og:image:type') === 'image/png', `${path}: og:image:type ${value('og:image:type')}`);
      const image = new URL(value('og:image'), 'relative:/');
      check(image.protocol === 'https:', `${path}: og:image ${value('og:image')} is not absolute`);
      check(/^\/og\/[a-z0-9-]+-[0-9a-f]{12}\.png$/.test(image.pathname), `${path}: og:image ${image.pathname}`);
      const file = join(DIST, image.pathname);
      if (!sizes.has(file)) sizes.set(file, pngSize(file));
      const size = sizes.get(file)!;
      check(size.width === 1200 && size.height === 630, `${path}: ${image.pathname} is ${size.width}×${size.height}`);
      check(Number(value('og:image:width')) === size.width && Number(value('og:image:height')) === size.height, `${path}: og:image:width/height do not match the file`);
      if (!path.includes('404')) check(value('og:url') === `${image.origin}${path}`, `${path}: og:url ${value('og:url')}`);
    }
    expect(problems).toEqual([]);
  });

  test('term, guide, category and service pages and the indexes each have their own image; the output holds no other', () => {
    const own = pages.filter((p) => OWN_CARD.some((pattern) => pattern.test(p.path)));
    const images = own.map((p) => one(p.tags, 'og:image'));
    expect(own.length).toBeGreaterThan(allTermSources().length);
    expect(new Set(images).size, 'one image per page').toBe(own.length);
    const named = new Set(pages.map((p) => new URL(one(p.tags, 'og:image')).pathname.slice('/og/'.length)));
    expect(readdirSync(join(DIST, 'og')).sort()).toEqual([...named].sort());
  });

  test('a term card names its title, categories and plain-English line', () => {
    const titles = categoryTitles();
    for (const term of allTermSources()) {
      const page = pages.find((p) => p.path === `/glossary/${term.slug}/`)!;
      const alt = one(page.tags, 'og:image:alt');
      expect(alt, term.slug).toContain(`: ${term.title}. `);
      expect(alt, term.slug).toContain(titles[term.categories[0]!]!);
      expect(one(page.tags, 'og:type')).toBe('article');
    }
  });

  test('a browser decodes the images at their full size', async ({ page }) => {
    const samples = ['/glossary/session/', '/guides/measuring-a-website/', '/glossary/category/analytics/', '/'];
    await page.goto('/');
    for (const path of samples) {
      const src = new URL(one(pages.find((p) => p.path === path)!.tags, 'og:image')).pathname;
      const size = await page.evaluate(async (url) => {
        const img = new Image();
        img.src = url;
        await img.decode();
        return { width: img.naturalWidth, height: img.naturalHeight };
      }, src);
      expect(size, path).toEqual({ width: 1200, height: 630 });
    }
  });
});
