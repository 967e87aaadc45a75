import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage();
for (const q of process.argv.slice(2)) {
  await p.goto(`http://127.0.0.1:4470/search/?q=${encodeURIComponent(q)}`);
  await p.locator('.search-page [role=status]').filter({ hasText: /./ }).waitFor();
  await p.waitForTimeout(300);
  const st = await p.locator('.search-page [role=status]').textContent();
  const titles = await p.locator('.search-page a.result-main .result-title').allTextContents();
  console.log(JSON.stringify({ q, status: st, top3: titles.slice(0, 3), n: titles.length }));
}
await b.close();
