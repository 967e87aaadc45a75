import { expect, test, type Page } from '@playwright/test';

const GUIDE = '/guides/measuring-a-website/';
const AB_GUIDE = '/guides/your-first-ab-test/';

const stored = (page: Page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('lexicon:'))));
const bar = (page: Page) => page.locator('path-progress progress');

test('reading pages stores nothing: three term pages, a guide and the guides list', async ({ page }) => {
  for (const path of ['/glossary/session/', '/glossary/user/', '/glossary/bounce-rate/', GUIDE, '/guides/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // Scrolling a quiz into view loads its code, which stores nothing either.
  await page.goto('/glossary/session/');
  await page.locator('quiz-check').scrollIntoViewIfNeeded();
  await expect(page.locator('quiz-check .answer summary').first()).toBeHidden();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('a term in a path shows its step, previous and next, and marking it understood shows on the guide', async ({ page }) => {
  await page.goto('/glossary/session/');
  const position = page.locator('.path-position');
  await expect(position).toContainText(/Step 2 of 7 in Measuring a website/);
  const steps = position.getByRole('navigation', { name: /^Measuring a website.*: previous and next step$/ });
  await expect(steps.getByRole('link', { name: 'User' })).toHaveAttribute('href', '/glossary/user/');
  await expect(steps.getByRole('link', { name: 'Next: Pageview' })).toHaveAttribute('href', '/glossary/pageview/');
  await steps.getByRole('link', { name: 'Next: Pageview' }).click();
  await expect(page).toHaveURL(/\/glossary\/pageview\/$/);
  await page.goBack();
  const understood = page.getByRole('button', { name: 'I understand this term' });
  await expect(understood).toHaveAttribute('aria-pressed', 'false');
  await understood.click();
  await expect(understood).toHaveAttribute('aria-pressed', 'true');
  expect(await stored(page)).toEqual({ 'lexicon:progress': JSON.stringify({ understood: ['session'], paths: { 'measuring-a-website': {} }, current: 'measuring-a-website' }) });
  await page.goto(GUIDE);
  await expect(page.locator('path-progress p')).toHaveText('1 of 7 understood');
  await expect(bar(page)).toHaveJSProperty('value', 1);
  await expect(page.getByRole('button', { name: 'Understood: Session' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Understood: User' })).toHaveAttribute('aria-pressed', 'false');
});

test('the guide is the hub: steps are marked there, and the guides list continues where the reader left off', async ({ page }) => {
  await page.goto('/guides/');
  const continueBox = page.locator('path-continue');
  await expect(continueBox).toBeHidden();
  // Paths by level: every beginner path before any intermediate one, every intermediate before advanced.
  const levels = await page.locator('.guides .meta:not(path-progress)').allTextContents();
  const rank = levels.map((t) => ['beginner', 'intermediate', 'advanced'].findIndex((l) => t.endsWith(l)));
  expect(rank).toEqual([...rank].sort());
  await page.goto(AB_GUIDE);
  await page.getByRole('button', { name: 'Understood: Key event' }).click();
  await page.getByRole('button', { name: 'Understood: Conversion rate' }).click();
  await expect(page.locator('path-progress p')).toHaveText('2 of 5 understood');
  await page.goto('/guides/');
  await expect(continueBox).toBeVisible();
  await expect(continueBox.getByRole('link')).toHaveText('Your first A/B test: next, Funnel');
  await continueBox.getByRole('link').click();
  await expect(page).toHaveURL(/\/glossary\/funnel\/$/);
});

test('a term in two paths shows the first until the reader starts the other', async ({ page }) => {
  await page.goto('/glossary/conversion-rate/');
  const shown = page.locator('.path-position .path:visible');
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText('Step 2 of 7 in Reading a funnel');
  await page.goto(AB_GUIDE);
  await page.getByRole('button', { name: 'Understood: Key event' }).click();
  await page.goto('/glossary/conversion-rate/');
  await expect(shown).toContainText('Step 2 of 5 in Your first A/B test');
  await expect(shown.getByRole('link', { name: 'Key event' })).toHaveAttribute('rel', 'prev');
});

test('the last step leads to the test, and completing the path says so with a way back', async ({ page }) => {
  await page.goto(AB_GUIDE);
  for (const name of ['Key event', 'Conversion rate', 'Funnel', 'Bounce rate']) await page.getByRole('button', { name: `Understood: ${name}` }).click();
  await page.goto('/glossary/ab-test/');
  const position = page.locator('.path-position');
  await expect(position.getByRole('link', { name: 'Last step: take the path test' })).toHaveAttribute('href', `${AB_GUIDE}#path-test`);
  const complete = position.getByRole('status').getByText('Path complete: you have understood every step of Your first A/B test.');
  await expect(complete).toBeHidden();
  await page.getByRole('button', { name: 'I understand this term' }).click();
  await expect(complete).toBeVisible();
  await position.getByRole('link', { name: 'back to the guide' }).click();
  await expect(page.locator('path-progress p')).toHaveText('5 of 5 understood');
});

test('resetting a path asks first, resets that path only, and can be undone', async ({ page }) => {
  await page.goto(AB_GUIDE);
  await page.getByRole('button', { name: 'Understood: Funnel' }).click();
  await page.goto(GUIDE);
  await page.getByRole('button', { name: 'Understood: Session' }).click();
  await page.getByRole('button', { name: 'Understood: User' }).click();
  await expect(page.locator('path-progress p')).toHaveText('2 of 7 understood');
  const before = await stored(page);

  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await expect(page.getByText('Forget which steps of this path you understood')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('path-progress p')).toHaveText('2 of 7 understood');

  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await page.getByRole('button', { name: 'Reset this path' }).click();
  await expect(page.locator('progress-reset [role="status"]')).toHaveText('Your progress on this path was reset.');
  await expect(page.locator('path-progress p')).toHaveText('0 of 7 understood');
  await expect(bar(page)).toHaveJSProperty('value', 0);
  await expect(page.getByRole('button', { name: 'Understood: Session' })).toHaveAttribute('aria-pressed', 'false');
  expect(JSON.parse((await stored(page))['lexicon:progress']!)).toEqual({ understood: ['funnel'], paths: { 'your-first-ab-test': {} } });

  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('path-progress p')).toHaveText('2 of 7 understood');
  expect(await stored(page)).toEqual(before);
  await page.goto(AB_GUIDE);
  await expect(page.getByRole('button', { name: 'Understood: Funnel' })).toHaveAttribute('aria-pressed', 'true');
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

test('another tab’s change shows without a reload', async ({ page, context }) => {
  await page.goto(GUIDE);
  const session = page.getByRole('button', { name: 'Understood: Session' });
  await expect(session).toHaveAttribute('aria-pressed', 'false');
  const other = await context.newPage();
  await other.goto('/glossary/session/');
  await other.getByRole('button', { name: 'I understand this term' }).click();
  await expect(session).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('path-progress p')).toHaveText('1 of 7 understood');
});
