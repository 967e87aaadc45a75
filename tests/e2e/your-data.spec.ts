/**
 * "Your data on this site": the list with counts, export → forget → import restoring the same
 * state, corrupt files refused with nothing changed, blocked storage (the page works and says so
 * once), the move of the old unprefixed settings, and axe.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
test.use({ timezoneId: 'Europe/London' });

/** Every `lexicon:` key and its stored text. */
const siteData = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('lexicon:')).sort().map((k) => [k, localStorage.getItem(k)])));

/**
 * A reader's state made through the site itself (a theme, a deck with one answered card), plus
 * progress and quiz data as their code keeps them. (Session demo data would start its recorder,
 * which logs every page, so the state would change by itself.)
 */
async function useTheSite(page: Page) {
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00Z'));
  await page.goto('/glossary/session/');
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const addToDeck = page.getByRole('button', { name: 'Add to my review deck' });
  await addToDeck.click();
  // The deck code loads on the first press: leave the page only once the term is in the deck.
  await expect(addToDeck).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/glossary/user/');
  await addToDeck.click();
  await expect(addToDeck).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/learn/');
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.keyboard.press('3');
  await page.evaluate(() => {
    localStorage.setItem('lexicon:progress', JSON.stringify({ understood: ['session', 'user'], paths: {} }));
    localStorage.setItem('lexicon:quiz', JSON.stringify({ answers: { 'session:a0': true, 'user:g1': false } }));
  });
}

test('lists what is held, and export → forget → import restores exactly the same state', async ({ page }, info) => {
  await useTheSite(page);
  const before = await siteData(page);
  expect(Object.keys(before)).toEqual(['lexicon:deck', 'lexicon:progress', 'lexicon:quiz', 'lexicon:theme']);

  await page.goto('/your-data/');
  const held = page.locator('[data-held] li');
  await expect(page.locator('[data-held-summary]')).toHaveText('4 things kept in this browser:');
  await expect(held.filter({ hasText: 'Review deck' })).toContainText('2 terms in my deck; 1 card reviewed, 0 due today');
  await expect(held.filter({ hasText: 'Theme' })).toContainText('Dark theme');
  await expect(held.filter({ hasText: 'Reading progress' })).toContainText('2 terms marked as understood');
  await expect(held.filter({ hasText: 'Quiz and test results' })).toContainText('2 questions answered');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
  expect(download.suggestedFilename()).toBe('lexicon-data-2026-12-01.json');
  const file = info.outputPath('export.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'lexicon-data', version: 1, exported: '2026-12-01T10:00:00.000Z' });
  expect(exported.data['lexicon:theme']).toBe('dark');
  expect(exported.data['lexicon:deck'].mine).toEqual(['session', 'user']);

  // Forget: asks first; cancelling keeps everything.
  await page.getByRole('button', { name: 'Forget everything…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Forget everything?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await siteData(page)).toEqual(before);
  await page.getByRole('button', { name: 'Forget everything…' }).click();
  await dialog.getByRole('button', { name: 'Forget everything' }).click();
  await expect(page.locator('[data-message]')).toHaveText('Done: this browser holds nothing for this site any more.');
  expect(await siteData(page)).toEqual({});
  await expect(page.locator('[data-held-summary]')).toHaveText('Nothing. This browser holds no data for this site.');
  // The theme setting went with it: the page follows the system again, and the button says so.
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  await expect(page.getByRole('button', { name: /^Theme:/ })).toHaveAccessibleName('Theme: system (change)');

  await page.getByLabel('File to import').setInputFiles(file);
  const replace = page.getByRole('dialog', { name: 'Replace your data?' });
  await expect(replace).toContainText('holds 4 things');
  await replace.getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('[data-message]')).toHaveText('Imported 4 things from “export.json”.');
  expect(await siteData(page)).toEqual(before);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-held-summary]')).toHaveText('4 things kept in this browser:');
});

test('a corrupt import file is refused with a message naming what is wrong, and nothing changes', async ({ page }, info) => {
  await useTheSite(page);
  await page.goto('/your-data/');
  const before = await siteData(page);
  const files: [string, string, RegExp][] = [
    ['broken.json', '{"format": "lexicon-data", "version": 1, "data": {', /The file is not valid JSON/],
    ['future.json', JSON.stringify({ format: 'lexicon-data', version: 9, data: {} }), /format version 9; this site reads version 1/],
    ['other.json', JSON.stringify({ hello: 'world' }), /not a Lexicon data export/],
    [
      'shape.json',
      JSON.stringify({ format: 'lexicon-data', version: 1, data: { 'lexicon:theme': 'light', 'lexicon:deck': { version: 1, mine: ['session'], cards: { session: { due: 'soon' } } } } }),
      /"lexicon:deck" \(Review deck\): cards › session › due: not a date/,
    ],
  ];
  for (const [name, text, problem] of files) {
    const path = info.outputPath(name);
    writeFileSync(path, text);
    await page.getByLabel('File to import').setInputFiles(path);
    const message = page.locator('[data-message]');
    await expect(message).toContainText(`“${name}” was not imported, and nothing you had changed.`);
    await expect(message).toContainText(problem);
    await expect(page.getByRole('dialog')).toBeHidden();
    expect(await siteData(page)).toEqual(before);
  }
  // The theme in the refused file was not applied either.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test.describe('with storage blocked', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('adding to the deck, the theme and answering cards work for the page, and the notice shows once', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/glossary/session/');
    const add = page.getByRole('button', { name: 'Add to my review deck' });
    await add.click();
    await expect(add).toHaveAttribute('aria-pressed', 'true');
    const notice = page.getByRole('complementary', { name: 'Storage notice' });
    await expect(notice).toHaveCount(1);
    await expect(notice.getByRole('status')).toContainText('will not be kept');
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await add.click();
    await expect(add).toHaveAttribute('aria-pressed', 'false');
    await expect(notice).toHaveCount(1);
    await notice.getByRole('button', { name: 'Close the storage notice' }).click();
    await expect(notice).toHaveCount(0);

    await page.goto('/learn/?deck=path:measuring-a-website');
    await expect(page.locator('[data-position]')).toHaveText(/^1 of /);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(page.locator('[data-position]')).toHaveText(/^2 of /);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(page.locator('[data-position]')).toHaveText(/^3 of /);
    await expect(page.getByRole('complementary', { name: 'Storage notice' })).toHaveCount(1);

    await page.goto('/your-data/');
    await expect(page.locator('[data-held-summary]')).toHaveText('Nothing. This browser holds no data for this site.');
    expect(errors).toEqual([]);
  });
});

test('the old unprefixed theme and previews settings move to lexicon: names, and the theme applies before paint', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('theme', 'dark');
    localStorage.setItem('previews', 'off');
  });
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset['theme'] ?? 'system';
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/glossary/');
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({ 'lexicon:theme': 'dark', 'lexicon:previews': 'off' });
  await expect(page.getByRole('button', { name: /^Theme:/ })).toHaveAccessibleName('Theme: dark (change)');
});

test.describe('accessibility of /your-data/ (axe, WCAG 2.2 A/AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: empty, with data, and with the confirmation open`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      const check = async () => {
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      };
      await page.goto('/your-data/');
      await expect(page.locator('[data-held-summary]')).toHaveText(/^Nothing/);
      await check();
      await page.evaluate(() => localStorage.setItem('lexicon:deck', '{"version":1,"mine":["session"],"cards":{}}'));
      await page.reload();
      await expect(page.locator('[data-held] li')).toHaveCount(1);
      await check();
      await page.getByRole('button', { name: 'Forget everything…' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await check();
    });
  }
});
