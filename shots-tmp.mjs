import { chromium } from '@playwright/test';
const BASE = 'http://127.0.0.1:4410';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [vw, vh, label] of [[1366, 900, 'desktop'], [390, 844, 'phone']]) {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: vw, height: vh }, colorScheme: scheme });
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-11-27T10:00:00Z') });
    await page.goto(`${BASE}/demos/`);
    await page.screenshot({ path: `/tmp/w4-demo/shots/demos-${label}-${scheme}.png`, fullPage: true });
    await page.goto(`${BASE}/demos/session/`);
    await page.locator('section.sd').getByRole('button', { name: 'Start tracking my session' }).click();
    await page.locator('#sd-tool').waitFor();
    for (let m = 0; m < 16; m++) {
      await page.clock.runFor(2 * 60_000);
      await page.locator('h1').click();
      await page.keyboard.press('Shift');
    }
    await page.goto(`${BASE}/glossary/`);
    await page.clock.runFor(3 * 60 * 60_000);
    await page.goto(`${BASE}/demos/session/`);
    await page.locator('#sd-tool').waitFor();
    await page.locator('section.sd').getByRole('button', { name: 'Arrive from a new campaign' }).click();
    await page.waitForTimeout(500);
    await page.locator('section.sd').screenshot({ path: `/tmp/w4-demo/shots/session-${label}-${scheme}.png` });
    await page.screenshot({ path: `/tmp/w4-demo/shots/session-top-${label}-${scheme}.png` });
    await page.goto(`${BASE}/glossary/`);
    await page.screenshot({ path: `/tmp/w4-demo/shots/indicator-${label}-${scheme}.png` });
    await context.close();
  }
}
await browser.close();
