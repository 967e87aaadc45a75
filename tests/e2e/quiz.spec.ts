import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const GUIDE = '/guides/your-first-ab-test/';

/** Picks the right option of a question, or the one after it. */
async function answer(question: Locator, right: boolean) {
  const correct = Number(await question.getAttribute('data-answer'));
  const options = question.getByRole('radio');
  const n = await options.count();
  await options.nth(right ? correct : (correct + 1) % n).check();
}

const quizStored = (page: Page) => page.evaluate(() => localStorage.getItem('lexicon:quiz'));

test('a term quiz answered right and wrong: verdict at once, explanation, links, live result, stored on answering only', async ({ page }) => {
  await page.goto('/glossary/bounce-rate/');
  const quiz = page.locator('quiz-check');
  await expect(quiz.getByRole('heading', { name: 'Check yourself' })).toBeVisible();
  const questions = quiz.locator('fieldset');
  await expect(questions).toHaveCount(2);
  const first = questions.first();
  await expect(first).toHaveAccessibleName(/Question 1 of 2 In Google Analytics 4, bounce rate is always equal to what\?/);
  await quiz.scrollIntoViewIfNeeded();
  expect(await quizStored(page)).toBeNull();

  await first.getByRole('radio', { name: '100% minus the engagement rate' }).check();
  await expect(first.locator('.verdict')).toHaveText('✓ Right.');
  await expect(first.getByText('GA4 counts a bounce as any session that was not engaged')).toBeVisible();
  await expect(first.getByRole('link', { name: 'Bounce rate' })).toHaveAttribute('href', '/glossary/bounce-rate/');
  const result = quiz.getByRole('status');
  await expect(result).toHaveText('Right. 1 of 2 answered.');
  // The first choice is the answer: the other options are now out of play.
  await expect(first.getByRole('radio', { name: 'Exit rate' })).toBeDisabled();

  const second = questions.nth(1);
  await second.getByRole('radio', { name: 'In GA4, a bounce is a session that was not engaged' }).check();
  await expect(second.locator('.verdict')).toHaveText('✗ Not quite: you chose “In GA4, a bounce is a session that was not engaged”.');
  await expect(second.getByText('Answer: In Universal Analytics, a long stay on one page stopped it counting as a bounce.')).toBeVisible();
  await expect(result).toHaveText('Not quite: the answer is “In Universal Analytics, a long stay on one page stopped it counting as a bounce”. You got 1 of 2 right.');
  expect(JSON.parse((await quizStored(page))!)).toEqual({ answers: { 'bounce-rate:a0': true, 'bounce-rate:a1': false } });
});

test('a generated question has the term among its options and answers by keyboard', async ({ page }) => {
  await page.goto('/glossary/key-event/');
  const generated = page.locator('quiz-check fieldset[data-id="key-event:g0"]');
  await expect(generated).toHaveCount(0);
  await page.goto('/glossary/above-the-fold/');
  const question = page.locator('quiz-check fieldset').first();
  await expect(question).toContainText('Which term matches this description?');
  await expect(question.getByRole('radio', { name: 'Above the fold' })).toHaveCount(1);
  // Arrow keys move between options without answering; Enter (or Space) answers.
  await question.getByRole('radio').first().focus();
  // Focus scrolls the quiz into view, which loads its code.
  await page.waitForFunction(() => customElements.get('quiz-check'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const correct = Number(await question.getAttribute('data-answer'));
  await expect(question.getByRole('radio').nth(1)).toBeChecked();
  await expect(question.locator('.verdict')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(question.locator('.verdict')).toHaveText(correct === 1 ? '✓ Right.' : /^✗ Not quite/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('each answer is in a disclosure that reads', async ({ page }) => {
    await page.goto('/glossary/bounce-rate/');
    const first = page.locator('quiz-check fieldset').first();
    await expect(first.getByRole('radio')).toHaveCount(4);
    const answerText = first.getByText('Answer: 100% minus the engagement rate.');
    await expect(answerText).toBeHidden();
    await first.getByText('Show the answer').click();
    await expect(answerText).toBeVisible();
    await expect(first.getByRole('link', { name: 'Bounce rate' })).toBeVisible();
  });
});

test('a path test gives a score, a review list of missed terms, and the guide keeps the best score', async ({ page }) => {
  await page.goto(GUIDE);
  const test_ = page.locator('quiz-check[kind="test"]');
  await expect(test_.getByRole('heading', { name: 'Test yourself on this path' })).toBeVisible();
  const questions = test_.locator('fieldset');
  const total = await questions.count();
  expect(total).toBeGreaterThanOrEqual(8);
  expect(total).toBeLessThanOrEqual(12);
  await test_.scrollIntoViewIfNeeded();
  const missedTitle = await questions.nth(2).getAttribute('data-title');
  for (let i = 0; i < total; i++) await answer(questions.nth(i), i !== 2);
  const result = test_.getByRole('status');
  await expect(result).toContainText(`You scored ${total - 1} of ${total}. Your best: ${total - 1} of ${total}.`);
  const review = test_.locator('.review');
  await expect(review.getByRole('heading')).toHaveText('To review (1)');
  await expect(review.getByRole('listitem')).toHaveText([missedTitle!]);
  await expect(review.getByRole('link', { name: missedTitle! })).toHaveAttribute('href', /^\/glossary\/[a-z0-9-]+\/$/);
  await expect(page.locator('path-progress p')).toHaveText(`0 of 5 understood · best test score ${total - 1} of ${total}`);

  // A worse try keeps the best; a better one replaces it.
  await test_.getByRole('button', { name: 'Take the test again' }).click();
  await expect(questions.first().getByRole('radio').first()).toBeFocused();
  for (let i = 0; i < total; i++) await answer(questions.nth(i), i > 2);
  await expect(result).toContainText(`You scored ${total - 3} of ${total}. Your best: ${total - 1} of ${total}.`);
  await test_.getByRole('button', { name: 'Take the test again' }).click();
  for (let i = 0; i < total; i++) await answer(questions.nth(i), true);
  await expect(result).toContainText(`You scored ${total} of ${total}.`);
  await expect(review.getByRole('heading')).toHaveText('Nothing to review: every answer was right.');
  await page.reload();
  await expect(page.locator('path-progress p')).toHaveText(`0 of 5 understood · best test score ${total} of ${total}`);
  await page.goto('/guides/');
  await expect(page.locator(`li:has(a[href="${GUIDE}"]) path-progress p`)).toHaveText(`0 of 5 understood · best test score ${total} of ${total}`);
});

test.describe('accessibility of the quiz (axe, WCAG 2.2 A/AA)', () => {
  test.slow();
  for (const scheme of ['light', 'dark'] as const) {
    test(`a term page and a guide with answered questions, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/glossary/bounce-rate/', GUIDE]) {
        await page.goto(path);
        const questions = page.locator('quiz-check fieldset');
        await page.locator('quiz-check').scrollIntoViewIfNeeded();
        await answer(questions.nth(0), true);
        await answer(questions.nth(1), false);
        await expect(questions.nth(1).locator('.verdict')).not.toBeEmpty();
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${path}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  }
});
