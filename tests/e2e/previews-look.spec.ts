import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SESSION = '/glossary/session/';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const definition = (page: Page) => page.locator('h2#definition + p');
const cards = (page: Page) => page.locator('.term-preview');

/** Hovers Definition links until one opens a card with a nested link, then opens that too. */
async function openNested(page: Page) {
  const links = definition(page).locator('a.term-link');
  for (let i = 0; i < (await links.count()); i++) {
    await links.nth(i).hover();
    await expect(cards(page)).toHaveCount(1);
    const inner = cards(page).locator('.tp-summary a[data-term]').first();
    if (await inner.count()) {
      await inner.hover();
      await expect(cards(page)).toHaveCount(2);
      return;
    }
    await page.keyboard.press('Escape');
  }
  throw new Error('no Definition link whose card links another term');
}

/** WCAG relative luminance of a CSS rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

for (const scheme of ['light', 'dark'] as const) {
  test.describe(scheme, () => {
    test.use({ colorScheme: scheme });

    test('axe finds nothing with a card and a nested card open', async ({ page }) => {
      test.slow();
      await page.goto(SESSION);
      await openNested(page);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test('a card stands off the page: its border contrasts with both backgrounds', async ({ page }) => {
      await page.goto(SESSION);
      await definition(page).locator('a.term-link').first().hover();
      await expect(cards(page)).toHaveCount(1);
      const { card, border, pageBg } = await cards(page).evaluate((c) => {
        const style = getComputedStyle(c);
        return { card: style.backgroundColor, border: style.borderTopColor, pageBg: getComputedStyle(document.body).backgroundColor };
      });
      expect(card).not.toBe(pageBg);
      // Non-text contrast (WCAG 1.4.11) for the card's outline against the page and against itself.
      expect(contrast(border, pageBg)).toBeGreaterThanOrEqual(scheme === 'dark' ? 3 : 1.8);
      if (scheme === 'dark') expect(contrast(card, pageBg)).toBeGreaterThan(1.2);
    });
  });
}
