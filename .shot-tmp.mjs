import { chromium } from '@playwright/test';
const base = process.env.BASE_URL;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [size, viewport] of Object.entries({ desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } })) {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport, colorScheme: scheme, isMobile: size === 'phone', hasTouch: size === 'phone' });
    const page = await context.newPage();
    await page.goto(base + '/demos/session/');
    const start = page.getByRole('button', { name: 'Start tracking my session' });
    await start.scrollIntoViewIfNeeded();
    await start.click();
    await page.getByRole('button', { name: 'Mark a key event' }).click();
    await page.getByText('Past sessions').or(page.getByTestId('countdown')).first().waitFor();
    await page.locator('.sd').first().screenshot({ path: `/tmp/w5-island/sd-${size}-${scheme}.png` });
    await context.close();
  }
}
await browser.close();
