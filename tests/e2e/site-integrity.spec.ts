/**
 * Checks over the built site as files: every link and fragment resolves, every page is reachable
 * and in the sitemap, and the size budgets hold. Bytes are deterministic, so budgets are tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { islandChunks } from '../../scripts/lib/island-chunks.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(DIST);
const htmlFiles = files.filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'));
/** URL path of a built page: dist/glossary/session/index.html → /glossary/session/. */
const urlOf = (file: string) => `/${posix.relative(DIST, file).replace(/index\.html$/, '')}`;
const pages = new Map(htmlFiles.map((f) => [urlOf(f), readFileSync(f, 'utf8')]));
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

function hrefs(html: string): string[] {
  // Only real links: <a href> in the page body, not <link> tags or text inside JSON.
  return [...html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

function resolve(from: string, href: string): URL {
  return new URL(href, `http://site${from}`);
}

function exists(path: string): boolean {
  if (pages.has(path)) return true;
  return files.includes(join(DIST, decodeURIComponent(path)));
}

test('every internal link and #fragment resolves', () => {
  const broken: string[] = [];
  for (const [page, html] of pages) {
    if (page === '/404.html') continue;
    for (const href of hrefs(html)) {
      if (/^(https?:|mailto:)/.test(href) && !href.includes('localhost')) continue;
      const url = resolve(page, href);
      if (url.host !== 'site') {
        broken.push(`${page} → ${href} (points at another host)`);
        continue;
      }
      if (!exists(url.pathname)) broken.push(`${page} → ${href}`);
      else if (url.hash && !ids(pages.get(url.pathname) ?? '').has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${page} → ${href} (no such fragment)`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('no page links to localhost', () => {
  const offenders = [...pages].filter(([, html]) => /https?:\/\/(localhost|127\.0\.0\.1)/.test(html)).map(([p]) => p);
  expect(offenders).toEqual([]);
});

test('every page is reachable from the home page and listed in the sitemap', () => {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length) {
    const page = queue.shift()!;
    for (const href of hrefs(pages.get(page) ?? '')) {
      const url = resolve(page, href);
      if (url.host === 'site' && pages.has(url.pathname) && !seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  const content = [...pages.keys()].filter((p) => p !== '/404.html');
  expect(content.filter((p) => !seen.has(p))).toEqual([]);
  const sitemap = files.filter((f) => /sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(f, 'utf8')).join('');
  const listed = new Set([...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]!));
  expect(content.filter((p) => !listed.has(p))).toEqual([]);
});

test('every image has width and height', () => {
  const missing = [...pages].flatMap(([page, html]) =>
    [...html.matchAll(/<img\b[^>]*>/g)].filter((m) => !/\swidth=/.test(m[0]) || !/\sheight=/.test(m[0])).map((m) => `${page}: ${m[0]}`),
  );
  expect(missing).toEqual([]);
});

/** Module scripts a page loads before any interaction: its <script src>s and their static imports. */
function initialScripts(html: string): Map<string, string> {
  const loaded = new Map<string, string>();
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  // Inline module scripts (small ones Astro inlines) count too, as do their imports.
  const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  inline.forEach((code, i) => loaded.set(`inline-${i}`, code));
  for (const code of inline) for (const m of code.matchAll(/from\s*"([^"]+\.js)"|import\s*"([^"]+\.js)"/g)) queue.push(m[1] ?? m[2]!);
  while (queue.length) {
    const src = queue.shift()!;
    const path = new URL(src, 'http://site/').pathname;
    if (loaded.has(path)) continue;
    const code = readFileSync(join(DIST, path), 'utf8');
    loaded.set(path, code);
    // Static imports only (and a facade chunk's re-exports): dynamic import() waits for an
    // interaction (search, recorder opt-in).
    for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) {
      queue.push(new URL(m[1]!, `http://site${path}`).pathname);
    }
  }
  return loaded;
}

test.describe('size budgets', () => {
  const terms = [...pages.keys()].filter((p) => /^\/glossary\/(?!category\/)[^/]+\/$/.test(p));

  test('term page HTML ≤ 14 KB gzip', () => {
    const over = terms.map((p) => ({ page: p, gzip: gz(pages.get(p)!) })).filter((x) => x.gzip > 14 * 1024);
    expect(over).toEqual([]);
  });

  test('preview data grows a term page’s HTML by at most 15 %', () => {
    const over = terms.flatMap((p) => {
      const html = pages.get(p)!;
      const start = html.indexOf('<div id="term-previews"');
      if (start < 0) return [];
      const end = html.indexOf('<p class="previews-setting');
      const without = html.slice(0, start) + html.slice(end);
      const growth = { raw: html.length / without.length - 1, gzip: gz(html) / gz(without) - 1 };
      return growth.raw > 0.15 || growth.gzip > 0.15 ? [`${p}: +${(growth.raw * 100).toFixed(1)} % raw, +${(growth.gzip * 100).toFixed(1)} % gzip`] : [];
    });
    expect(over).toEqual([]);
  });

  test('a term page without the demo loads ≤ 5 KB gzip of JavaScript before interaction', () => {
    const withoutDemo = terms.filter((p) => !pages.get(p)!.includes('<astro-island'));
    expect(withoutDemo).not.toHaveLength(0);
    const over = withoutDemo.flatMap((page) => {
      const scripts = initialScripts(pages.get(page)!);
      const total = [...scripts.values()].reduce((sum, code) => sum + gz(code), 0);
      return total > 5 * 1024 ? [`${page}: ${total} B gzip (${[...scripts.keys()].join(', ')})`] : [];
    });
    expect(over).toEqual([]);
  });

  test('CSS ≤ 12 KB gzip on every page type', () => {
    for (const page of ['/', '/glossary/', '/glossary/session/', '/guides/measuring-a-website/', '/search/', '/demos/session/']) {
      const html = pages.get(page)!;
      const linked = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1]!), 'utf8'));
      const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      const total = gz([...linked, ...inline].join('\n'));
      expect(total, page).toBeLessThanOrEqual(12 * 1024);
      // One render-blocking stylesheet, cached for the whole visit.
      expect(linked, page).toHaveLength(1);
    }
  });

  // Every chunk the demo causes a reader to download, counted as `npm run island-size` counts it:
  // React, the island's component and every chunk they import, statically (on scroll-in) or through
  // import() (once the reader opts in, or storage is refused), the recorder and the storage notice
  // included. Chunks every page loads before any interaction (the BaseLayout page script's static
  // imports) are not caused by the demo and are left out.
  test('every chunk the session demo causes a reader to download (React, scroll-in and opt-in; not what every page already loads) ≤ 80 KB gzip', () => {
    const chunks = islandChunks(DIST, '/demos/session/');
    const counted = [...chunks].filter(([, chunk]) => chunk.counted);
    const total = counted.reduce((sum, [, chunk]) => sum + gz(chunk.code), 0);
    expect(counted.some(([path]) => /\/client\.[^/]+\.js$/.test(path)), 'React’s renderer is counted').toBe(true);
    expect(counted.some(([path]) => /\/SessionDemo\.[^/]+\.js$/.test(path)), 'the island’s own chunk is counted').toBe(true);
    expect(counted.some(([, chunk]) => chunk.loads === 'opt-in'), 'what loads on opt-in is counted').toBe(true);
    // What is left out really is on every page: a term page without the demo loads it too.
    const plainPage = initialScripts(pages.get('/glossary/p-value/')!);
    expect([...chunks].filter(([path, chunk]) => !chunk.counted && !plainPage.has(path)).map(([path]) => path)).toEqual([]);
    expect(total, counted.map(([path, chunk]) => `${path} ${gz(chunk.code)} B (${chunk.loads})`).join(', ')).toBeLessThanOrEqual(80 * 1024);
  });
});
