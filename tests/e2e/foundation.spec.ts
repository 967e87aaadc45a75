import { expect, test } from '@playwright/test';
import { htmlToText } from '../../src/term-links/render';
import type { TermPreview } from '../../src/term-links/preview';
import { allTermSources, categoryTitles, comparable, guideSteps, readerText, sectionParagraphs, serviceTerms, termSource } from './content';

/** The seed term: the page that shows every part of a term page (sections, FAQ, related, demo). */
const SESSION = '/glossary/session/';
const session = termSource('session');
const BODY_SECTIONS = { definition: 'Definition', 'in-practice': 'In practice', 'the-reality': 'The reality' };

test.describe('term page', () => {
  test('the seed term shows every section of a term page, in order', async ({ page }) => {
    await page.goto(SESSION);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(session.title);
    const titles = categoryTitles();
    await expect(page.getByRole('list', { name: 'Categories' }).getByRole('link')).toHaveText(session.categories.map((slug) => titles[slug]!));
    await expect(page.getByRole('list', { name: 'Categories' }).getByRole('link').first()).toHaveAttribute('href', `/glossary/category/${session.categories[0]}/`);
    const order = ['In short', 'Definition', 'In practice', 'The reality', 'Common questions', 'Related terms', 'Related guides', 'Related services'];
    const h2s = (await page.locator('main h2').allTextContents()).map((h) => h.trim());
    expect(h2s.filter((h) => order.includes(h))).toEqual(order);
    // Breadcrumb, date and sources are there too.
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem')).toHaveText(['Home', 'Glossary', session.title]);
    await expect(page.locator('time[datetime]')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    expect(await page.locator('#sources + ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(session.sources.map((source) => source.url));
  });

  test('related cards are the related entries, and link to real pages', async ({ page }) => {
    // A guide that walks through the term, or a service about it, is related even if not listed.
    const expected = {
      'related-terms': (session.related.terms ?? []).map((slug) => `/glossary/${slug}/`),
      'related-guides': [...new Set([...(session.related.guides ?? []), ...guideSteps().filter((g) => g.steps.includes(session.slug)).map((g) => g.slug)])].map((slug) => `/guides/${slug}/`),
      'related-services': [...new Set([...(session.related.services ?? []), ...serviceTerms().filter((s) => s.terms.includes(session.slug)).map((s) => s.slug)])].map((slug) => `/services/${slug}/`),
    };
    await page.goto(SESSION);
    for (const [id, hrefs] of Object.entries(expected)) {
      const links = page.locator(`section[aria-labelledby="${id}"] a[href^="/"]`).filter({ hasNot: page.locator('.heading-anchor') });
      const shown = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(shown.toSorted(), id).toEqual(hrefs.toSorted());
      const href = shown.at(-1)!;
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });

  test('prose keeps its spaces between inline elements', async ({ page }) => {
    await page.goto(SESSION);
    // Each paragraph reads exactly as written: a space lost or added around a link, emphasis or
    // code would show here. The expected words come from the content file.
    for (const [id, heading] of Object.entries(BODY_SECTIONS)) {
      const rendered = await page.locator(`h2#${id}`).evaluate((h2) => {
        const paragraphs: string[] = [];
        for (let el = h2.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
          if (el.tagName === 'P') paragraphs.push((el as HTMLElement).innerText);
        }
        return paragraphs;
      });
      expect(rendered.map(comparable), heading).toEqual(sectionParagraphs(session.body, heading).map(readerText));
    }
    const answers = await page.locator('.faq .answer').allInnerTexts();
    expect(answers.map(comparable)).toEqual(session.faq.map((f) => readerText(f.answer)));
  });

  test('each section heading is an anchor link with a copy button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(SESSION);
    await expect(page.locator('h2#in-practice a.heading-anchor')).toHaveAttribute('href', '#in-practice');
    await page.getByRole('button', { name: 'Copy link to the section “In practice”' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/glossary\/session\/#in-practice$/);
    await page.getByRole('button', { name: `Copy link to the term “${session.title}”` }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/glossary\/session\/$/);
  });

  test('structured data parses and has the right types', async ({ page }) => {
    await page.goto(SESSION);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.map((b) => JSON.parse(b) as Record<string, unknown>);
    expect(data.map((d) => d['@type'])).toEqual(['DefinedTerm', 'BreadcrumbList']);
    const [term, breadcrumbs] = data as [Record<string, unknown>, Record<string, unknown>];
    expect(term['name']).toBe(session.title);
    expect(term['alternateName']).toEqual(session.aliases);
    expect((term['inDefinedTermSet'] as Record<string, unknown>)['@type']).toBe('DefinedTermSet');
    expect((breadcrumbs['itemListElement'] as { name: string }[]).map((item) => item.name)).toEqual(['Home', 'Glossary', session.title]);
  });

  test('SEO: canonical, description from the summary, Open Graph', async ({ page, request }) => {
    const preview = (await (await request.get('/previews/session.json')).json()) as TermPreview;
    const summary = htmlToText(preview.summaryHtml);
    await page.goto(SESSION);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/glossary\/session\/$/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', summary);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', session.title);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', summary);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  });
});

test.describe('print', () => {
  test('sources print their address; term links and chrome print as plain text', async ({ page }) => {
    await page.goto('/glossary/session/');
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el, '::after').content);
    expect(await after('main p a[href^="/glossary/"]')).toBe('none');
    const source = await page.locator('ol.sources a').first().getAttribute('href');
    expect(await after('ol.sources a')).toBe(`" (${source})"`);
    await expect(page.locator('header.site-header')).toBeHidden();
    await expect(page.locator('#definition')).toBeVisible();
  });
});

test.describe('site files', () => {
  test('sitemap lists term pages and robots.txt points at it', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
    const index = await (await request.get('/sitemap-index.xml')).text();
    const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)![1]!;
    const sitemap = await (await request.get(new URL(sitemapUrl).pathname)).text();
    expect(sitemap).toContain('/glossary/session/</loc>');
    expect(sitemap).not.toContain('404');
  });

  test('unknown pages get the 404 page', async ({ page }) => {
    const response = await page.goto('/glossary/no-such-term/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Browse the glossary A–Z' })).toBeVisible();
  });
});

