/**
 * The author loop in `astro dev`, on a copy of the shipped site in a temporary folder (the real
 * content/ is never touched): a saved edit shows in the open page, a broken link shows the build's
 * message (file, line, suggestion) in the error overlay and in the terminal, and fixing it brings
 * the page back. Once for a body in plain Markdown (rendered by the page from the file as saved) and
 * once for one that uses MDX (compiled by Astro's MDX pipeline): the two reach the page differently.
 * Runs in its own Playwright project, against its own dev server.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { editPlan, overlayText, siteCopy, startDev } from '../../scripts/lib/author-loop.mjs';
import { needsMdx } from '../../src/glossary/body-source';

const PORT = Number(process.env.PREVIEW_PORT ?? 4329) + 3;
const BASE = `http://127.0.0.1:${PORT}`;

test.describe.configure({ mode: 'serial' });

let site: { dir: string };
let dev: ReturnType<typeof startDev>;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = siteCopy();
  dev = startDev(site.dir, PORT);
  await expect.poll(async () => (await fetch(`${BASE}/`).catch(() => undefined))?.status, { timeout: 110_000 }).toBe(200);
});

test.afterAll(async () => {
  await dev?.stop();
  if (site) rmSync(site.dir, { recursive: true, force: true });
});

// Event's body is plain Markdown; Session's uses MDX (each test checks that first).
for (const [slug, kind] of [['event', 'plain Markdown'], ['session', 'MDX']] as const) {
  test(`${kind} body: an edit shows in the open page; a broken link shows the build’s message until it is fixed`, async ({ page }) => {
    test.setTimeout(180_000);
    try {
      await authorLoop(page, slug, kind === 'MDX');
    } catch (error) {
      // What the dev server said is the first thing to read when this fails.
      throw new Error(`${(error as Error).message}\n--- astro dev printed ---\n${dev.output.text.slice(-3000)}`, { cause: error });
    }
  });
}

async function authorLoop(page: Page, slug: string, mdx: boolean) {
  const file = join(site.dir, 'content/terms', `${slug}.mdx`);
  const original = readFileSync(file, 'utf8');
  expect(needsMdx(original.slice(original.indexOf('\n---', 4) + 4)), `${slug}.mdx uses MDX`).toBe(mdx);
  const plan = editPlan(original);
  await page.goto(`${BASE}/glossary/${slug}/`);
  const article = page.locator('article.term');
  await expect(article).toBeVisible();
  // The dev server may reload the page once while it prepares the browser code it found.
  await page.waitForLoadState('load');

  writeFileSync(file, plan.withLine('A sentence the author just wrote. '));
  await expect(article).toContainText('A sentence the author just wrote.', { timeout: 45_000 });

  const logFrom = dev.output.text.length;
  writeFileSync(file, plan.withLine(`Broken link to [[${plan.typo}]] here. `));
  // The build's line for this link: file and line, the unknown name, the term meant, the rule.
  const message = new RegExp(`content/terms/${slug}\\.mdx:${plan.line}: unknown term "${plan.typo}" — did you mean "[^"]+"\\? \\(broken-link\\)`);
  await expect.poll(() => overlayText(page), { timeout: 45_000 }).toMatch(message);
  await expect.poll(() => dev.output.text.slice(logFrom), { timeout: 10_000 }).toMatch(message);

  writeFileSync(file, original);
  await expect.poll(() => overlayText(page), { timeout: 45_000 }).toBe('');
  // The overlay closes before the reloaded page has rendered: on a busy machine that takes a while.
  await expect(article).toContainText(plan.target.slice(0, 3), { timeout: 45_000 });
  await expect(article).not.toContainText('Broken link to', { timeout: 45_000 });
}

// The dev server renders plain bodies itself and leaves MDX ones to Astro's MDX pipeline: a body
// that starts (or stops) using MDX syntax moves from one to the other without a restart.
test('a plain body that starts using MDX syntax shows, and shows again when it is plain once more', async ({ page }) => {
  test.setTimeout(120_000);
  const file = join(site.dir, 'content/terms/event.mdx');
  const original = readFileSync(file, 'utf8');
  const plan = editPlan(original);
  try {
    await page.goto(`${BASE}/glossary/event/`);
    const article = page.locator('article.term');
    await expect(article).toBeVisible();
    await page.waitForLoadState('load');
    writeFileSync(file, plan.withLine('Written with <abbr title="a tag, so MDX">markup</abbr> now. '));
    expect(needsMdx(readFileSync(file, 'utf8').slice(original.indexOf('\n---', 4) + 4))).toBe(true);
    await expect(article.locator('abbr[title="a tag, so MDX"]')).toHaveText('markup', { timeout: 45_000 });
    writeFileSync(file, plan.withLine('Plain words again. '));
    await expect(article).toContainText('Plain words again.', { timeout: 45_000 });
    await expect(article.locator('abbr')).toHaveCount(0);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- astro dev printed ---\n${dev.output.text.slice(-3000)}`, { cause: error });
  } finally {
    writeFileSync(file, original);
  }
});
