/**
 * The answer first, and no friction on the way: the "In short" box above the fold, "Also called"
 * without inflections, "On this page" that follows the reader, the A–Z list view and letter bar,
 * and services pages that end with a next step.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { alsoCalled } from '../../src/glossary/also-called';
import { allTermSources, serviceTerms, termSource, type TermSource } from './content';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1366, height: 900 } };
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const terms = allTermSources();
/**
 * The terms whose top of page is longest: title, shown aliases, summary and plain-English line
 * (a title line holds about 20 characters on a phone, so it weighs double).
 */
const tallestTops = terms
  .map((t) => ({ t, size: t.title.length * 2 + alsoCalled(t.title, t.aliases).join(', ').length + t.summary.length + t.plainEnglish.length }))
  .sort((a, b) => b.size - a.size)
  .slice(0, 3)
  .map(({ t }) => t);
const AboveTheFold = [termSource('session'), ...tallestTops];

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

async function expectInShortAboveTheFold(page: Page, term: TermSource) {
  await page.goto(`/glossary/${term.slug}/`);
  const box = page.locator('.in-short');
  await expect(box.getByRole('heading', { level: 2 })).toHaveText('In short');
  await expect(box.locator('.summary')).toHaveText(term.summary);
  await expect(box.locator('#plain-english')).toContainText(term.plainEnglish);
  const bottom = await box.evaluate((el) => el.getBoundingClientRect().bottom);
  expect(bottom, `${term.slug}: the box ends at ${bottom}px`).toBeLessThanOrEqual(page.viewportSize()!.height);
}

test.describe('the answer first', () => {
  for (const [name, device] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    test.describe(name, () => {
      test.use(device);
      test(`"In short" sits under the title and ends above the fold (${AboveTheFold.map((t) => t.slug).join(', ')})`, async ({ page }) => {
        for (const term of AboveTheFold) await expectInShortAboveTheFold(page, term);
      });
    });
  }

  test('the box comes straight after the title, and the plain-English line is said once', async ({ page }) => {
    const session = termSource('session');
    await page.goto('/glossary/session/');
    const order = await page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      const box = document.querySelector('.in-short')!;
      const firstBodyHeading = document.querySelector('#definition')!;
      const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { boxAfterTitle: follows(h1, box), boxBeforeBody: follows(box, firstBodyHeading) };
    });
    expect(order).toEqual({ boxAfterTitle: true, boxBeforeBody: true });
    const text = await page.locator('main').innerText();
    expect(text.split(session.plainEnglish).length - 1).toBe(1);
    await expect(page.getByRole('heading', { name: 'Plain English' })).toHaveCount(0);
    // Old links to the plain-English section land on the line in the box.
    await page.goto('/glossary/session/#plain-english');
    await expect(page.locator('#plain-english')).toBeInViewport();
  });

  test('"Also called" shows other names, not plurals or spellings of the title', async ({ page }) => {
    const bounceRate = termSource('bounce-rate');
    // The content keeps the plural forms, for linking and search.
    expect(bounceRate.aliases).toEqual(expect.arrayContaining(['bounce', 'bounces', 'bounce rates']));
    await page.goto('/glossary/bounce-rate/');
    await expect(page.locator('.aliases')).toHaveText('Also called bounce');
    await page.goto('/glossary/call-to-action/');
    await expect(page.locator('.aliases')).toHaveText('Also called CTA');
    // A term whose aliases are all inflections has no "Also called" line at all.
    await page.goto('/glossary/confidence-interval/');
    await expect(page.locator('.aliases')).toHaveCount(0);
  });
});

