/**
 * A glossary too long for one index page: 1,000 generated terms (scripts/corpus-site.mjs), built
 * from the same code as the real site. The A–Z index becomes an overview of letters plus a page per
 * letter; every term stays reachable, and lists that still fit (each category here) stay one page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const TERMS = 1000;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('the A–Z index is an overview: letters with counts that add up, no cards', async ({ page }) => {
  await page.goto('/glossary/');
  await expect(page.locator('#term-count')).toHaveText(`1,000 of 1,000 terms, a page per letter`);
  await expect(page.locator('.term-card')).toHaveCount(0);
  const counts = await page.locator('.overview .all').allTextContents();
  expect(counts.length).toBeGreaterThan(10);
  expect(counts.reduce((sum, text) => sum + Number(/All ([\d,]+) terms?/.exec(text)![1]!.replace(',', '')), 0)).toBe(TERMS);
  const bar = page.getByRole('navigation', { name: 'Letters' });
  await expect(bar.getByRole('link', { name: /^C,/ })).toHaveAttribute('href', '/glossary/letter/c/');
});

test('a letter page shows that letter’s cards, marks its letter and links the others', async ({ page }) => {
  await page.goto('/glossary/');
  const all = page.locator('.overview .all', { hasText: 'under C' });
  const expected = Number(/All ([\d,]+)/.exec((await all.textContent())!)![1]!.replace(',', ''));
  await page.getByRole('navigation', { name: 'Letters' }).getByRole('link', { name: /^C,/ }).click();
  await expect(page).toHaveURL(/\/glossary\/letter\/c\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terms under C');
  // The letter is said once on screen; the group heading stays for the outline.
  await expect(page.locator('h2#letter-C')).toHaveClass(/visually-hidden/);
  await expect(page.locator('#term-count')).toHaveText(`Showing ${expected} of 1,000 terms · C`);
  const titles = await page.locator('.term-card .card-title').allTextContents();
  expect(titles).toHaveLength(expected);
  expect(titles.every((t) => t.trim().startsWith('C'))).toBe(true);
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
    for (const [, href] of html.matchAll(/<h3 class="card-title"[^>]*><a href="([^"]+)"/g)) {
      seen.add(href!);
      cards++;
    }
  }
  expect(cards).toBe(TERMS);
  expect(seen.size).toBe(TERMS);
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
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}
