// The README's picture, from the build it shows: the built page, served as a site serves it, in
// Debian's Chromium at 1100×720, with the card of the article's first actor opened by its mark.
//
//   node bench/screenshot.mjs DIST OUT.png
import { chromium } from 'playwright-core';
import { siteFiles, siteServer } from './serve.mjs';

const [dist, out] = process.argv.slice(2);
if (!dist || !out) {
  console.error('usage: node bench/screenshot.mjs DIST OUT.png');
  process.exit(2);
}
const server = siteServer(siteFiles(dist));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 720 }, colorScheme: 'light' });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('.page[data-ready]');
  // The standfirst's first actor, with the article's opening above it.
  const opener = page.locator('.article__standfirst [data-opener]').first();
  await opener.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, Math.max(0, document.querySelector('.article__standfirst').getBoundingClientRect().top + scrollY - 180)));
  await opener.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.card[popover]:popover-open');
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
