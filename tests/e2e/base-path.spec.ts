/**
 * The site built under a base path (BASE_PATH=/lexicon/, as GitHub Pages serves a project site),
 * served by `astro preview`, which serves nothing outside the base: scripts/base-path-site.mjs.
 * Every link and asset reachable from the home page resolves under the base, and the scripted
 * parts (search, previews, the category redirect, the session recorder) find their files there.
 */
import { expect, test, type Page } from '@playwright/test';

const BASE = '/lexicon/';
const SITE = 'https://lexicon.example.github.io';

/** URLs an HTML, CSS, XML or JSON file refers to: attributes, CSS url(), feed links and JSON fields. */
function referencesIn(text: string, type: string): string[] {
  const found: string[] = [];
  const patterns = type.includes('html')
    ? [/\s(?:href|src|action|content)="([^"]*)"/g]
    : type.includes('css')
      ? [/url\(["']?([^"')]+)["']?\)/g]
      : type.includes('xml')
        ? [/<loc>([^<]+)<\/loc>/g, /\shref="([^"]*)"/g, /<id>([^<]+)<\/id>/g, /<uri>([^<]+)<\/uri>/g]
        : type.includes('json')
          ? [/"(?:href|url)":"([^"]*)"/g]
          : [];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[1]!.replace(/&amp;/g, '&'));
  return found;
}

/** The site path a reference names, or undefined when it points elsewhere (another site, a fragment, text). */
function internal(ref: string, from: URL): URL | undefined {
  if (ref.startsWith(SITE)) return new URL(ref.slice(SITE.length), from);
  if (!/^(\/|\.\.?\/)/.test(ref) || ref.startsWith('//')) return undefined;
  return new URL(ref, from);
}

test('every link and asset from the home page resolves under the base, and nothing escapes it', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!);
  const seen = new Set<string>([`${BASE}`, `${BASE}sitemap-index.xml`, `${BASE}feed.xml`, `${BASE}glossary.json`, `${BASE}search-terms.json`]);
  const queue = [...seen];
  const broken: string[] = [];
  const escaping = new Set<string>();
  let pages = 0;

  async function visit(path: string) {
    const response = await request.get(new URL(path, origin).href, { maxRedirects: 0 });
    if (response.status() !== 200) return void broken.push(`${path} → ${response.status()}`);
    const type = response.headers()['content-type'] ?? '';
    if (type.includes('html')) pages++;
    if (!/html|css|xml|json/.test(type)) return;
    const from = new URL(path, origin);
    for (const ref of referencesIn(await response.text(), type)) {
      const url = internal(ref, from);
      if (!url) continue;
      if (!url.pathname.startsWith(BASE)) escaping.add(`${ref} (in ${path})`);
      else if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }

  // A few requests at a time: hundreds of pages, each small.
  while (queue.length) await Promise.all(queue.splice(0, 16).map(visit));

  expect([...escaping], 'root-relative or absolute URLs outside the base').toEqual([]);
  expect(broken, 'references that do not resolve').toEqual([]);
  expect(pages).toBeGreaterThan(100);
  // Outside the base there is nothing: a link that escaped it would be a 404 on the real host too.
  expect((await request.get(new URL('/glossary/', origin).href)).status()).toBe(404);
});

/** Console errors and CSP violations, collected for the whole test. */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  return problems;
}

test('search finds a term under the base and its result opens it', async ({ page }) => {
  const problems = problemsOf(page);
  await page.goto(`${BASE}search/?q=session`);
  const first = page.getByRole('listbox', { name: 'Search results' }).locator('a[role="option"].result-main').first();
  await expect(first).toHaveAttribute('href', `${BASE}glossary/session/`);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}glossary/session/$`));
  // Nothing found: the "did you mean" and A–Z links point under the base too.
  await page.goto(`${BASE}search/?q=sesion`);
  const hint = page.locator('.search-page [role="status"]');
  await expect(hint).not.toBeEmpty();
  for (const href of await page.locator('.search-page a:not([role="option"])').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
    expect(href.startsWith(BASE) || href.startsWith('#')).toBe(true);
  expect(problems).toEqual([]);
});

test('a term preview loads its card from the base, and opens the term there', async ({ page }) => {
  const problems = problemsOf(page);
  await page.goto(`${BASE}glossary/session/`);
  const inline = new Set(await page.locator('#term-previews [data-preview]').evaluateAll((els) => els.map((el) => el.getAttribute('data-preview')!)));
  const linked = await page.locator('main a.term-link').evaluateAll((as) => as.map((a) => a.getAttribute('data-term')!));
  // A term whose card is not inlined in the page, so the preview fetches its JSON.
  const slug = linked.find((s) => !inline.has(s)) ?? linked[0]!;
  const link = page.locator(`main a.term-link[data-term="${slug}"]`).first();
  await expect(link).toHaveAttribute('href', `${BASE}glossary/${slug}/`);
  const fetched = inline.has(slug) ? undefined : page.waitForResponse(`**${BASE}previews/${slug}.json`);
  await link.scrollIntoViewIfNeeded();
  await link.hover();
  if (fetched) expect((await fetched).status()).toBe(200);
  const card = page.locator('.term-preview');
  await expect(card).toBeVisible();
  const open = card.getByRole('link', { name: /^Open / });
  await expect(open).toHaveAttribute('href', `${BASE}glossary/${slug}/`);
  await open.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}glossary/${slug}/$`));
  expect(problems).toEqual([]);
});

test('the category link redirect and the session recorder work under the base', async ({ page }) => {
  const problems = problemsOf(page);
  await page.goto(`${BASE}glossary/?category=analytics`);
  await expect(page).toHaveURL(new RegExp(`${BASE}glossary/category/analytics/$`));
  const demo = page.locator('section.sd');
  await page.goto(`${BASE}demos/session/`);
  await demo.getByRole('button', { name: 'Start tracking my session' }).click();
  // The live view loads on opt-in and records this page's view as session 1.
  await expect(demo.locator('dl.sd-stats div:has(dt:text-is("Page views")) dd')).toHaveText('1');
  await page.goto(`${BASE}glossary/`);
  // The recorder loads after the page; it writes the page view, then shows its indicator.
  await expect(page.getByRole('region', { name: 'Session demo' })).toContainText('Recording your session');
  await page.goto(`${BASE}demos/session/`);
  await expect(demo.locator('dl.sd-stats div:has(dt:text-is("Page views")) dd')).toHaveText('3');
  expect(problems).toEqual([]);
});
