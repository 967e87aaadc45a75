import { expect, test } from '@playwright/test';

const SESSION = '/glossary/session/';

test.describe('term page', () => {
  test('Session shows every section of the seed, in order', async ({ page }) => {
    await page.goto(SESSION);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Session');
    await expect(page.getByRole('list', { name: 'Categories' }).getByRole('link').first()).toHaveAttribute('href', /\/glossary\/category\//);
    const h2s = await page.locator('main h2').allTextContents();
    const order = ['Definition', 'In practice', 'The reality', 'Plain English', 'Common questions', 'Related terms', 'Related guides', 'Related services'];
    const positions = order.map((name) => h2s.findIndex((h) => h.trim() === name));
    expect(positions.every((p) => p >= 0), `headings found: ${h2s.join(' | ')}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Breadcrumb, date and sources are there too.
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Home');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Glossary');
    await expect(page.locator('time[datetime]')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.locator('#sources + ol a').first()).toHaveAttribute('href', /^https:\/\//);
  });

  test('related cards link to real pages', async ({ page }) => {
    await page.goto(SESSION);
    for (const id of ['related-terms', 'related-guides', 'related-services']) {
      const links = page.locator(`section[aria-labelledby="${id}"] a[href^="/"]`).filter({ hasNot: page.locator('.heading-anchor') });
      expect(await links.count(), id).toBeGreaterThan(0);
      const href = await links.last().getAttribute('href');
      const response = await page.request.get(href!);
      expect(response.status(), href!).toBe(200);
    }
  });

  test('prose keeps its spaces between inline elements', async ({ page }) => {
    await page.goto(SESSION);
    const definition = page.locator('h2#definition + p');
    await expect(definition).toContainText('A session is a single period of interaction with a website or app, from the first tracked action');
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(text).not.toMatch(/[a-z](Interaction|Behaviour|Engagement)[a-z]/);
  });

  test('each section heading is an anchor link with a copy button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(SESSION);
    await expect(page.locator('h2#in-practice a.heading-anchor')).toHaveAttribute('href', '#in-practice');
    await page.getByRole('button', { name: 'Copy link to the section “In practice”' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/glossary\/session\/#in-practice$/);
    await page.getByRole('button', { name: 'Copy link to the term “Session”' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/glossary\/session\/$/);
  });

  test('structured data parses and has the right types', async ({ page }) => {
    await page.goto(SESSION);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.map((b) => JSON.parse(b) as Record<string, unknown>);
    const types = data.map((d) => d['@type']);
    expect(types).toEqual(expect.arrayContaining(['DefinedTerm', 'BreadcrumbList', 'FAQPage']));
    const term = data.find((d) => d['@type'] === 'DefinedTerm')!;
    expect(term['name']).toBe('Session');
    expect((term['inDefinedTermSet'] as Record<string, unknown>)['@type']).toBe('DefinedTermSet');
    const faq = data.find((d) => d['@type'] === 'FAQPage')!;
    expect((faq['mainEntity'] as unknown[]).length).toBeGreaterThanOrEqual(3);
  });

  test('SEO: canonical, description from the summary, Open Graph', async ({ page }) => {
    await page.goto(SESSION);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/glossary\/session\/$/);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description).toMatch(/^A session is/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Session');
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', description!);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
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
    await page.goto('/glossary/');
    const bar = page.getByRole('navigation', { name: 'Jump to letter' });
    await expect(bar.getByRole('link', { name: /^S,/ })).toHaveAttribute('href', '#letter-S');
    const disabled = bar.locator('[aria-disabled="true"]');
    expect(await disabled.count()).toBeGreaterThan(0);
    await expect(disabled.first()).not.toHaveAttribute('href');
    await bar.getByRole('link', { name: /^S,/ }).click();
    await expect(page).toHaveURL(/#letter-S$/);
    await expect(page.locator('#letter-S')).toBeInViewport();
    await expect(page.locator('section[aria-labelledby="letter-S"]').getByRole('link', { name: 'Session', exact: true })).toBeVisible();
  });

  test('category chips filter, with the state in the URL and the count updated', async ({ page }) => {
    await page.goto('/glossary/');
    const count = page.locator('#term-count');
    const total = Number(/of (\d+) terms/.exec((await count.textContent())!)![1]);
    await expect(count).toHaveText(`Showing ${total} of ${total} terms`);
    await page.getByRole('navigation', { name: 'Filter by category' }).getByRole('link', { name: /^Experimentation/ }).click();
    await expect(page).toHaveURL(/\/glossary\/category\/experimentation\/$/);
    const shown = await page.locator('.term-card').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    await expect(count).toHaveText(`Showing ${shown} of ${total} terms`);
    await expect(page.getByRole('navigation', { name: 'Filter by category' }).getByRole('link', { name: /^Experimentation/ })).toHaveAttribute('aria-current', 'page');
    for (const card of await page.locator('.term-card').all()) {
      await expect(card.getByRole('link', { name: 'Experimentation' })).toBeVisible();
    }
  });

  test('?category= links land on the category page', async ({ page }) => {
    await page.goto('/glossary/?category=analytics');
    await expect(page).toHaveURL(/\/glossary\/category\/analytics\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Analytics & measurement');
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
    await page.goto(SESSION);
    await expect(page.getByRole('heading', { name: 'How long does a session last?' })).toBeVisible();
    await expect(page.locator('.faq .answer').first()).toBeVisible();
    expect((await page.locator('.faq .answer').first().innerText()).length).toBeGreaterThan(20);
    // Copy buttons need JS, so they stay hidden; the heading anchors still work.
    await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
    await page.locator('h2#faq, h2#common-questions').getByRole('link').click();
    await expect(page).toHaveURL(/#common-questions$/);
    await page.locator('section[aria-labelledby="related-terms"] a[href="/glossary/interaction/"]').click();
    await expect(page).toHaveURL(/\/glossary\/interaction\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interaction');
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
