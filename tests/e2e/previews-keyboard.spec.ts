import { expect, test, type Page } from '@playwright/test';

const BOUNCE_RATE = '/glossary/bounce-rate/';

async function tabsFromDefinitionToRelated(page: Page): Promise<number> {
  await page.locator('h2#definition a.heading-anchor').focus();
  const related = page.locator('section[aria-labelledby="related-terms"]');
  let presses = 0;
  for (; presses < 400; presses++) {
    if (await related.evaluate((s) => s.contains(document.activeElement))) break;
    await page.keyboard.press('Tab');
  }
  return presses;
}

test('probe', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(BOUNCE_RATE);
  const on = await tabsFromDefinitionToRelated(page);
  await page.getByRole('button', { name: 'Term previews' }).click();
  const off = await tabsFromDefinitionToRelated(page);
  console.log({ on, off });
  expect(on).toBeGreaterThan(0);
});
