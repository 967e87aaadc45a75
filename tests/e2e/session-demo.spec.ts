import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const DEMO = '/demos/session/';
const KEY = 'lexicon:session-demo';
const MIN = 60_000;
const demo = (page: Page) => page.locator('section.sd');
const stat = (page: Page, name: string) => demo(page).locator(`dl.sd-stats div:has(dt:text-is("${name}")) dd`);
const cell = (page: Page, tool: string, metric: string) => demo(page).locator(`tr[data-tool="${tool}"] td[data-metric="${metric}"]`);
const heard = (page: Page, tool: string) => demo(page).locator(`details[data-tool="${tool}"]`);
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function startDemo(page: Page, tool = 'demo') {
  await page.goto(DEMO);
  await demo(page).getByRole('button', { name: 'Start tracking my session' }).click();
  await demo(page).getByLabel('Tool', { exact: true }).selectOption(tool);
  await expect(stat(page, 'Session')).toContainText('#1');
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-27T10:00:00Z') });
});

test('nothing is recorded, loaded or shown before opt-in', async ({ page }) => {
  await page.goto('/');
  await page.goto('/glossary/');
  await page.goto(DEMO);
  await page.mouse.click(5, 5);
  await expect(demo(page).getByRole('button', { name: 'Start tracking my session' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await expect(page.locator('.sd-indicator')).toHaveCount(0);
  // Neither the recorder nor the live view is fetched.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(scripts.filter((s) => /recorder|LiveDemo/.test(s))).toEqual([]);
});

test('a session expires after the timeout and the next hit starts session 2', async ({ page }) => {
  await startDemo(page);
  await expect(stat(page, 'Page views')).toHaveText('1');
  await page.clock.runFor(25_000);
  await expect(demo(page).getByTestId('countdown')).not.toContainText('Expired');
  await page.clock.runFor(6_000);
  await expect(demo(page).getByTestId('countdown')).toContainText('Expired');
  await expect(demo(page).getByRole('status').last()).toContainText('session 1 expired');
  await demo(page).getByRole('button', { name: 'Mark a key event' }).click();
  await expect(stat(page, 'Session')).toContainText('#2');
  const past = demo(page).getByTestId('past-session');
  await expect(past).toHaveCount(1);
  await expect(past.first()).toContainText('Session #1');
  await expect(past.first()).toContainText('inactivity');
  // No raw session ids, only numbers.
  await expect(demo(page).locator('dl.sd-stats')).not.toContainText(/\bid\b/);
});

test('a 31-minute read with clicks and key presses is two GA4 sessions but one PostHog session with replay', async ({ page }) => {
  test.setTimeout(90_000);
  await startDemo(page, 'ga4');
  for (let minute = 2; minute <= 30; minute += 2) {
    // Jumping (not ticking through every second) keeps the test fast; the demo recomputes from timestamps.
    await page.clock.fastForward(2 * MIN);
    await page.locator('h1').click();
    await page.keyboard.press('Shift');
  }
  await page.clock.fastForward(MIN);
  await page.goto('/glossary/');
  await page.goto(DEMO);
  await expect(cell(page, 'ga4', 'sessions')).toContainText('2');
  await expect(cell(page, 'posthog', 'sessions')).toContainText('1');
  // Why: GA4 heard nothing of the clicks and key presses, PostHog's replay heard all of them.
  const ga4 = heard(page, 'ga4');
  await expect(ga4.getByTestId('ignored')).toContainText(/not sent: .*15 clicks.*15 key presses/);
  await expect(ga4.locator('li.sd-hit-starts').last()).toContainText('starts session 2');
  const posthog = heard(page, 'posthog');
  await expect(posthog.getByTestId('ignored')).not.toContainText('key presses');
  await posthog.locator('summary').click();
  await expect(posthog.locator('li[data-hit="$snapshot"]').first()).toBeVisible();
});

test('the compare table uses each tool’s own names and shows "—" where a tool has no such metric', async ({ page }) => {
  await startDemo(page, 'ga4');
  await expect(cell(page, 'ga4', 'engagedSessions').locator('.sd-metric-name')).toHaveText('Engaged sessions');
  for (const tool of ['ua', 'adobe', 'mixpanel', 'matomo', 'posthog']) {
    await expect(cell(page, tool, 'engagedSessions').locator('.sd-metric-value')).toHaveText('—');
    await expect(cell(page, tool, 'engagedSessions')).toContainText('no engaged-session metric');
  }
  await expect(cell(page, 'adobe', 'sessions').locator('.sd-metric-name')).toHaveText('Visits');
  await expect(cell(page, 'mixpanel', 'bounce').locator('.sd-metric-value')).toHaveText('—');
  await expect(demo(page).locator('tbody tr')).toHaveCount(6);
});

test('a new campaign is a new session for Universal Analytics and Matomo, not for GA4', async ({ page }) => {
  await startDemo(page, 'ga4');
  await demo(page).getByRole('button', { name: 'Arrive from a new campaign' }).click();
  await expect(cell(page, 'ua', 'sessions').locator('.sd-metric-value')).toHaveText('2');
  await expect(cell(page, 'matomo', 'sessions').locator('.sd-metric-value')).toHaveText('2');
  await expect(cell(page, 'ga4', 'sessions').locator('.sd-metric-value')).toHaveText('1');
});

test('the timeout field takes ordinary typing and checks the value on leaving it', async ({ page }) => {
  await startDemo(page, 'ga4');
  const field = demo(page).getByLabel('Timeout (minutes)');
  const note = demo(page).getByTestId('rule-note');
  await field.fill('');
  await expect(field).toHaveValue('');
  await field.pressSequentially('45');
  await expect(field).toHaveValue('45');
  await field.blur();
  await expect(note).toContainText('45 min 00 s without a hit (your setting)');
  await field.fill('500');
  await field.blur();
  await expect(demo(page).getByRole('alert')).toHaveText('Google Analytics 4 allows 5 to 475 minutes.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(note).toContainText('45 min 00 s');
  // Emptied and left: back to the tool's own timeout.
  await field.fill('');
  await field.blur();
  await expect(note).toContainText('30 min 00 s without a hit (the default)');
  await expect(field).toHaveValue('30');
  // Adobe's visit timeout can only be shortened on a standard report suite.
  await demo(page).getByLabel('Tool', { exact: true }).selectOption('adobe');
  await field.fill('45');
  await field.press('Enter');
  await expect(demo(page).getByRole('alert')).toHaveText('Adobe Analytics allows 1 to 30 minutes.');
  await expect(note).toContainText('virtual report suite');
});

test('while recording, other pages show the indicator, and its stop forgets everything', async ({ page }) => {
  await startDemo(page, 'ga4');
  await page.goto('/glossary/');
  const indicator = page.locator('.sd-indicator');
  await expect(indicator).toContainText('Recording your session · stop');
  await indicator.getByRole('button', { name: 'Stop recording and forget your session' }).click();
  await expect(indicator).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await page.goto('/glossary/session/');
  await expect(page.locator('.sd-indicator')).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test('page views on other pages count, survive reloads, and two tabs share one session', async ({ page, context }) => {
  await startDemo(page, 'ga4');
  await page.goto('/glossary/');
  // The recorder loads after the page; it writes the page view, then shows its indicator.
  await expect(page.locator('.sd-indicator')).toContainText('Recording your session');
  await page.goto(DEMO);
  await expect(stat(page, 'Page views')).toHaveText('3');
  await page.reload();
  await expect(stat(page, 'Page views')).toHaveText('4');
  await expect(stat(page, 'Session')).toContainText('#1');
  const other = await context.newPage();
  await other.goto('/glossary/session/');
  await expect(stat(page, 'Page views')).toHaveText('5');
  await expect(stat(page, 'Session')).toContainText('#1');
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
  await demo(page).getByRole('button', { name: 'Mark a key event' }).click();
  await expect(stat(page, 'Hits heard')).toHaveText('2');
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
  await expect(page.locator('.sd-indicator')).toHaveCount(0);
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

test('/demos/ lists the demos, the breadcrumb links to it, and both pages pass axe', async ({ page }) => {
  await page.goto(DEMO);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Demos' }).click();
  await expect(page).toHaveURL(/\/demos\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demos');
  await expect(page.getByRole('link', { name: 'Your session, live' })).toBeVisible();
  await expect(page.getByText('Scenario lab')).toBeVisible();
  let result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
  await startDemo(page, 'ga4');
  await demo(page).getByLabel('Timeout (minutes)').fill('900');
  await demo(page).getByLabel('Timeout (minutes)').blur();
  result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the stats use two columns and the table says it scrolls', async ({ page }) => {
    await startDemo(page, 'ga4');
    const columns = await demo(page).locator('dl.sd-stats').evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(2);
    await expect(demo(page).getByText('Scroll sideways for every column →')).toBeVisible();
    const wrap = demo(page).locator('.sd-table-wrap');
    expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });
});
