// Takes the README's walkthrough screenshots from a running local Helpdesk (./mvnw -Prun):
//   npm install playwright-core && node docs/screenshots.mjs <base-url> <quality-password> <reviews.jsonl>
// Chromium from Debian (/usr/bin/chromium). The reviews file is not part of the repository.
import { chromium } from 'playwright-core';

const [base, password, file, only] = process.argv.slice(2); // only = "views": skip the import (already done)
if (!base || !password || !file) {
  console.error('usage: node docs/screenshots.mjs http://localhost:8080 <quality password> <reviews.jsonl>');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
const shot = (name, fullPage = true) => page.screenshot({ path: `docs/images/${name}.png`, fullPage });

await page.goto(`${base}/login?lang=ru`);
await page.fill('#username', 'quality');
await page.fill('#password', password);
await page.click('form button[type=submit]');

if (only !== 'views') {
await page.goto(`${base}/feedback/import`);
await page.setInputFiles('#file', file);
await page.selectOption('#format', 'JSONL');
await page.click('form button.primary');
await page.waitForURL(/\/feedback\/import\/[0-9a-f-]+/);
for (const [field, column] of [['text', 'text'], ['score', 'rating'], ['date', 'date_iso'], ['product', 'product'],
  ['externalId', 'id']]) {
  await page.selectOption(`#m-${field}`, column);
}
await page.selectOption('#m-scale', 'CSAT');
await page.selectOption('#m-channel', 'source_site'); // banki.ru or sravni.ru
await page.click('button[value=preview]');
await page.waitForLoadState();
await shot('import-preview');
await page.click('button[value=start]');
for (let i = 0; i < 600; i++) {
  await page.waitForTimeout(2000);
  await page.reload();
  if (await page.locator('a.button.primary[href$="/feedback"]').count() > 0) break;
}
await shot('import-done');
}
// Let the background analysis catch up before looking at the themes (about two minutes for 5,000 reviews).
if (only !== 'views') await page.waitForTimeout(180000);
await page.goto(`${base}/feedback/themes?from=2016-01-01&to=2025-12-31`);
await page.setViewportSize({ width: 1700, height: 1500 });
await shot('themes', false);
await page.goto(`${base}/feedback/drivers?from=2016-01-01&to=2025-12-31`);
await shot('drivers');
await browser.close();
