import { expect, test, type Page } from '@playwright/test';

/** A page's result (not its sections): each option is the result's own link. */
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).locator('a[role="option"].result-main');
const status = (page: Page) => page.locator('.search-page [role="status"]');

async function searchOnPage(page: Page, query: string, params = '') {
  await page.goto(`/search/?q=${encodeURIComponent(query)}${params}`);
  // The first search loads Pagefind's index and WebAssembly: allow for a busy machine.
  await expect(status(page)).not.toBeEmpty({ timeout: 15_000 });
}

const resultUrls = (page: Page) => results(page).evaluateAll((els) => els.map((el) => el.getAttribute('href')));

test.describe('search dialog', () => {
  test('"/" opens it, typing shows results, Escape closes and returns focus', async ({ page }) => {
    await page.goto('/glossary/');
    const trigger = page.getByRole('link', { name: 'Search' }).first();
    await trigger.focus();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the glossary' });
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('combobox', { name: 'Search the glossary' });
    await expect(input).toBeFocused();
    await input.fill('bounce');
    // The first search loads Pagefind's index and WebAssembly: allow for a busy machine.
    await expect(dialog.locator('[role="option"]').first()).toBeVisible({ timeout: 15_000 });
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', /dialog-search-opt-0/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('Ctrl+K opens it; arrows move the highlight and Enter follows the highlighted result', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    const input = page.getByRole('dialog', { name: 'Search the glossary' }).getByRole('combobox', { name: 'Search the glossary' });
    await expect(input).toBeFocused();
    await input.fill('funnel');
    const options = page.locator('dialog [role="option"]');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'false');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', 'dialog-search-opt-1');
    // Focus never leaves the input: the highlight is aria-activedescendant, as the combobox pattern has it.
    await expect(input).toBeFocused();
    const second = await options.nth(1).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${second!.replace(/[.?]/g, '\\$&')}$`));
  });

  test('results are links: the right address, opened by a plain click or in a new tab', async ({ page, context }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Search the glossary' }).getByRole('combobox', { name: 'Search the glossary' }).fill('session');
    const first = page.locator('dialog a[role="option"].result-main').first();
    await expect(first).toHaveAttribute('href', '/glossary/session/');
    await expect(first.locator('.result-title')).toHaveText('Session');
    // Ctrl/Cmd+click is the browser's own "open in a new tab"; this page stays where it is.
    const [tab] = await Promise.all([context.waitForEvent('page'), first.click({ modifiers: ['ControlOrMeta'] })]);
    await expect(tab).toHaveURL(/\/glossary\/session\/$/);
    await expect(page).toHaveURL(/\/$/);
    await tab.close();
    await first.click();
    await expect(page).toHaveURL(/\/glossary\/session\/$/);
  });

  test('the header button opens it with a click', async ({ page }) => {
    await page.goto('/glossary/session/');
    await page.getByRole('link', { name: 'Search' }).first().click();
    await expect(page.getByRole('dialog', { name: 'Search the glossary' })).toBeVisible();
  });
});

test.describe('ranking', () => {
  for (const [query, slug] of [
    ['session', 'session'],
    ['Session', 'session'],
    ['visit', 'session'],
    ['sessions', 'session'],
    ['bounce rate', 'bounce-rate'],
    ['key events', 'key-event'],
  ] as const) {
    test(`"${query}" puts ${slug} first`, async ({ page }) => {
      await searchOnPage(page, query);
      expect((await resultUrls(page))[0]).toBe(`/glossary/${slug}/`);
    });
  }

  test('a query fetches only the names starting like it; the full name list only when nothing is found', async ({ page }) => {
    const names: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/search-terms')) names.push(path);
    });
    await searchOnPage(page, 'visit');
    expect((await resultUrls(page))[0]).toBe('/glossary/session/');
    expect(names).toEqual(['/search-terms/v.json']);
    const input = page.locator('.search-page').getByRole('combobox', { name: 'Search the glossary' });
    // A misspelling that still matches stray words is corrected from the shard it already has.
    await input.fill('sesion');
    await expect(status(page)).toContainText('for Session. Search instead for “sesion”.');
    expect(names).toEqual(['/search-terms/v.json', '/search-terms/s.json']);
    // Pagefind matches a one-letter word (a unit, a variable) at the start of any query, so a query
    // that finds nothing must start with a letter no glossary text uses alone.
    await input.fill('ξξξξ');
    await expect(status(page)).toContainText('No results');
    expect(names).toEqual(['/search-terms/v.json', '/search-terms/s.json', '/search-terms/_.json', '/search-terms.json']);
  });

  for (const [prefix, slug] of [
    ['ses', 'session'],
    ['fun', 'funnel'],
    ['eng', 'engagement'],
  ] as const) {
    test(`the prefix "${prefix}" finds ${slug} in the top 3`, async ({ page }) => {
      await searchOnPage(page, prefix);
      expect((await resultUrls(page)).slice(0, 3)).toContain(`/glossary/${slug}/`);
    });
  }

  test('results show title, category, excerpt and a deep link to the best section', async ({ page }) => {
    await searchOnPage(page, 'timeout');
    const first = results(page).first();
    await expect(first.locator('.result-title')).not.toBeEmpty();
    await expect(first.locator('.result-kind')).toContainText('Term');
    const section = page.locator('.search-page a[role="option"].result-section').first();
    await expect(section).toHaveAttribute('href', /#[a-z0-9-]+$/);
    await expect(section.locator('.result-excerpt')).not.toBeEmpty();
    await expect(page.locator('.search-page .result-excerpt mark').first()).toBeVisible();
  });

  test('a phrase only in another term’s preview does not return the page that mentions it', async ({ page }) => {
    // Interaction's summary: shown on the Session page only inside the (hidden) preview data.
    await searchOnPage(page, 'deliberate action a person takes');
    const urls = await resultUrls(page);
    expect(urls).toContain('/glossary/interaction/');
    expect(urls).not.toContain('/glossary/session/');
  });
});

test.describe('search page', () => {
  test('/search/?q=session renders results on load, and the home form submits to it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('session');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=session$/);
    await expect(results(page).first()).toHaveAttribute('href', '/glossary/session/');
  });

  test('category and type filters narrow results and survive a reload via the URL', async ({ page }) => {
    const total = async () => Number(/^(\d+) result/.exec((await status(page).textContent()) ?? '')?.[1] ?? NaN);
    await searchOnPage(page, 'rate');
    const all = await total();
    await page.locator('.search-page').getByLabel('Category').selectOption('conversion-optimisation');
    await expect(page).toHaveURL(/category=conversion-optimisation/);
    await expect.poll(total).toBeLessThan(all);
    await page.locator('.search-page').getByLabel('Type').selectOption('term');
    await expect(page).toHaveURL(/type=term/);
    await page.reload();
    await expect(page.locator('.search-page').getByLabel('Category')).toHaveValue('conversion-optimisation');
    await expect(page.locator('.search-page').getByLabel('Type')).toHaveValue('term');
    await expect(results(page).first()).toBeVisible();
    for (const result of await results(page).all()) {
      await expect(result.locator('.result-kind')).toContainText('Conversion optimisation');
    }
  });

  for (const [typo, title] of [
    ['sesion', 'Session'],
    ['enagement', 'Engagement'],
  ] as const) {
    test(`"${typo}" searches ${title} instead`, async ({ page }) => {
      await searchOnPage(page, typo);
      await expect(status(page)).toContainText(`for ${title}. Search instead for “${typo}”.`);
      await expect(results(page).first().locator('.result-title')).toHaveText(title);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('says search needs JavaScript and links to the A–Z index', async ({ page }) => {
      await page.goto('/search/?q=session');
      await expect(page.getByText('Search needs JavaScript')).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Search the glossary' })).toBeHidden();
      await page.getByRole('link', { name: 'A–Z index' }).click();
      await expect(page).toHaveURL(/\/glossary\/$/);
    });
  });
});