test.describe('on this page', () => {
  test.describe('desktop', () => {
    test.use(DESKTOP);

    test('beside the text, marks the section being read as the reader scrolls', async ({ page }) => {
      await page.goto('/glossary/session/');
      const toc = page.getByRole('navigation', { name: 'On this page' });
      await expect(toc).toBeVisible();
      const current = toc.locator('a[aria-current="true"]');
      await expect(current).toHaveCount(0);
      const sections: [id: string, text: string][] = [
        ['the-reality', 'The reality'],
        ['common-questions', 'Common questions'],
        ['in-practice', 'In practice'],
      ];
      for (const [id, text] of sections) {
        await page.locator(`#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await expect(current).toHaveText(text);
        await expect(current).toHaveCount(1);
      }
      // At the very bottom the last section is current, however short it is.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(current).toHaveText('Sources');
    });
  });

  test.describe('phone', () => {
    test.use(PHONE);

    test('folded above the body, closed until opened, and it follows scrolling too', async ({ page }) => {
      await page.goto('/glossary/session/');
      const details = page.locator('on-this-page.top details');
      await expect(details).toBeVisible();
      await expect(details).not.toHaveAttribute('open');
      await expect(page.locator('on-this-page.aside')).toBeHidden();
      const position = await page.evaluate(() => {
        const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
        return { afterBox: follows(document.querySelector('.in-short')!, document.querySelector('on-this-page.top')!), beforeBody: follows(document.querySelector('on-this-page.top')!, document.querySelector('#definition')!) };
      });
      expect(position).toEqual({ afterBox: true, beforeBody: true });
      const links = details.getByRole('navigation', { name: 'On this page' }).getByRole('link');
      await expect(links.first()).toBeHidden();
      await details.locator('summary').click();
      await expect(details).toHaveAttribute('open');
      await links.filter({ hasText: 'Common questions' }).click();
      await expect(page).toHaveURL(/#common-questions$/);
      await expect(page.locator('#common-questions')).toBeInViewport();
      await expect(details.locator('a[aria-current="true"]')).toHaveText('Common questions');
    });
  });
});

test.describe('A–Z index', () => {
  const termCount = terms.length;
  // A list row holds a name and one line; cards hold the whole summary and the categories.
  const LIST_ROW_MAX = 70;

  test.describe('phone', () => {
    test.use(PHONE);

    test('shows the dense list by default, stores nothing until the reader switches, then remembers', async ({ page }) => {
      await page.goto('/glossary/');
      const toggle = page.getByRole('group', { name: 'View' });
      await expect(toggle.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
      await expect(toggle.getByRole('button', { name: 'Cards' })).toHaveAttribute('aria-pressed', 'false');
      const listHeight = await pageHeight(page);
      expect(listHeight).toBeLessThan(termCount * LIST_ROW_MAX);
      expect(await page.evaluate(() => localStorage.getItem('lexicon:az-view'))).toBeNull();

      await toggle.getByRole('button', { name: 'Cards' }).click();
      await expect(toggle.getByRole('button', { name: 'Cards' })).toHaveAttribute('aria-pressed', 'true');
      await expect.poll(() => pageHeight(page)).toBeGreaterThan(listHeight * 2);
      expect(await page.evaluate(() => localStorage.getItem('lexicon:az-view'))).toBe('cards');
      // The choice applies before the first paint of the next page: the pre-paint script sets it.
      await page.goto('/glossary/category/analytics/');
      await expect(page.locator('html')).toHaveAttribute('data-az-view', 'cards');
      await expect(page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Cards' })).toHaveAttribute('aria-pressed', 'true');
    });

    test('the letter bar is one row that scrolls, and a jump keeps the letter heading in view', async ({ page }) => {
      await page.goto('/glossary/');
      const bar = page.getByRole('navigation', { name: 'Jump to letter' });
      const row = bar.getByRole('list');
      const metrics = await row.evaluate((ul) => ({ scrolls: ul.scrollWidth > ul.clientWidth, rows: new Set([...ul.children].map((li) => li.getBoundingClientRect().top)).size }));
      expect(metrics).toEqual({ scrolls: true, rows: 1 });
      for (const letter of ['S', 'W']) {
        await bar.getByRole('link', { name: new RegExp(`^${letter},`) }).click();
        await expect(page).toHaveURL(new RegExp(`#letter-${letter}$`));
        const heading = page.locator(`#letter-${letter}`);
        await expect(heading).toBeInViewport();
        await expect
          .poll(async () => {
            const barBottom = await bar.evaluate((el) => el.getBoundingClientRect().bottom);
            const headingTop = await heading.evaluate((el) => el.getBoundingClientRect().top);
            return headingTop - barBottom;
          }, `the ${letter} heading clears the sticky letter bar`)
          .toBeGreaterThanOrEqual(0);
      }
    });
  });

  test.describe('desktop', () => {
    test.use(DESKTOP);

    test('shows cards by default and the list on request', async ({ page }) => {
      await page.goto('/glossary/');
      const toggle = page.getByRole('group', { name: 'View' });
      await expect(toggle.getByRole('button', { name: 'Cards' })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.term-card .chips').first()).toBeVisible();
      await toggle.getByRole('button', { name: 'List' }).click();
      await expect(page.locator('.term-card .chips').first()).toBeHidden();
      expect(await page.evaluate(() => localStorage.getItem('lexicon:az-view'))).toBe('list');
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ ...PHONE, javaScriptEnabled: false });

    test('a phone still gets the list, and no toggle it cannot use', async ({ page }) => {
      await page.goto('/glossary/');
      await expect(page.getByRole('group', { name: 'View' })).toBeHidden();
      expect(await pageHeight(page)).toBeLessThan(termCount * LIST_ROW_MAX);
    });
  });
});

test.describe('services', () => {
  test('the main navigation links to services, and a services page ends with a next step', async ({ page }) => {
    const [service] = serviceTerms();
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Services' }).click();
    await expect(page).toHaveURL(/\/services\/$/);
    await expect(nav.getByRole('link', { name: 'Services' })).toHaveAttribute('aria-current', 'page');
    await page.goto(`/services/${service!.slug}/`);
    const next = page.getByRole('region', { name: 'Next step' });
    await expect(next).toBeVisible();
    // No contact is configured in this build, so the step is what to read next: guides that walk
    // through the service's terms, then the glossary. Every link leads to a real page.
    const links = next.getByRole('link');
    await expect(links.last()).toHaveText(/The glossary A–Z/);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect((await page.request.get(href)).status(), href).toBe(200);
    }
    const isLast = await next.evaluate((section) => {
      const article = section.closest('article')!;
      return [...article.querySelectorAll('section')].at(-1) === section;
    });
    expect(isLast).toBe(true);
  });
});

test.describe('accessibility on a phone (axe, WCAG 2.2 A/AA)', () => {
  test.slow();
  test.use(PHONE);
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of ['/glossary/session/', '/glossary/', '/services/analytics-audit/']) {
      test(`${scheme} ${path}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        // With the folded "On this page" open, so its links are checked too.
        if (path === '/glossary/session/') await page.locator('on-this-page.top summary').click();
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
});
