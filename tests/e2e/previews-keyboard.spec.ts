import { expect, test, type Page } from '@playwright/test';

/** A term page whose body links many terms, several of them more than once. */
const BOUNCE_RATE = '/glossary/bounce-rate/';
const definition = (page: Page) => page.locator('h2#definition + p');
const cards = (page: Page) => page.locator('.term-preview');

/**
 * Tab presses from the Definition heading's link to the first link of "Related terms", and how
 * many preview cards opened on the way (counted as they are added to the page).
 */
async function tabsFromDefinitionToRelated(page: Page): Promise<{ presses: number; cardsOpened: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { cardsOpened: number };
    w.cardsOpened = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.matches('.term-preview')) w.cardsOpened++;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.locator('h2#definition a.heading-anchor').focus();
  let presses = 0;
  for (; presses < 300; presses++) {
    const arrived = await page.evaluate(() => Boolean(document.activeElement?.closest('section[aria-labelledby="related-terms"]')));
    if (arrived) break;
    await page.keyboard.press('Tab');
  }
  return { presses, cardsOpened: await page.evaluate(() => (window as unknown as { cardsOpened: number }).cardsOpened) };
}

test('Tab from Definition to Related terms costs the same with previews on as off (within 10 %)', async ({ page }) => {
  test.slow();
  await page.goto(BOUNCE_RATE);
  const on = await tabsFromDefinitionToRelated(page);
  await page.getByRole('button', { name: 'Term previews' }).click();
  await page.reload();
  const off = await tabsFromDefinitionToRelated(page);
  test.info().annotations.push({ type: 'Tab presses', description: `previews on ${on.presses}, off ${off.presses}` });
  // Previews were really showing on the way with them on, and not at all with them off.
  expect(on.cardsOpened).toBeGreaterThan(10);
  expect(off.cardsOpened).toBe(0);
  expect(off.presses).toBeGreaterThan(20);
  expect(Math.abs(on.presses - off.presses)).toBeLessThanOrEqual(Math.floor(off.presses * 0.1));
});

test('focus shows a card with its key hint; Tab moves on through the page, not into the card', async ({ page }) => {
  await page.goto(BOUNCE_RATE);
  await page.locator('h2#definition a.heading-anchor').focus();
  const links = definition(page).locator('a');
  for (let i = 0; i < 10 && !(await links.nth(0).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(links.nth(0)).toBeFocused();
  const card = cards(page);
  await expect(card).toHaveCount(1);
  await expect(card.locator('.tp-hint')).toBeVisible();
  await expect(card.locator('.tp-hint')).toHaveText('Alt+↓ moves into this preview; Esc closes it.');
  await expect(card).toHaveAccessibleDescription('Alt+↓ moves into this preview; Esc closes it.');
  await page.keyboard.press('Tab');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(links.nth(0)).toBeFocused();
});

test('Alt+↓ moves into the card, Tab stays in it, Escape closes it and returns to the link; nested cards too', async ({ page, request }) => {
  await page.goto(BOUNCE_RATE);
  // The first Definition link whose card links another term, so a card can nest in it.
  const defLinks = definition(page).locator('a.term-link');
  const slugs = await defLinks.evaluateAll((as) => as.map((a) => a.getAttribute('data-term')!));
  const previews = await Promise.all(slugs.map(async (slug) => (await (await request.get(`/previews/${slug}.json`)).json()) as { title: string; summaryHtml: string }));
  const at = previews.findIndex((p) => p.summaryHtml.includes('data-term='));
  expect(at, 'a Definition link whose summary links a term').toBeGreaterThanOrEqual(0);
  const link = defLinks.nth(at);
  // What follows the link in the page's Tab order.
  const next = await link.evaluate((el) => {
    const all = [...document.querySelectorAll<HTMLElement>('main a[href], main button')].filter((x) => x.getClientRects().length);
    const after = all[all.indexOf(el as HTMLElement) + 1]!;
    after.dataset['testNext'] = '';
    return '[data-test-next]';
  });
  await page.locator('h2#definition a.heading-anchor').focus();
  for (let i = 0; i < 20 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  const card = page.getByRole('dialog', { name: `Preview: ${previews[at]!.title}` });
  await expect(card).toBeVisible();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(card).toBeFocused();
  // Tab walks the card's own links and its close button, then leaves to what follows the link.
  const inCard = await card.locator('a[href], button').count();
  for (let i = 0; i < inCard; i++) {
    await page.keyboard.press('Tab');
    expect(await card.evaluate((c) => c.contains(document.activeElement) && c !== document.activeElement)).toBe(true);
  }
  await page.keyboard.press('Tab');
  await expect(page.locator(next)).toBeFocused();
  await expect(card).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(card).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(cards(page)).toHaveCount(0);
  await expect(link).toBeFocused();

  // Into the card again, then into a card nested in it; Escape climbs back out one level at a time.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(card).toBeFocused();
  const nestedLink = card.locator('.tp-summary a[data-term]').first();
  await page.keyboard.press('Tab');
  await expect(nestedLink).toBeFocused();
  await expect(cards(page)).toHaveCount(2);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(cards(page).nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(cards(page)).toHaveCount(1);
  await expect(nestedLink).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(cards(page)).toHaveCount(0);
  await expect(link).toBeFocused();
});

test('a screen reader hears each term’s summary once on the page, on its first link', async ({ page }) => {
  await page.goto(BOUNCE_RATE);
  const links = await page.locator('term-previews a.term-link').evaluateAll((as) =>
    as.map((a) => ({ slug: a.getAttribute('data-term')!, describedBy: a.getAttribute('aria-describedby') })),
  );
  const repeated = links.length - new Set(links.map((l) => l.slug)).size;
  expect(repeated, 'the page links some terms more than once').toBeGreaterThan(5);
  const described = links.filter((l) => l.describedBy);
  // One description per term at most, on the first link to it, pointing at that term's summary.
  expect(described.map((l) => l.slug)).toEqual([...new Set(described.map((l) => l.slug))]);
  for (const d of described) {
    expect(d.describedBy).toBe(`term-desc-${d.slug}`);
    expect(links.find((l) => l.slug === d.slug)).toBe(d);
  }
  const inline = await page.locator('#term-previews [data-preview]').count();
  expect(described).toHaveLength(inline);
  // And in the accessibility tree: the first link has the summary as description, a repeat has none.
  const slug = links.find((l, i) => l.describedBy && links.findIndex((m, j) => j > i && m.slug === l.slug) > -1)!.slug;
  const summary = (await page.locator(`#term-desc-${slug}`).textContent())!.trim();
  const toSlug = page.locator(`term-previews a.term-link[data-term="${slug}"]`);
  await expect(toSlug.first()).toHaveAccessibleDescription(summary);
  await expect(toSlug.nth(1)).toHaveAccessibleDescription('');
});
