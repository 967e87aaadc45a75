import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { overlap } from './previews-geometry';

const SESSION = '/glossary/session/';
const definition = (page: Page) => page.locator('h2#definition + p');
const card = (page: Page, title?: string) =>
  title ? page.getByRole('dialog', { name: `Preview: ${title}` }) : page.locator('.term-preview');

/**
 * The first term the Session definition links to: the subject of the card tests. Read from the
 * built page and its preview data, so rewording the definition cannot break them.
 */
async function definitionTerm(page: Page): Promise<{ slug: string; title: string; path: string }> {
  const slug = (await definition(page).locator('a.term-link').first().getAttribute('data-term'))!;
  const preview = (await (await page.request.get(`/previews/${slug}.json`)).json()) as { title: string; href: string };
  return { slug, title: preview.title, path: preview.href };
}

/** Term slugs a page's own text links to, in order, without repeats. */
const linkedSlugs = (page: Page) =>
  page.locator('main a.term-link').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('data-term')!))]);

/** The authored Definition paragraph of a term, with link syntax reduced to its words. */
function authoredDefinition(slug: string): string {
  const source = readFileSync(new URL(`../../content/terms/${slug}.mdx`, import.meta.url), 'utf8');
  const paragraph = /## Definition\s+([\s\S]+?)\n\n/.exec(source)![1]!;
  return paragraph.replace(/\[\[!?([^\]|]+?)(?:\|([^\]]+?))?\]\]/g, (_, a: string, b?: string) => (b ?? a).trim()).replace(/\s+/g, ' ').trim();
}

test.describe('term links on the Session page', () => {
  test('terms the page links are real term links; the first link to each is described by its summary', async ({ page }) => {
    await page.goto(SESSION);
    const slugs = await linkedSlugs(page);
    expect(slugs.length).toBeGreaterThan(2);
    const inline = await page.locator('#term-previews [data-preview]').evaluateAll((els) => els.map((el) => el.getAttribute('data-preview')!));
    expect(inline.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const links = page.locator(`main a.term-link[data-term="${slug}"]`);
      await expect(links.first()).toHaveAttribute('href', `/glossary/${slug}/`);
      // A term whose preview ships with the page describes its first link only.
      if (inline.includes(slug)) await expect(links.first()).toHaveAttribute('aria-describedby', `term-desc-${slug}`);
    }
    // The description a screen reader gets is the linked term's summary, kept out of the sentence.
    const preview = (await (await page.request.get(`/previews/${inline[0]}.json`)).json()) as { summaryHtml: string };
    const summaryText = preview.summaryHtml.replace(/<[^>]+>/g, '');
    await expect(page.locator(`#term-desc-${inline[0]}`)).toHaveText(summaryText);
    await expect(page.locator('#term-previews')).toBeHidden();
    await expect(page.locator('#term-previews')).toHaveAttribute('data-pagefind-ignore', 'all');
  });

  test('the definition reads exactly as authored when copied or extracted', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(SESSION);
    const authored = authoredDefinition('session');
    expect((await definition(page).innerText()).trim()).toBe(authored);
    expect((await definition(page).textContent())!.replace(/\s+/g, ' ').trim()).toBe(authored);
    await definition(page).selectText();
    await page.keyboard.press('ControlOrMeta+C');
    expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(authored);
  });

  test('"Mentioned in" lists the pages that link to the term', async ({ page }) => {
    await page.goto(SESSION);
    const subject = await definitionTerm(page);
    await page.goto(subject.path);
    const mentioned = page.locator('section[aria-labelledby="mentioned-in"]');
    const all = mentioned.getByRole('link', { name: /^All \d+ pages that mention/ });
    // A much-mentioned term lists a few and links to the full list, which must include Session.
    const list = (await all.count()) ? (await all.click(), page.locator('main ul.list')) : mentioned;
    await expect(list.getByRole('link', { name: 'Session', exact: true })).toHaveAttribute('href', SESSION);
    for (const href of await list.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(await (await page.request.get(href)).text(), href).toMatch(new RegExp(`<a [^>]*href="${subject.path}"`));
    }
  });

  test('a much-mentioned term features a few mentions and links to all of them', async ({ page, request }) => {
    await page.goto(SESSION);
    const mentioned = page.locator('section[aria-labelledby="mentioned-in"]');
    const featured = await mentioned.locator('li').evaluateAll((items) =>
      items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, kind: li.querySelector('.kind')!.textContent })),
    );
    expect(featured).toHaveLength(24);
    // Guides and services before terms; terms Session itself links to before the others.
    const kinds = featured.map((f) => f.kind);
    expect(kinds.lastIndexOf('Guide')).toBeLessThan(kinds.indexOf('Term'));
    // Close terms: the ones Session links to in its text, or lists as related.
    const linkedFromSession = new Set(
      await page.locator('main a.term-link, [aria-labelledby="related-terms"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    );
    const closeness = featured.filter((f) => f.kind === 'Term').map((f) => linkedFromSession.has(f.href));
    expect(closeness.indexOf(false) === -1 || !closeness.slice(closeness.indexOf(false)).includes(true)).toBe(true);
    const all = mentioned.getByRole('link', { name: /^All \d+ pages that mention Session/ });
    const total = Number(/All (\d+)/.exec((await all.textContent())!)![1]);
    expect(total).toBeGreaterThan(24);
    await all.click();
    await expect(page).toHaveURL(/\/glossary\/session\/mentions\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pages that mention Session');
    const hrefs = await page.locator('main ul.list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(total);
    for (const f of featured) expect(hrefs).toContain(f.href);
    for (const href of hrefs) expect(await (await request.get(href)).text(), href).toMatch(/<a [^>]*href="\/glossary\/session\/"/);
  });
});