test.describe('A–Z index', () => {
  test('letter bar links letters with terms and disables the rest', async ({ page }) => {
    // The letters and counts the content calls for: a title's first letter, or # for a digit or sign.
    const perLetter = new Map<string, number>();
    for (const { title } of allTermSources()) {
      const first = title.trim().charAt(0).toUpperCase();
      const letter = /^[A-Z]$/.test(first) ? first : '#';
      perLetter.set(letter, (perLetter.get(letter) ?? 0) + 1);
    }
    const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    const plural = (n: number) => `${n} term${n === 1 ? '' : 's'}`;
    await page.goto('/glossary/');
    const bar = page.getByRole('navigation', { name: 'Jump to letter' });
    expect(await bar.getByRole('link').evaluateAll((links) => links.map((a) => [a.getAttribute('aria-label'), a.getAttribute('href')]))).toEqual(
      [...alphabet, '#'].filter((l) => perLetter.has(l)).map((l) => [`${l}, ${plural(perLetter.get(l)!)}`, `#letter-${l}`]),
    );
    const disabled = bar.locator('[aria-disabled="true"]');
    await expect(disabled).toHaveText(alphabet.filter((l) => !perLetter.has(l)));
    expect(await disabled.evaluateAll((spans) => spans.filter((s) => s.hasAttribute('href')).length)).toBe(0);
    // Jumping to the seed term's letter shows its card there.
    const letter = session.title.charAt(0).toUpperCase();
    await bar.getByRole('link', { name: new RegExp(`^${letter},`) }).click();
    await expect(page).toHaveURL(new RegExp(`#letter-${letter}$`));
    await expect(page.locator(`#letter-${letter}`)).toBeInViewport();
    await expect(page.locator(`section[aria-labelledby="letter-${letter}"]`).getByRole('link', { name: session.title, exact: true })).toBeVisible();
  });

  test('category chips filter, with the state in the URL and the count updated', async ({ page }) => {
    const terms = allTermSources();
    const category = 'experimentation';
    const title = categoryTitles()[category]!;
    const inCategory = terms.filter((t) => t.categories.includes(category));
    const chip = page.getByRole('navigation', { name: 'Filter by category' }).getByRole('link', { name: new RegExp(`^${escapeRegExp(title)}`) });
    await page.goto('/glossary/');
    const count = page.locator('#term-count');
    await expect(count).toHaveText(`Showing ${terms.length} of ${terms.length} terms`);
    await chip.click();
    await expect(page).toHaveURL(new RegExp(`/glossary/category/${category}/$`));
    await expect(count).toHaveText(`Showing ${inCategory.length} of ${terms.length} terms`);
    await expect(chip).toHaveAttribute('aria-current', 'page');
    expect((await page.locator('.term-card .card-title').allTextContents()).map((t) => t.trim()).sort()).toEqual(inCategory.map((t) => t.title).sort());
    for (const card of await page.locator('.term-card').all()) {
      await expect(card.getByRole('link', { name: title, exact: true })).toBeVisible();
    }
  });

  test('?category= links land on the category page', async ({ page }) => {
    await page.goto('/glossary/?category=analytics');
    await expect(page).toHaveURL(/\/glossary\/category\/analytics\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(categoryTitles()['analytics']!);
  });
});

test.describe('theme', () => {
  test('toggle cycles system → light → dark, persists, and applies before first paint', async ({ page }) => {
    await page.addInitScript(() => {
      // Record the theme at the moment <body> is created: anything set later would flash.
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset['theme'] ?? 'system';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: /^Theme:/ });
    await expect(toggle).toHaveAccessibleName('Theme: system (change)');
    await toggle.click();
    await expect(toggle).toHaveAccessibleName('Theme: light (change)');
    await toggle.click();
    await expect(toggle).toHaveAccessibleName('Theme: dark (change)');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto(SESSION);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(18, 20, 23)');
    await expect(page.getByRole('button', { name: /^Theme:/ })).toHaveAccessibleName('Theme: dark (change)');
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('system');
  });

  test('system theme follows the operating system', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 23)');
    await context.close();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the term page reads fully, FAQ included, and links navigate', async ({ page }) => {
    const [first] = session.faq;
    const related = termSource(session.related.terms![0]!);
    await page.goto(SESSION);
    // Every question is shown as a heading, and the answers are open to read.
    const questions = page.locator('.faq h3');
    await expect(questions.first()).toBeVisible();
    expect((await questions.allInnerTexts()).map(comparable)).toEqual(session.faq.map((f) => comparable(f.question)));
    await expect(page.locator('.faq .answer').first()).toBeVisible();
    expect(comparable(await page.locator('.faq .answer').first().innerText())).toBe(readerText(first!.answer));
    // Copy buttons need JS, so they stay hidden; the heading anchors still work.
    await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
    await page.locator('h2#faq, h2#common-questions').getByRole('link').click();
    await expect(page).toHaveURL(/#common-questions$/);
    await page.locator(`section[aria-labelledby="related-terms"] a[href="/glossary/${related.slug}/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/glossary/${related.slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(related.title);
  });

  test('the skip link moves to the main content', async ({ page }) => {
    await page.goto('/glossary/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const path of ['/', '/glossary/', SESSION, '/glossary/category/analytics/', '/guides/', '/guides/measuring-a-website/', '/services/analytics-audit/']) {
    test(`no horizontal scroll on ${path}`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
