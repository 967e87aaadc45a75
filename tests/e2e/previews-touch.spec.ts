import { expect, test, type Page } from '@playwright/test';
import { overlap } from './previews-geometry';

const SESSION = '/glossary/session/';
const definition = (page: Page) => page.locator('h2#definition + p');
const cards = (page: Page) => page.locator('.term-preview');

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function subjectOf(page: Page, link: ReturnType<Page['locator']>) {
  const slug = (await link.getAttribute('data-term'))!;
  return (await (await page.request.get(`/previews/${slug}.json`)).json()) as { title: string; href: string; summaryHtml: string };
}

test('tap → card → open: one Back returns to the page the reader was on', async ({ page }) => {
  await page.goto('/glossary/');
  await page.goto(SESSION);
  const before = await page.evaluate(() => history.length);
  const link = definition(page).locator('a.term-link').first();
  const subject = await subjectOf(page, link);
  await link.tap();
  const card = page.getByRole('dialog', { name: `Preview: ${subject.title}` });
  await expect(card).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${SESSION}$`));
  // A preview is not a place: it adds nothing to the history.
  expect(await page.evaluate(() => history.length)).toBe(before);
  const open = card.getByRole('link', { name: `Open ${subject.title}`, exact: true });
  await expect(open).toHaveText(`Open ${subject.title} →`);
  await open.tap();
  await expect(page).toHaveURL(new RegExp(`${subject.href}$`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${SESSION}$`));
  // Restored from the back/forward cache or reloaded, the page shows no stale card.
  await expect(cards(page)).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/\/glossary\/$/);
});

test('a card has a close button of at least 24 × 24 px that closes it', async ({ page }) => {
  await page.goto(SESSION);
  await definition(page).locator('a.term-link').first().tap();
  const close = cards(page).getByRole('button', { name: 'Close preview' });
  await expect(close).toBeVisible();
  const box = (await close.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeGreaterThanOrEqual(24);
  await close.tap();
  await expect(cards(page)).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`${SESSION}$`));
});

test('a nested card opens above or below its parent, never over its text, and inside the screen', async ({ page, request }) => {
  await page.goto(SESSION);
  const links = definition(page).locator('a.term-link');
  const slugs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-term')!));
  const summaries = await Promise.all(slugs.map(async (s) => ((await (await request.get(`/previews/${s}.json`)).json()) as { summaryHtml: string }).summaryHtml));
  const at = summaries.findIndex((html) => html.includes('data-term='));
  expect(at, 'a Definition link whose summary links a term').toBeGreaterThanOrEqual(0);
  await links.nth(at).tap();
  await expect(cards(page)).toHaveCount(1);
  await cards(page).first().locator('.tp-summary a[data-term]').first().tap();
  await expect(cards(page)).toHaveCount(2);
  const [parent, child] = await cards(page).evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
  expect(overlap(parent!, child!)).toBe(0);
  for (const box of [parent!, child!]) {
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(390);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(844);
  }
  // Tapping outside closes both.
  await page.touchscreen.tap(5, 5);
  await expect(cards(page)).toHaveCount(0);
});
