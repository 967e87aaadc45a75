/**
 * The scenario lab in a real browser: every scenario reads fully without JavaScript (lanes,
 * counts, explanations), the slider steps through time by keyboard and pointer, term pages link
 * their scenarios, and the pages are axe-clean in light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

const FOLDER = new URL('../../content/scenarios/', import.meta.url);
const SCENARIOS = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ slug: name.replace(/\.yaml$/, ''), ...(parse(readFileSync(new URL(name, FOLDER), 'utf8')) as { title: string; illustrates: string[] }) }));
const SLUGS = SCENARIOS.map((s) => s.slug);
const LANES = ['GA4', 'UA', 'Adobe', 'Mixpanel', 'Matomo', 'Matomo + heartbeat', 'PostHog', 'PostHog + replay'];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const COUNT = /^(\d+) (session|visit)s?$/;

/** The count each lane of the chart shows, by its short name. */
async function laneCounts(page: Page): Promise<Record<string, number>> {
  const lanes = page.locator('.lab-lane');
  const out: Record<string, number> = {};
  for (let i = 0; i < (await lanes.count()); i++) {
    const lane = lanes.nth(i);
    const name = (await lane.locator('.lab-label strong').textContent())!.trim();
    const count = (await lane.locator('.lab-count').textContent())!.trim();
    out[name] = Number(COUNT.exec(count)?.[1]);
  }
  return out;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the index lists every scenario with each tool’s count', async ({ page }) => {
    await page.goto('/demos/scenarios/');
    await expect(page.getByRole('heading', { level: 1, name: 'Scenario lab' })).toBeVisible();
    const cards = page.locator('.card');
    await expect(cards).toHaveCount(SLUGS.length);
    for (const slug of SLUGS) {
      const card = page.locator('.card', { has: page.locator(`a[href="/demos/scenarios/${slug}/"]`) });
      await expect(card.locator('dt')).toHaveText(LANES);
      for (const value of await card.locator('dd').allTextContents()) expect(value.trim()).toMatch(COUNT);
    }
  });

  for (const slug of SLUGS) {
    test(`${slug}: lanes, counts and explanations render`, async ({ page }) => {
      await page.goto(`/demos/scenarios/${slug}/`);
      // The slider is a script feature: hidden, and the whole visit shows.
      await expect(page.getByRole('slider')).toBeHidden();
      await expect(page.locator('.lab-lane')).toHaveCount(LANES.length);
      await expect(page.locator('.lab-lane svg .lab-session').first()).toBeVisible();
      await expect(page.locator('.is-future')).toHaveCount(0);
      const counts = await laneCounts(page);
      expect(Object.keys(counts)).toEqual(LANES);
      // The table says the same counts, each with a one-line reason and the rule's source.
      const rows = page.locator('table.counts tbody tr');
      await expect(rows).toHaveCount(LANES.length);
      for (let i = 0; i < LANES.length; i++) {
        const row = rows.nth(i);
        const n = counts[LANES[i]!]!;
        await expect(row.locator('th')).toHaveText(LANES[i]!);
        await expect(row.locator('td').nth(0)).toHaveText(COUNT);
        await expect(row.locator('td').nth(1)).toHaveText(new RegExp(`^${n} (session|visit)s?: .+\\.$`));
        await expect(row.locator('td').nth(2).locator('a')).toHaveAttribute('href', /^https:\/\//);
      }
      // Each tool's section in words: its sessions, one item each.
      for (let i = 0; i < LANES.length; i++) await expect(page.locator('section.tool').nth(i).locator('ul.sessions > li')).toHaveCount(counts[LANES[i]!]!);
    });
  }

  test('the 31-minute read: two GA4 sessions, one for PostHog with replay', async ({ page }) => {
    await page.goto('/demos/scenarios/read-31-minutes/');
    const counts = await laneCounts(page);
    expect(counts['GA4']).toBe(2);
    expect(counts['PostHog + replay']).toBe(1);
  });

  test('term pages link the scenarios that illustrate them', async ({ page }) => {
    await page.goto('/glossary/engaged-session/');
    const block = page.locator('section.see-it');
    await expect(block.getByRole('heading', { name: 'See it happen' })).toBeVisible();
    await expect(block.getByRole('link', { name: 'A 31-minute read, scrolling and clicking' })).toHaveAttribute('href', '/demos/scenarios/read-31-minutes/');
    await expect(block.getByRole('link', { name: /All scenarios/ })).toHaveAttribute('href', '/demos/scenarios/');
    await page.goto('/glossary/session/');
    // Every scenario touches Session: the page shows four of them and leaves the rest to the lab.
    const illustrating = SCENARIOS.filter((s) => s.illustrates.includes('session')).map((s) => s.title);
    expect(illustrating.length).toBeGreaterThan(4);
    const shown = await page.locator('section.see-it li a').allTextContents();
    expect(shown).toHaveLength(4);
    for (const title of shown) expect(illustrating).toContain(title);
  });
});

