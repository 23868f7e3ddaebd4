// Reading before and without the wasm, in Debian's Chromium where only its DevTools protocol can
// set the scene: the prerendered file itself, JavaScript off, the takeover's layout shift (with a
// dataset served by interception), the clipboard, and the single file with the network off. The
// printed handout, deep links, the reading options, colours and the panel are the acceptance
// suite's (`tests/acceptance/`, three engines).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copiedText, readDataset, root, served } from './harness.mjs';

const dataset = await readDataset('data/bound-to-russia.json');

const app = served('dist');

test('the built index.html already holds the whole article, its title and description', async () => {
  const html = await readFile(join(root, 'dist/index.html'), 'utf8');
  assert.match(html, /<title>Bound to Russia: Serbia’s disruptive neutrality · Reading Companion<\/title>/);
  // Trunk minifies the page's head: attributes may be unquoted and in another order.
  const description = html.match(/<meta [^>]*name="?description"?[^>]*>/)?.[0] ?? '';
  assert.match(description, / content="The deepening relationship between Belgrade and Moscow/);
  assert.equal((html.match(/ data-block="/g) ?? []).length, dataset.article.blocks.length);
  assert.equal((html.match(/<li id="endnote-/g) ?? []).length, dataset.notes.length);
});

test('without JavaScript the article reads in full, its cards open and close, and its notes are numbered endnotes', async () => {
  const { page, close } = await app.open({ javaScriptEnabled: false, waitForApp: false, viewport: { width: 1280, height: 800 } });
  const shown = await page.locator('[data-block]').evaluateAll((els) => els.map((e) => [e.dataset.block, e.textContent]));
  assert.deepEqual(shown, dataset.article.blocks.map((b) => [b.id, b.text]));
  // Before the caption, in the page's words: the photo it is for is not shown.
  assert.equal(await page.locator('.article__caption .article__photo').innerText(), 'The original’s photo, not shown:');
  assert.ok(await page.locator('#endnotes-title').isVisible(), 'the endnotes are shown');
  const mark = page.locator('.mark[data-note="nis-centre"]').first();
  const reference = await mark.evaluate((m) => getComputedStyle(m, '::after').content);
  assert.equal(reference, `"${await mark.getAttribute('data-ref')}"`, 'the mark shows its endnote number');
  assert.match(await page.locator('#endnote-nis-centre').innerText(), /What the record shows: The article says “since 2016”/);
  await mark.click();
  const card = page.getByRole('dialog');
  await card.waitFor({ state: 'visible' });
  assert.equal(await card.getByRole('heading', { level: 2 }).innerText(), 'Russian-Serbian Humanitarian Centre, Niš');
  assert.match(await card.innerText(), /What the record shows/i);
  assert.equal(await card.getByRole('button', { name: 'Copy link to this note' }).count(), 0, 'no control that needs the app');
  await card.getByRole('button', { name: 'Close note' }).click();
  await card.waitFor({ state: 'hidden' });
  await close();
});

/** The page's cumulative layout shift (not caused by input) until its marks are interactive. */
async function shiftUntilMounted(page) {
  await page.evaluate(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.locator('.page[data-ready]').waitFor({ state: 'attached', timeout: 15000 });
  await page.waitForTimeout(300);
  return page.evaluate(() => window.__shift);
}

test('the app takes over the prerendered page without a layout shift and keeps the place', async () => {
  const { page, close } = await app.open({ waitForApp: false });
  const shift = await shiftUntilMounted(page);
  assert.ok(shift <= 0.1, `cumulative layout shift ${shift}`);
  assert.equal(await page.locator('#companion .page[data-ready]').count(), 1, 'the prerendered page is the page, taken over');
  assert.equal(await page.locator('.page').count(), 1, 'one page, not two');
  await close();
});

test('a dataset from elsewhere replaces the page, through its loading line, without a layout shift', async () => {
  const { page, close } = await app.open({ waitForApp: false });
  await page.route((url) => url.pathname === '/elsewhere/primer.json', async (route) =>
    route.fulfill({ contentType: 'application/json', body: await readFile(join(root, 'data/examples/primer.json'), 'utf8') }),
  );
  await page.goto(new URL('?data=/elsewhere/primer.json', page.url()).href);
  const shift = await shiftUntilMounted(page);
  const primer = await readDataset('data/examples/primer.json');
  assert.equal(await copiedText(page.locator('h1')), primer.article.blocks[0].text, 'the dataset from elsewhere is shown');
  assert.equal(shift, 0, 'no layout shift');
  await close();
});

test('a dataset address on the article page goes to the page that reads it, resolved where it was written', async () => {
  const { page, errors, close } = await app.open({ waitForApp: false });
  await page.route((url) => url.pathname === '/elsewhere/primer.json', async (route) =>
    route.fulfill({ contentType: 'application/json', body: await readFile(join(root, 'data/examples/primer.json'), 'utf8') }),
  );
  // Relative to the article page: from open/ the same words would name /open/elsewhere/….
  await page.goto(new URL('?embed&data=elsewhere/primer.json#note=serbia', page.url()).href);
  const card = page.getByRole('dialog');
  await card.waitFor({ state: 'visible', timeout: 15000 });
  const primer = await readDataset('data/examples/primer.json');
  assert.equal(await copiedText(page.locator('h1')), primer.article.blocks[0].text, 'the dataset from elsewhere is shown');
  assert.equal(await card.getByRole('heading').first().innerText(), primer.notes.find((n) => n.id === 'serbia').title, 'its note from the address is open');
  const url = new URL(page.url());
  assert.equal(url.pathname, '/open/');
  assert.equal(url.searchParams.get('data'), new URL('/elsewhere/primer.json', url).href, 'the address made absolute');
  assert.ok(url.searchParams.has('embed'), 'the other choices kept');
  assert.deepEqual(errors, []);
  await close();
});

test('copy link puts a link to the note, with the current marks, on the clipboard', async () => {
  const { page, close } = await app.open({ permissions: ['clipboard-read', 'clipboard-write'] });
  await page.locator('[data-note="zeitenwende"]').first().click();
  await page.getByRole('button', { name: 'Copy link to this note' }).click();
  await page.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(new URL(link).hash, '#note=zeitenwende');
  await close();
});

test('the single-file build works opened from file:// with the network off', async () => {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`file://${join(root, 'target/reading-companion.html')}`);
    await page.locator('.page[data-ready]').waitFor({ state: 'attached', timeout: 15000 });
    await page.locator('[data-note="putin"]').first().click();
    assert.equal(await page.getByRole('dialog').getByRole('heading', { level: 2 }).innerText(), 'Vladimir Putin');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
