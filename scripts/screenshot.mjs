// `node scripts/screenshot.mjs URL OUT.png [width height]`: a headless-Chromium screenshot of a page, with its console errors.
// ACTION may hold extra Playwright steps run on `page` before the shot.
import { chromium } from '@playwright/test';
const [url, out, w = '1600', h = '1000'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
const errors = [];
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') errors.push(m.type() + ': ' + m.text());
});
page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
await page.goto(url);
await page.waitForTimeout(1500);
if (process.env.ACTION) await eval(`(async () => { ${process.env.ACTION} })()`);
await page.screenshot({ path: out });
console.log(errors.join('\n') || 'no console errors');
await browser.close();