test.describe('mouse', () => {
  test('opens after the hover-intent delay, not before, and stays while on the card', async ({ page }) => {
    const start = new Date('2026-11-27T10:00:00Z');
    await page.clock.install({ time: start });
    await page.goto(SESSION);
    // Stop the clock, so only runFor() moves time and a slow machine cannot pass the delay early.
    await page.clock.pauseAt(new Date(start.getTime() + 60_000));
    const subject = await definitionTerm(page);
    const link = definition(page).locator('a.term-link').first();
    // The first hover loads the card code and then opens its card; leave, and time the next hover.
    await link.hover();
    await expect.poll(async () => (await page.clock.runFor(100), card(page).count())).toBe(1);
    await page.mouse.move(5, 5);
    await page.clock.runFor(500);
    await expect(card(page)).toHaveCount(0);
    await link.hover();
    await page.clock.runFor(200);
    await expect(card(page)).toHaveCount(0);
    await page.clock.runFor(300);
    await expect(card(page, subject.title)).toBeVisible();
    // Cross the gap onto the card: it stays, however long the pointer rests there.
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 4 });
    await page.clock.runFor(2000);
    await expect(card(page, subject.title)).toBeVisible();
    const open = card(page).getByRole('link', { name: `Open ${subject.title}`, exact: true });
    await expect(open).toHaveAttribute('href', subject.path);
    await expect(open).toHaveText(`Open ${subject.title} →`);
    // Leaving both closes it after the grace period.
    await page.mouse.move(5, 5);
    await page.clock.runFor(500);
    await expect(card(page)).toHaveCount(0);
  });

  test('Escape closes the card, and so does a click outside', async ({ page }) => {
    await page.goto(SESSION);
    const link = definition(page).locator('a.term-link').first();
    await link.hover();
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
    await page.mouse.move(5, 5);
    await link.hover();
    await expect(card(page)).toBeVisible();
    await page.mouse.click(5, 300);
    await expect(card(page)).toHaveCount(0);
  });

  for (const anchored of [true, false]) {
    test(`card stays inside the viewport (${anchored ? 'CSS anchor positioning' : 'measured fallback'})`, async ({ page }) => {
      if (!anchored) {
        // A browser without anchor positioning (Safari/Firefox today) takes the measured path.
        await page.addInitScript(() => {
          const supports = CSS.supports.bind(CSS);
          CSS.supports = ((a: string, b?: string) => (/anchor|position-area/.test(a) ? false : b === undefined ? supports(a) : supports(a, b))) as typeof CSS.supports;
        });
      }
      await page.setViewportSize({ width: 800, height: 600 });
      await page.goto(SESSION);
      for (const link of (await page.locator('main a.term-link').all()).slice(0, 4)) {
        await link.scrollIntoViewIfNeeded();
        await link.hover();
        await expect(card(page)).toHaveClass(anchored ? /is-anchored/ : /^term-preview$/);
        const box = (await card(page).boundingBox())!;
        // The link's first line (a link can wrap) and its whole box: the card sits by one of them.
        const lines = await link.evaluate((el) => [...el.getClientRects()].map((r) => ({ top: r.top, bottom: r.bottom })));
        const whole = (await link.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(800);
        expect(box.y + box.height).toBeLessThanOrEqual(600);
        // Next to its link: just below or just above it.
        const edges = [...lines, { top: whole.y, bottom: whole.y + whole.height }];
        const gap = Math.min(...edges.flatMap((r) => [Math.abs(box.y - r.bottom), Math.abs(box.y + box.height - r.top)]));
        expect(gap).toBeLessThan(12);
        await page.keyboard.press('Escape');
      }
    });
  }

  test('previews nest three levels deep; closing a parent closes its children', async ({ page, request }) => {
    await page.clock.install();
    await page.goto(SESSION);
    // Find a chain of three different terms, each mentioned in the previous one's summary.
    const linksIn = async (slug: string) => {
      const preview = (await (await request.get(`/previews/${slug}.json`)).json()) as { summaryHtml: string };
      return [...preview.summaryHtml.matchAll(/data-term="([^"]+)"/g)].map((m) => m[1]!);
    };
    const starts = await page.locator('main a.term-link').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('data-term')!))]);
    let chain: string[] | undefined;
    for (const a of starts) {
      for (const b of (await linksIn(a)).filter((x) => x !== a && x !== 'session')) {
        const c = (await linksIn(b)).find((x) => x !== a && x !== b && x !== 'session');
        if (c) chain = [a, b, c];
        if (chain) break;
      }
      if (chain) break;
    }
    expect(chain, 'a chain of three linked summaries').toBeDefined();
    await page.locator(`main a.term-link[data-term="${chain![0]}"]`).first().hover();
    await expect(page.locator('.term-preview')).toHaveCount(1);
    await page.locator('.term-preview').nth(0).locator(`a[data-term="${chain![1]}"]`).hover();
    await expect(page.locator('.term-preview')).toHaveCount(2);
    await page.locator('.term-preview').nth(1).locator(`a[data-term="${chain![2]}"]`).hover();
    await expect(page.locator('.term-preview')).toHaveCount(3);
    await expect(page.locator('.term-preview').nth(2)).toHaveAccessibleName(new RegExp(`^Preview: `));
    // Each child sits clear of its parent, so the parent's text stays readable.
    const boxes = await page.locator('.term-preview').evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
    for (let i = 1; i < boxes.length; i++) expect(overlap(boxes[i - 1]!, boxes[i]!), `card ${i} over its parent`).toBe(0);
    // Parents stay while the child is open; the pointer resting on the deepest card keeps all three.
    const box = (await page.locator('.term-preview').nth(2).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 10, { steps: 3 });
    // Past the close grace period: nothing the pointer rests on may close.
    await page.clock.runFor(600);
    await expect(page.locator('.term-preview')).toHaveCount(3);
    // The same term is never stacked twice: hovering the first term again inside a card does nothing new.
    await page.keyboard.press('Escape');
    await expect(page.locator('.term-preview')).toHaveCount(2);
    // Clicking outside closes the whole stack.
    await page.mouse.click(5, 5);
    await expect(page.locator('.term-preview')).toHaveCount(0);
  });
});

