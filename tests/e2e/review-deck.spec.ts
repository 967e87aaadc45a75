/**
 * The review deck: adding a term from its page, answering cards on /learn/ with the page clock
 * (a card answered "Good" is not due the next day, and is due after its interval), the keyboard
 * (Space turns a card over, 1–4 answer, focus follows), nothing stored before an answer, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { guideSteps, termSource } from './content';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const PATH = 'measuring-a-website';
const steps = guideSteps().find((g) => g.slug === PATH)!.steps;
const session = termSource('session');
// Reviews happen on calendar days in the reader's zone; pin one so the dates below are exact.
test.use({ timezoneId: 'Europe/London' });

const storedDeck = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('lexicon:deck') ?? 'null'));
const siteKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lexicon:')).sort());

test('a card added from its term page and answered “Good” comes back after its interval, not the next day', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00Z'));
  await page.goto('/glossary/session/');
  const add = page.getByRole('button', { name: 'Add to my review deck' });
  await expect(add).toHaveAttribute('aria-pressed', 'false');
  await add.click();
  await expect(add).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-deck-note]')).toContainText('Added to your review deck');
  await expect(page.locator('[data-deck-note]').getByRole('link', { name: 'your data' })).toHaveAttribute('href', '/your-data/');
  expect(await storedDeck(page)).toEqual({ version: 1, mine: ['session'], cards: {} });

  // The button remembers on the next visit.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Add to my review deck' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/learn/');
  await expect(page.getByLabel('Deck', { exact: true })).toHaveValue('mine');
  await expect(page.locator('[data-counts]')).toHaveText('1 card in this deck: 0 due today, 1 new.');
  await expect(page.getByRole('heading', { level: 2, name: session.title })).toBeVisible();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.getByRole('button', { name: 'Good: again in 3 days' })).toBeVisible();
  await page.getByRole('button', { name: 'Good: again in 3 days' }).click();
  await expect(page.getByRole('heading', { name: 'Done for today' })).toBeFocused();
  await expect(page.locator('[data-announce]')).toHaveText(`Good: ${session.title} comes back on Friday 4 December. That was the last card for today.`);
  expect((await storedDeck(page)).cards.session).toMatchObject({ due: '2026-12-04T10:00:00.000Z', reps: 1, scheduled_days: 3 });

  // The next day: nothing due.
  await page.clock.setFixedTime(new Date('2026-12-02T09:00:00Z'));
  await page.reload();
  await expect(page.locator('[data-counts]')).toHaveText('1 card in this deck: 0 due today, 0 new.');
  await expect(page.getByRole('heading', { name: 'Nothing due today' })).toBeVisible();
  await expect(page.locator('[data-done-text]')).toHaveText('The next card in this deck is due on Friday 4 December.');

  // Three days on, in the morning: due today.
  await page.clock.setFixedTime(new Date('2026-12-04T08:00:00Z'));
  await page.reload();
  await expect(page.locator('[data-counts]')).toHaveText('1 card in this deck: 1 due today, 0 new.');
  await expect(page.getByRole('heading', { level: 2, name: session.title })).toBeVisible();
});

test('keyboard: Space turns the card over, 1–4 answer, and focus follows', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00Z'));
  await page.goto(`/learn/?deck=path:${PATH}`);
  await expect(page.getByLabel('Deck', { exact: true })).toHaveValue(`path:${PATH}`);
  await expect(page.locator('[data-counts]')).toHaveText(`${steps.length} cards in this deck: 0 due today, ${steps.length} new.`);
  const first = termSource(steps[0]!);
  const second = termSource(steps[1]!);
  await expect(page.locator('#card-title')).toHaveText(first.title);
  await expect(page.locator('[data-position]')).toHaveText(`1 of ${steps.length}`);
  // Answer keys do nothing before the card is turned over.
  await page.keyboard.press('3');
  await expect(page.locator('[data-back]')).toBeHidden();
  expect(await siteKeys(page)).toEqual([]);

  await page.keyboard.press('Space');
  await expect(page.locator('[data-back]')).toBeVisible();
  await expect(page.locator('[data-plain]')).toBeFocused();
  await expect(page.locator('[data-link]')).toHaveAttribute('href', `/glossary/${first.slug}/`);
  await page.keyboard.press('1');
  await expect(page.locator('[data-announce]')).toHaveText(`Again: ${first.title} comes back on Wednesday 2 December. Next card: ${second.title}.`);
  await expect(page.locator('#card-title')).toHaveText(second.title);
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeFocused();

  // Space on the focused button turns the card over once, not twice.
  await page.keyboard.press('Space');
  await expect(page.locator('[data-plain]')).toBeFocused();
  await page.keyboard.press('4');
  await expect(page.locator('[data-announce]')).toContainText(`Easy: ${second.title} comes back on Wednesday 9 December.`);

  // Hard and Good by key too.
  await page.keyboard.press('Space');
  await page.keyboard.press('2');
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  const deck = await storedDeck(page);
  expect(deck.mine).toEqual([]);
  expect(Object.fromEntries(Object.entries(deck.cards as Record<string, { due: string }>).map(([slug, card]) => [slug, card.due]))).toEqual({
    [steps[0]!]: '2026-12-02T10:00:00.000Z',
    [steps[1]!]: '2026-12-09T10:00:00.000Z',
    [steps[2]!]: '2026-12-03T10:00:00.000Z',
    [steps[3]!]: '2026-12-04T10:00:00.000Z',
  });
  await expect(page.locator('[data-counts]')).toHaveText(`${steps.length} cards in this deck: 0 due today, ${steps.length - 4} new.`);
});

test('choosing a deck and looking at cards stores nothing', async ({ page }) => {
  await page.goto('/learn/');
  // With nothing added yet, the deck on show is the first learning path.
  await expect(page.getByLabel('Deck', { exact: true })).not.toHaveValue('mine');
  await page.getByLabel('Deck', { exact: true }).selectOption('mine');
  await expect(page.getByRole('heading', { name: 'Your deck is empty' })).toBeVisible();
  await expect(page).toHaveURL(/\?deck=mine$/);
  await page.getByLabel('Deck', { exact: true }).selectOption(`path:${PATH}`);
  await expect(page).toHaveURL(new RegExp(`\\?deck=path%3A${PATH}$`));
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.locator('[data-back]')).toBeVisible();
  expect(await siteKeys(page)).toEqual([]);
});

test.describe('accessibility of /learn/ (axe, WCAG 2.2 A/AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: front and back of a card, and the empty deck`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      const check = async () => {
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      };
      await page.goto('/learn/?deck=mine');
      await expect(page.getByRole('heading', { name: 'Your deck is empty' })).toBeVisible();
      await check();
      await page.goto(`/learn/?deck=path:${PATH}`);
      await expect(page.locator('#card-title')).not.toBeEmpty();
      await check();
      await page.keyboard.press('Space');
      await expect(page.locator('[data-back]')).toBeVisible();
      await check();
    });
  }
});
