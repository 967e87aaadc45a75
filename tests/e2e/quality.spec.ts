/**
 * Gates over every page type in a real browser: no console errors, no CSP violations, no failed
 * or third-party requests, and zero axe violations for WCAG 2.2 A/AA in light and dark themes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { termSource } from './content';

const PAGE_TYPES = [
  '/',
  '/glossary/',
  '/glossary/category/analytics/',
  '/glossary/session/',
  '/glossary/session/mentions/',
  '/guides/',
  '/guides/measuring-a-website/',
  '/services/analytics-audit/',
  '/search/?q=session',
  '/demos/session/',
  '/learn/',
  '/your-data/',
  '/no-such-page/',
];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** A query that finds something: the seed term's title, as the content spells it. */
const QUERY = termSource('session').title.toLowerCase();
/** The first term link in a term page's body, whose preview opens on hover or focus. */
const FIRST_BODY_LINK = 'h2#definition ~ p a.term-link';

/** Collects everything that should never happen on a page. */
async function watch(page: Page, baseURL: string) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => m.type() === 'error' && !/404 \(Not Found\)/.test(m.text()) && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => !r.url().startsWith(baseURL) && !r.url().startsWith('data:') && problems.push(`third-party: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && !r.url().includes('/no-such-page/') && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return problems;
}

test.describe('every page type', () => {
  for (const path of PAGE_TYPES) {
    test(`${path}: CSP present, no errors, violations or outside requests`, async ({ page, baseURL }) => {
      const problems = await watch(page, baseURL!);
      await page.goto(path);
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self' 'wasm-unsafe-eval'/);
      const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
      expect(csp).not.toContain("'unsafe-inline'");
      // Exercise the scripts: open search and query (Pagefind WASM under the CSP), hover a term.
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog', { name: 'Search the glossary' }).getByRole('combobox', { name: 'Search the glossary' }).fill(QUERY);
      await expect(page.locator('dialog [role="option"]').first()).toBeVisible({ timeout: 15_000 });
      await page.keyboard.press('Escape');
      const term = page.locator('main a.term-link').first();
      if (await term.count()) {
        await term.hover();
        await expect(page.locator('.term-preview')).toBeVisible();
      }
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    });
  }
});

test.describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  // axe checks every node of a page, several times in some tests: allow more than the default time.
  test.slow();
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(scheme, () => {
      test.use({ colorScheme: scheme });
      for (const path of PAGE_TYPES) {
        test(`${path}`, async ({ page }) => {
          await page.goto(path);
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        });
      }

      test('search dialog with results open', async ({ page }) => {
        await page.goto('/glossary/');
        await page.keyboard.press('/');
        await page.getByRole('dialog', { name: 'Search the glossary' }).getByRole('combobox', { name: 'Search the glossary' }).fill(QUERY);
        // The first search loads Pagefind's index and WebAssembly: allow for a busy machine.
        await expect(page.locator('dialog [role="option"]').first()).toBeVisible({ timeout: 15_000 });
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });

      test('term preview open, and demo live then expired', async ({ page }) => {
        await page.clock.install({ time: new Date('2026-11-27T10:00:00Z') });
        await page.goto('/glossary/session/');
        await page.locator(FIRST_BODY_LINK).first().hover();
        await expect(page.locator('.term-preview')).toBeVisible();
        let result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(result.violations.map((v) => v.id)).toEqual([]);
        await page.goto('/demos/session/');
        await page.getByRole('button', { name: 'Start tracking my session' }).click();
        await page.locator('section.sd').getByLabel('Tool', { exact: true }).selectOption('demo');
        result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.clock.runFor(40_000);
        await expect(page.getByTestId('countdown')).toContainText('Expired');
        result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    });
  }
});

test('keyboard walk: skip link, header, search, a preview and the demo, all with visible focus', async ({ page }) => {
  /** Width in pixels of the focused element's outline; 0 when it has none. */
  const focusOutline = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as HTMLElement);
      return style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    });
  await page.goto('/glossary/session/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  expect(await focusOutline()).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Lexicon' })).toBeFocused();
  expect(await focusOutline()).toBeGreaterThanOrEqual(2);
  // Past the main navigation's links (Glossary, Guides, Services) to the search button.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Search' }).first()).toBeFocused();
  expect(await focusOutline()).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Search the glossary' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: 'Search' }).first()).toBeFocused();
  // Into the article: Tab until the first term link in the definition, whose preview opens.
  const first = page.locator(FIRST_BODY_LINK).first();
  for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  expect(await focusOutline()).toBeGreaterThanOrEqual(2);
  await expect(page.locator('.term-preview')).toBeVisible();
  await page.keyboard.press('Escape');
  // The demo's start button is reachable and visibly focused: Tab from the last section heading
  // before it.
  const start = page.getByRole('button', { name: 'Start tracking my session' });
  await start.scrollIntoViewIfNeeded();
  await expect(start).toBeEnabled();
  await start.evaluate((button) => {
    const anchors = [...document.querySelectorAll<HTMLElement>('h2 a.heading-anchor')];
    anchors.filter((a) => a.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)!.focus();
  });
  for (let i = 0; i < 200 && !(await start.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  expect(await focusOutline()).toBeGreaterThanOrEqual(2);
});