test.describe('setting and fallbacks', () => {
  test('previews can be turned off, and that persists across pages and visits', async ({ page }) => {
    await page.clock.install();
    await page.goto(SESSION);
    const subject = await definitionTerm(page);
    const toggle = page.getByRole('button', { name: 'Term previews' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    // Previewing stores nothing; only the reader's choice is kept, under the site's prefix.
    await definition(page).locator('a.term-link').first().hover();
    await page.clock.runFor(800);
    await expect(card(page)).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('lexicon:previews'))).toBeNull();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(card(page)).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('lexicon:previews'))).toBe('off');
    await page.goto(subject.path);
    await expect(page.getByRole('button', { name: 'Term previews' })).toHaveAttribute('aria-pressed', 'false');
    const link = page.locator('main a.term-link').first();
    await link.hover();
    // Well past the hover-intent delay, still no card.
    await page.clock.runFor(800);
    await expect(card(page)).toHaveCount(0);
    await link.click();
    await expect(page).not.toHaveURL(new RegExp(`${subject.path}$`));
    await page.getByRole('button', { name: 'Term previews' }).click();
    await expect(page.getByRole('button', { name: 'Term previews' })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => localStorage.getItem('lexicon:previews'))).toBeNull();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('term links navigate', async ({ page }) => {
      await page.goto(SESSION);
      const slug = await definition(page).locator('a.term-link').first().getAttribute('data-term');
      await definition(page).locator('a.term-link').first().click();
      await expect(page).toHaveURL(new RegExp(`/glossary/${slug}/$`));
    });
  });
});
