/**
 * Search as a reader meets it in the header's dialog: typos still find the term, weak results
 * offer what was meant, one line per page plus its best section, an empty dialog that says where
 * to start, folded filters on phones, and a focus ring that does not read as an error.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the glossary' });
const input = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the glossary' });
const status = (page: Page) => dialog(page).getByRole('status');
const mains = (page: Page) => dialog(page).locator('a[role="option"].result-main');
const options = (page: Page) => dialog(page).locator('a[role="option"]');

async function openSearch(page: Page, path = '/glossary/session/') {
  await page.goto(path);
  await page.locator('search-dialog a.search-button').click();
  await expect(input(page)).toBeFocused();
}

/** Types a query and waits for its answer (every status line quotes the query as typed). */
async function search(page: Page, query: string) {
  await input(page).fill(query);
  // The first search of a page loads Pagefind's index and WebAssembly: allow for a busy machine.
  await expect(status(page)).toContainText(`“${query}”`, { timeout: 15_000 });
}

test.describe('typos', () => {
  for (const typo of ['bouce rate', 'bunce rate', 'bonce']) {
    test(`"${typo}" puts Bounce rate first and says it searched that instead`, async ({ page }) => {
      await openSearch(page);
      await search(page, typo);
      await expect(status(page)).toHaveText(new RegExp(`^Showing \\d+ results for Bounce rate\\. Search instead for “${typo}”\\.$`));
      await expect(mains(page).first()).toHaveAttribute('href', '/glossary/bounce-rate/');
      await expect(mains(page).first().locator('.result-title')).toHaveText('Bounce rate');
    });
  }

  test('"Search instead" searches the words as typed, and typing again corrects again', async ({ page }) => {
    await openSearch(page);
    await search(page, 'bouce rate');
    await status(page).getByRole('link', { name: '“bouce rate”' }).click();
    await expect(status(page)).toHaveText(/^\d+ results for “bouce rate”\.$/);
    await expect(input(page)).toHaveValue('bouce rate');
    await expect(input(page)).toBeFocused();
    await expect(mains(page).first()).not.toHaveAttribute('href', '/glossary/bounce-rate/');
    await input(page).press('End');
    await input(page).press('Backspace');
    await expect(status(page)).toContainText('for Bounce rate.');
  });

  test('weak results offer the close terms, and choosing one searches it', async ({ page }) => {
    await openSearch(page);
    // Pagefind finds stray pages for this misspelling; two terms are equally close to it.
    await search(page, 'attriution');
    await expect(status(page)).toHaveText(/^Did you mean Attribution or Churn\? \d+ results for “attriution”\.$/);
    await expect(mains(page).first()).not.toHaveAttribute('href', '/glossary/attribution/');
    await status(page).getByRole('link', { name: 'Attribution', exact: true }).click();
    await expect(input(page)).toHaveValue('Attribution');
    await expect(status(page)).toHaveText(/^\d+ results for “Attribution”\.$/);
    await expect(mains(page).first()).toHaveAttribute('href', '/glossary/attribution/');
    // The suggestion is a real link to that search, for a new tab or a copied address.
    await input(page).fill('attriution');
    await expect(status(page).getByRole('link', { name: 'Churn' })).toHaveAttribute('href', '/search/?q=Churn');
  });

  test('a word found as typed is never corrected', async ({ page }) => {
    await openSearch(page);
    await search(page, 'rate');
    await expect(status(page)).toHaveText(/^\d+ results for “rate”\.$/);
  });
});

