#!/usr/bin/env node
// Screenshots of key pages at desktop and phone widths, light and dark, for a person to look at.
// Usage: npm run screenshots [-- /path/ …]   (builds nothing: serve dist/ first, e.g. `npm start`)
// SLICES=1 also saves each full page cut into viewport-sized slices, readable at a glance.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/glossary/', '/glossary/session/'];
const out = 'screenshots';
mkdirSync(out, { recursive: true });

const executablePath = await findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
for (const [size, viewport] of Object.entries(sizes)) {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1, isMobile: size === 'phone', hasTouch: size === 'phone' });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(base + path);
      const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
      await page.screenshot({ path: `${out}/${name}-${size}-${scheme}.png`, fullPage: true });
      if (process.env.SLICES) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, i = 1; y < height; y += viewport.height, i++) {
          const clip = { x: 0, y, width: viewport.width, height: Math.min(viewport.height, height - y) };
          await page.screenshot({ path: `${out}/${name}-${size}-${scheme}-${i}.png`, fullPage: true, clip });
        }
      }
    }
    await context.close();
  }
}
await browser.close();
console.log(`Saved ${paths.length * 4} screenshots in ${out}/`);
