import { expect, test, type Page } from '@playwright/test';

const DEMO = '/demos/session/';
const KEY = 'lexicon:session-demo';
const demo = (page: Page) => page.locator('section.sd');
const stat = (page: Page, name: string) => demo(page).locator(`dl.sd-stats div:has(dt:text-is("${name}")) dd`);

async function startDemo(page: Page, rules = 'demo') {
  await page.goto(DEMO);
  await demo(page).getByRole('button', { name: 'Start tracking my session' }).click();
  await demo(page).getByLabel('Rules').selectOption(rules);
  await expect(stat(page, 'Session')).toContainText('#1');
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-27T10:00:00Z') });
});

test('nothing is recorded before opt-in', async ({ page }) => {
  await page.goto('/');
  await page.goto('/glossary/');
  await page.goto(DEMO);
  await page.mouse.click(5, 5);
  await expect(demo(page).getByRole('button', { name: 'Start tracking my session' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  // No recorder code is fetched either.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(scripts.some((s) => s.includes('session-recorder'))).toBe(false);
});

test('a session expires after the timeout and the next interaction starts session 2', async ({ page }) => {
  await startDemo(page);
  await expect(stat(page, 'Page views')).toHaveText('1');
  await page.locator('h1').click();
  await expect(stat(page, 'Interactions')).not.toHaveText('0');
  await page.clock.runFor(25_000);
  await expect(demo(page).getByTestId('countdown')).not.toContainText('Expired');
  await page.clock.runFor(6_000);
  await expect(demo(page).getByTestId('countdown')).toContainText('Expired');
  await expect(demo(page).getByRole('status').last()).toContainText('Session 1 expired');
  await page.locator('h1').click();
  await expect(stat(page, 'Session')).toContainText('#2');
  const past = demo(page).getByTestId('past-session');
  await expect(past).toHaveCount(1);
  await expect(past.first()).toContainText('Session #1');
  await expect(past.first()).toContainText('inactivity');
});

test('a key event makes the session engaged and says which rule fired', async ({ page }) => {
  await startDemo(page, 'ga4');
  await expect(stat(page, 'Engaged (GA4)')).toHaveText('Not yet');
  await demo(page).getByRole('button', { name: 'Mark a key event' }).click();
  await expect(stat(page, 'Engaged (GA4)')).toHaveText('Yes — a key event');
});

test('page views on other pages count, survive reloads, and two tabs share one session', async ({ page, context }) => {
  await startDemo(page, 'ga4');
  await page.goto('/glossary/');
  await page.goto(DEMO);
  await expect(stat(page, 'Page views')).toHaveText('3');
  await page.reload();
  await expect(stat(page, 'Page views')).toHaveText('4');
  await expect(stat(page, 'Session')).toContainText('#1');
  // Another tab of the site records into the same session, and this tab sees it at once.
  const other = await context.newPage();
  await other.goto('/glossary/session/');
  await expect(stat(page, 'Page views')).toHaveText('5');
  await expect(stat(page, 'Session')).toContainText('#1');
});

test('coming back with the browser’s Back button shows activity from the page in between', async ({ page }) => {
  await startDemo(page, 'ga4');
  await page.goto('/glossary/');
  await page.goBack();
  await expect(stat(page, 'Page views')).toHaveText(/^[23]$/);
  await expect(stat(page, 'Session')).toContainText('#1');
  // Whether restored from the back/forward cache or reloaded, the page at least counts /glossary/.
  const pages = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).activities.filter((a: { kind: string }) => a.kind === 'pageview').map((a: { page: string }) => a.page), KEY);
  expect(pages).toContain('/glossary/');
});

test('the comparison table counts the same activity under every preset', async ({ page }) => {
  await startDemo(page, 'ga4');
  await demo(page).getByRole('button', { name: 'Arrive from a new campaign' }).click();
  const row = (id: string) => demo(page).locator(`tr[data-rules="${id}"] td`).first();
  await expect(row('ga4')).toHaveText('1');
  await expect(row('ua')).toHaveText('2');
  await expect(row('matomo')).toHaveText('2');
  await expect(demo(page).locator('tbody tr')).toHaveCount(7);
});

test('with storage blocked the demo still runs and says so', async ({ page }) => {
  await page.addInitScript(() => {
    const fail = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: fail, configurable: true });
  });
  await page.goto(DEMO);
  await expect(demo(page).getByRole('note')).toContainText('this tab only');
  await demo(page).getByRole('button', { name: 'Start tracking my session' }).click();
  await expect(stat(page, 'Session')).toContainText('#1');
  await page.locator('h1').click();
  await expect(stat(page, 'Interactions')).not.toHaveText('0');
});

test('corrupt saved data is replaced, with a notice, not a crash', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{broken'), KEY);
  await page.goto(DEMO);
  await expect(demo(page).getByRole('note')).toContainText('could not be read');
  await expect(demo(page).getByRole('button', { name: 'Stop and forget' })).toBeVisible();
});

test('"Stop and forget" erases everything', async ({ page }) => {
  await startDemo(page);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).not.toBeNull();
  await demo(page).getByRole('button', { name: 'Stop and forget' }).click();
  await expect(demo(page).getByRole('button', { name: 'Start tracking my session' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await page.goto('/glossary/');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test('a hidden tab runs no timers', async ({ page }) => {
  await page.addInitScript(() => {
    const active = new Set<number>();
    const set = window.setInterval.bind(window);
    const clear = window.clearInterval.bind(window);
    window.setInterval = ((fn: TimerHandler, ms?: number) => {
      const id = set(fn, ms);
      active.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) active.delete(id);
      clear(id);
    }) as typeof window.clearInterval;
    (window as unknown as { activeIntervals: () => number }).activeIntervals = () => active.size;
  });
  await startDemo(page);
  expect(await page.evaluate(() => (window as unknown as { activeIntervals: () => number }).activeIntervals())).toBeGreaterThan(0);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  expect(await page.evaluate(() => (window as unknown as { activeIntervals: () => number }).activeIntervals())).toBe(0);
  // Coming back recomputes from timestamps: a long absence shows as expired at once.
  await page.clock.runFor(60_000);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(demo(page).getByTestId('countdown')).toContainText('Expired');
});

test('the Session term page embeds the demo', async ({ page }) => {
  await page.goto('/glossary/session/');
  await demo(page).scrollIntoViewIfNeeded();
  await expect(demo(page).getByRole('button', { name: 'Start tracking my session' })).toBeVisible();
});
