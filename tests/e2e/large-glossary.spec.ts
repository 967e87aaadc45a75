/**
 * A glossary too long for one index page: 1,000 generated terms (scripts/corpus-site.mjs), built
 * from the same code as the real site. The A–Z index becomes an overview of letters plus a page per
 * letter; every term stays reachable, and lists that still fit (each category here) stay one page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';

/** The corpus size the config builds (scripts/corpus-site.mjs --terms). */
const TERMS = 1000;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface SearchTerm {
  title: string;
  url: string;
}

/** Every term of the generated corpus, from the site's own list of names. */
async function corpusTerms(request: APIRequestContext): Promise<SearchTerm[]> {
  return (await (await request.get('/search-terms.json')).json()) as SearchTerm[];
}

/** Titles by A–Z letter, in alphabet order ("#" last): what the overview and letter pages show. */
function byLetter(terms: SearchTerm[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { title } of terms) {
    const first = title.charAt(0).toUpperCase();
    const letter = /^[A-Z]$/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), title]);
  }
  return new Map([...groups].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b))));
}

const countOf = (text: string) => Number(/All ([\d,]+) terms?/.exec(text)![1]!.replace(/,/g, ''));

test('the A–Z index is an overview: letters with counts that add up, no cards', async ({ page, request }) => {
  const letters = byLetter(await corpusTerms(request));
  await page.goto('/glossary/');
  await expect(page.locator('#term-count')).toHaveText(`1,000 of 1,000 terms, a page per letter`);
  await expect(page.locator('.term-card')).toHaveCount(0);
  const overview = await page.locator('.overview > li').evaluateAll((items) =>
    items.map((li) => [li.querySelector('h2')!.textContent!.trim(), li.querySelector('.all')!.textContent!]),
  );
  expect(overview.map(([letter, all]) => [letter, countOf(all!)])).toEqual([...letters].map(([letter, titles]) => [letter, titles.length]));
  expect(overview.reduce((sum, [, all]) => sum + countOf(all!), 0)).toBe(TERMS);
  const bar = page.getByRole('navigation', { name: 'Letters' });
  await expect(bar.getByRole('link', { name: /^C,/ })).toHaveAttribute('href', '/glossary/letter/c/');
});

test('a letter page shows that letter’s cards, marks its letter and links the others', async ({ page, request }) => {
  const underC = byLetter(await corpusTerms(request)).get('C')!;
  const expected = underC.length;
  await page.goto('/glossary/');
  await page.getByRole('navigation', { name: 'Letters' }).getByRole('link', { name: /^C,/ }).click();
  await expect(page).toHaveURL(/\/glossary\/letter\/c\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terms under C');
  // The letter is said once on screen; the group heading stays for the outline.
  await expect(page.locator('h2#letter-C')).toHaveClass(/visually-hidden/);
  await expect(page.locator('#term-count')).toHaveText(`Showing ${expected} of 1,000 terms · C`);
  const titles = await page.locator('.term-card .card-title').allTextContents();
  expect(titles.map((t) => t.trim()).sort()).toEqual(underC.toSorted());
  await expect(page.getByRole('navigation', { name: 'Letters' }).getByRole('link', { name: /^C,/ })).toHaveAttribute('aria-current', 'page');
  // "All" is the filter in force here, not this page.
  await expect(page.getByRole('navigation', { name: 'Filter by category' }).getByRole('link', { name: 'All' })).toHaveAttribute('aria-current', 'true');
  await page.getByRole('navigation', { name: 'Letters' }).getByRole('link', { name: /^S,/ }).click();
  await expect(page).toHaveURL(/\/glossary\/letter\/s\/$/);
});

test('every term is on exactly one letter page, and every letter page is in the sitemap', async ({ page, request }) => {
  await page.goto('/glossary/');
  const letterPaths = await page.locator('.overview h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const seen = new Set<string>();
  let cards = 0;
  for (const path of letterPaths) {
    const html = await (await request.get(path)).text();
    for (const [, href] of html.matchAll(/<h3 class="card-title[^"]*"[^>]*><a href="([^"]+)"/g)) {
      seen.add(href!);
      cards++;
    }
  }
  expect(cards).toBe(TERMS);
  expect([...seen].sort()).toEqual((await corpusTerms(request)).map((t) => t.url).sort());
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const path of letterPaths) expect(sitemap).toContain(`${path}</loc>`);
});

test('a category that fits on one page stays one page', async ({ page }) => {
  await page.goto('/glossary/category/analytics/');
  await expect(page.locator('#term-count')).toHaveText(/^Showing \d+ of 1,000 terms$/);
  const shown = Number(/Showing (\d+)/.exec((await page.locator('#term-count').textContent())!)![1]);
  await expect(page.locator('.term-card')).toHaveCount(shown);
  await expect(page.getByRole('navigation', { name: 'Jump to letter' }).getByRole('link').first()).toHaveAttribute('href', /^#letter-/);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(scheme, () => {
    test.use({ colorScheme: scheme });
    for (const path of ['/glossary/', '/glossary/letter/c/']) {
      test(`${path} has no axe violations (WCAG 2.2 A/AA)`, async ({ page }) => {
        // axe checks every node of these long lists: allow it more than the default test time.
        test.slow();
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}
