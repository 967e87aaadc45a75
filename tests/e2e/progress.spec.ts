import { expect, test } from '@playwright/test';

const GUIDE = '/guides/measuring-a-website/';

test('a term shows its place in a path, and marking it understood shows on the guide', async ({ page }) => {
  await page.goto('/glossary/session/');
  const position = page.locator('.path-position');
  await expect(position).toContainText(/Step 2 of 7 in Measuring a website/);
  await expect(position.getByRole('link', { name: 'Pageview' })).toHaveAttribute('href', '/glossary/pageview/');
  const understood = page.getByRole('button', { name: 'I understand this term' });
  await expect(understood).toHaveAttribute('aria-pressed', 'false');
  await understood.click();
  await expect(understood).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('button', { name: 'I understand this term' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/glossary/user/');
  await page.goto(GUIDE);
  await expect(page.locator('path-progress')).toHaveText('1 of 7 understood · 2 visited');
  await expect(page.locator('step-status[term="session"]')).toHaveText('Understood');
  await expect(page.locator('step-status[term="user"]')).toHaveText('Visited');
  await expect(page.locator('step-status[term="pageview"]')).toHaveText('');
  await page.goto('/guides/');
  await expect(page.locator(`li:has(a[href="${GUIDE}"]) path-progress`)).toHaveText('1 of 7 understood · 2 visited');
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await expect(page.locator(`li:has(a[href="${GUIDE}"]) path-progress`)).toHaveText('0 of 7 understood · 0 visited');
  await page.goto(GUIDE);
  await expect(page.locator('path-progress')).toHaveText('0 of 7 understood · 0 visited');
});

test('with storage blocked, progress still works on the page, without persisting', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto('/glossary/session/');
  const understood = page.getByRole('button', { name: 'I understand this term' });
  await understood.click();
  await expect(understood).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('button', { name: 'I understand this term' })).toHaveAttribute('aria-pressed', 'false');
});

test('showing progress writes nothing; only a term visit or a reader’s action does', async ({ page }) => {
  const stored = () => page.evaluate(() => localStorage.getItem('lexicon:progress'));
  await page.goto('/guides/');
  await expect(page.locator(`li:has(a[href="${GUIDE}"]) path-progress`)).toHaveText('0 of 7 understood · 0 visited');
  expect(await stored()).toBeNull();
  await page.goto(GUIDE);
  await expect(page.locator('path-progress')).toHaveText('0 of 7 understood · 0 visited');
  expect(await stored()).toBeNull();
  await page.goto('/glossary/user/');
  await expect.poll(stored).toBe(JSON.stringify({ visited: ['user'], understood: [] }));
});

test('another tab’s change shows without a reload', async ({ page, context }) => {
  await page.goto(GUIDE);
  await expect(page.locator('step-status[term="session"]')).toHaveText('');
  const other = await context.newPage();
  await other.goto('/glossary/session/');
  await other.getByRole('button', { name: 'I understand this term' }).click();
  await expect(page.locator('step-status[term="session"]')).toHaveText('Understood');
  await expect(page.locator('path-progress')).toHaveText('1 of 7 understood · 1 visited');
});