test.describe('scrubbing', () => {
  test('the keyboard steps through moments, fading what has not happened yet', async ({ page }) => {
    await page.goto('/demos/scenarios/read-31-minutes/');
    const slider = page.getByRole('slider', { name: 'Time in the scenario' });
    // It starts at the end: everything has happened.
    await expect(slider).toHaveAttribute('aria-valuenow', String(33 * 60));
    await expect(slider).toHaveAttribute('aria-valuetext', /^0:33:00 \(11:33\): after the last step\. Sessions so far: GA4 2, UA 1, .*PostHog \+ replay 1\.$/);
    await expect(page.locator('.is-future')).toHaveCount(0);

    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuenow', '0');
    await expect(slider).toHaveAttribute('aria-valuetext', /^0:00:00 \(11:00\): Opens \/glossary\/session\/ from www\.google\.com\. Sessions so far: GA4 1, UA 1/);
    const futureAtStart = await page.locator('.is-future').count();
    expect(futureAtStart).toBeGreaterThan(10);
    await expect(page.locator('[data-lane="ga4"] .lab-so-far')).toHaveText('so far: 1 session, 1 hit');

    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', /^0:03:00 \(11:03\): Scrolls to 25 %\./);
    await expect.poll(() => page.locator('.is-future').count()).toBeLessThan(futureAtStart);

    // Page Up moves ten minutes; the next arrow lands on GA4's first session ending.
    await page.keyboard.press('PageUp');
    await expect(slider).toHaveAttribute('aria-valuenow', String(13 * 60));
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', /^0:31:00 \(11:31\): Scrolls to 90 %; GA4 starts session 2\. Sessions so far: GA4 2,/);
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', /^0:30:00 \(11:30\): GA4 session 1 ends.*Sessions so far: GA4 1,/);
    await expect(page.locator('[data-lane="ga4"] .lab-session').nth(1)).toHaveClass(/is-future/);
  });

  test('Back and Next buttons and the pointer move the same slider', async ({ page }) => {
    await page.goto('/demos/scenarios/lunch-break/');
    const slider = page.getByRole('slider', { name: 'Time in the scenario' });
    await page.getByRole('button', { name: 'Previous moment' }).click();
    const end = Number(await slider.getAttribute('aria-valuemax'));
    expect(Number(await slider.getAttribute('aria-valuenow'))).toBeLessThan(end);
    await slider.click({ position: { x: 1, y: 4 } });
    await expect(slider).toHaveAttribute('aria-valuenow', '0');
    await page.getByRole('button', { name: 'Next moment' }).click();
    await expect(slider).toHaveAttribute('aria-valuetext', /^0:02:00 \(12:22\): Clicks a link to this site; Opens \/glossary\/bounce-rate\//);
  });
});

test('search finds a scenario by its words, marked as a scenario', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Search the glossary' }).getByRole('combobox', { name: 'Search the glossary' }).fill('lunch break');
  const result = page.locator('dialog [role="option"]', { hasText: 'A 35-minute lunch break in the same tab' }).first();
  await expect(result).toHaveAttribute('href', '/demos/scenarios/lunch-break/');
  await expect(result.locator('.result-kind')).toHaveText('Scenario');
});

test('no console errors or CSP violations while scrubbing', async ({ page }) => {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('/demos/scenarios/across-midnight/');
  const slider = page.getByRole('slider', { name: 'Time in the scenario' });
  await slider.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(slider).not.toHaveAttribute('aria-valuenow', '0');
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

test.describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  test.slow();
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(scheme, () => {
      test.use({ colorScheme: scheme });
      for (const path of ['/demos/scenarios/', '/demos/scenarios/read-31-minutes/']) {
        test(path, async ({ page }) => {
          await page.goto(path);
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        });
      }
    });
  }
});