test.describe('results', () => {
  test('one option per page plus at most its one best section, right under it', async ({ page }) => {
    await openSearch(page);
    await search(page, 'timeout');
    const rows = await options(page).evaluateAll((els) => els.map((el) => ({ cls: el.className, href: el.getAttribute('href')! })));
    expect(rows.filter((r) => r.cls === 'result-section').length).toBeGreaterThan(0);
    const pages = rows.filter((r) => r.cls === 'result-main').map((r) => r.href);
    expect(new Set(pages).size).toBe(pages.length);
    rows.forEach((row, i) => {
      if (row.cls !== 'result-section') return;
      const above = rows[i - 1]!;
      expect(above.cls).toBe('result-main');
      expect(row.href.startsWith(`${above.href}#`)).toBe(true);
    });
    // "timeout" scores highest in the Session FAQ that asks about it, so that is the section shown.
    await expect(dialog(page).locator('a.result-section[href="/glossary/session/#faq-3"]')).toBeVisible();
  });

  for (const query of ['timeout', 'bounce rate', 'exit rate']) {
    test(`no excerpt starts with its heading ("${query}")`, async ({ page }) => {
      await openSearch(page);
      await search(page, query);
      await expect(options(page).first()).toBeVisible();
      const pairs = await options(page).evaluateAll((els) =>
        els.flatMap((el) => {
          const excerpt = el.querySelector('.result-excerpt')?.textContent;
          const heading = el.querySelector('.result-title')!.textContent!;
          return excerpt ? [{ heading, excerpt }] : [];
        }),
      );
      expect(pairs.length).toBeGreaterThan(0);
      // Repeated, a heading ends where Pagefind ended its block ("Bounce rate. Definition …", "…
      // timeout? Only with …"); a sentence that merely starts with the term's name goes on.
      for (const { heading, excerpt } of pairs) {
        const repeated = excerpt.toLowerCase().startsWith(heading.toLowerCase()) && (/[.:?!]$/.test(heading) || /^([.:?!]|$)/.test(excerpt.slice(heading.length)));
        expect(repeated, `"${excerpt}" under "${heading}"`).toBe(false);
      }
    });
  }
});

test.describe('empty dialog', () => {
  test('offers popular terms and says how to open search from anywhere', async ({ page }) => {
    await openSearch(page);
    const popular = dialog(page).getByRole('list', { name: 'Popular terms' });
    await expect(popular.getByRole('link')).toHaveCount(8);
    for (const href of await popular.getByRole('link').evaluateAll((els) => els.map((el) => el.getAttribute('href')))) expect(href).toMatch(/^\/glossary\/[a-z0-9-]+\/$/);
    await expect(dialog(page).getByText('Open search from any page with / or Ctrl K')).toBeVisible();
    await search(page, 'session');
    await expect(popular).toBeHidden();
    await input(page).fill('');
    await expect(popular).toBeVisible();
    await popular.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/glossary\/[a-z0-9-]+\/$/);
  });
});

test.describe('filters', () => {
  test('show on a wide screen without a disclosure', async ({ page }) => {
    await openSearch(page);
    await expect(dialog(page).getByLabel('Type')).toBeVisible();
    await expect(dialog(page).locator('summary')).toBeHidden();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    test('fold behind "Filters", which says how many are set', async ({ page }) => {
      await openSearch(page);
      const summary = dialog(page).locator('summary');
      await expect(summary).toHaveText('Filters');
      await expect(dialog(page).getByLabel('Type')).toBeHidden();
      await summary.click();
      await dialog(page).getByLabel('Type').selectOption('term');
      await expect(summary).toHaveText('Filters (1 set)');
      await search(page, 'session');
      await expect(mains(page).first()).toBeVisible();
      // Folded again, results start higher up.
      await summary.click();
      await expect(dialog(page).getByLabel('Type')).toBeHidden();
      // Keyboard hints mean nothing without a keyboard.
      await input(page).fill('');
      await expect(dialog(page).getByText('Open search from any page')).toBeHidden();
    });
  });
});

/** Hue in degrees (0–360) of a computed `rgb(…)` colour, and its saturation (0–1). */
function hueOf(color: string): { hue: number; saturation: number } {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((n) => Number(n) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  if (d === 0) return { hue: 0, saturation: 0 };
  const hue = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { hue: (hue * 60 + 360) % 360, saturation: d / (1 - Math.abs(max + min - 1)) };
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('the search field’s focus ring is not red or orange', async ({ page }) => {
      await openSearch(page);
      const ring = await dialog(page).locator('.search-form').evaluate((el) => {
        const style = getComputedStyle(el);
        return { color: style.outlineColor, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(ring.style).toBe('solid');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      const { hue, saturation } = hueOf(ring.color);
      expect(saturation).toBeGreaterThan(0.3);
      // Red and orange, the colours of an error, run from about 330° round to 50°.
      expect(hue > 50 && hue < 330, `${ring.color} has hue ${Math.round(hue)}°`).toBe(true);
    });

    test('axe finds nothing with the dialog empty, showing a correction, and offering suggestions', async ({ page }) => {
      test.slow();
      const check = async () => {
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      };
      await openSearch(page);
      await check();
      await search(page, 'bouce rate');
      await expect(status(page)).toContainText('Showing');
      await check();
      await search(page, 'attriution');
      await expect(status(page)).toContainText('Did you mean');
      await check();
    });
  });
}
