// Reading before and without the wasm, and on paper: the prerendered page, the takeover with no
// layout shift, the page with JavaScript off, and the printed handout (PDF text via pdftotext).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

test('printing gives a short handout: markers 1, 2, 3… in reading order, the notes shown, no controls', async () => {
  const { page, close } = await app.open();
  const folder = mkdtempSync(join(tmpdir(), 'handout-'));
  try {
    await page.emulateMedia({ media: 'print' });
    // The markers, in the text's order, as the printed page shows them.
    const markers = await page.evaluate(() => [...document.querySelectorAll('article .mark')].map((m) => Number(getComputedStyle(m, '::after').content.replaceAll('"', ''))));
    const firsts = markers.filter((n, i) => markers.indexOf(n) === i);
    assert.deepEqual(firsts, firsts.map((_, i) => i + 1), "each note's marker is numbered where the reader first meets it");
    assert.equal(await page.locator('.endnotes__list > li').count(), firsts.length, 'one endnote per numbered note');
    const pdf = join(folder, 'handout.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    // In reading order, column by column (not `-layout`, which interleaves the two columns).
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    const pages = (text.match(/\f/g) ?? []).length;
    assert.ok(pages <= 8, `the handout is ${pages} A4 pages`);
    assert.match(flat, /95 % of Serbian citizens see Russia as an ally or a necessary partner\./, "a poll's endnote reads as a sentence");
    assert.match(flat, /Question: How respondents see Russia/);
    assert.match(text, /https:\/\/tass\.com\/politics\/990695/, 'sources printed as URLs');
    assert.match(flat, /Original article \(https:\/\/ecfr\.eu\/article\/bound-to-russia/, 'the original is printed as a URL');
    for (const control of ['Close note', 'Hover over, tap', 'Next ›', 'Reading Companion', 'Skip past', 'About this text']) {
      assert.ok(!text.includes(control), `"${control}" is not on paper`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  await close();
});

test('printing with only poll figures marked prints those three notes, numbered 1 to 3', async () => {
  const { page, close } = await app.open({ path: '#show=poll' });
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => ({
    notes: [...document.querySelectorAll('.endnotes__list > li')].filter((li) => li.getClientRects().length > 0).map((li) => li.dataset.kind),
    markers: [...new Set([...document.querySelectorAll('article .mark')].map((m) => getComputedStyle(m, '::after').content))],
  }));
  assert.deepEqual(shown.notes, ['poll', 'poll', 'poll']);
  assert.deepEqual(shown.markers, ['"1"', '"2"', '"3"']);
  await close();
});

test('a #note= link opens that note on load, scrolled into view', async () => {
  const { page, close } = await app.open({ path: '#note=nis-centre', viewport: { width: 1280, height: 800 } });
  const card = page.getByRole('dialog');
  await card.waitFor({ state: 'visible', timeout: 15000 });
  assert.equal(await card.getByRole('heading', { level: 2 }).innerText(), 'Russian-Serbian Humanitarian Centre, Niš');
  const inView = await page.evaluate(() => {
    const r = document.querySelector('.mark[data-note="nis-centre"]').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  assert.ok(inView, 'the mark is in view');
  assert.match(page.url(), /#note=nis-centre$/);
  await page.keyboard.press('Escape');
  await page.evaluate(() => { location.hash = 'note=zeitenwende'; });
  await card.getByRole('heading', { name: 'Zeitenwende' }).waitFor({ timeout: 5000 });
  await close();
});

test('the reading options hide kinds of note, keep the choice in the URL, and restore it', async () => {
  const { page, close } = await app.open();
  await page.getByRole('button', { name: 'Reading options' }).click();
  await page.getByRole('checkbox', { name: /^Actors/ }).uncheck();
  assert.equal(await page.locator('.mark[data-note="serbia"]').count(), 0, 'actor marks are plain text');
  assert.equal(await page.locator('[data-note="serbia"] + button:enabled').count(), 0, 'and no tab stops');
  assert.ok((await page.locator('.mark[data-note="nis-centre"]').count()) > 0, 'context marks stay');
  assert.match(page.url(), /#show=poll,context$/);
  const shared = page.url();
  await page.getByRole('checkbox', { name: /^Clean reading/ }).check();
  assert.equal(await page.locator('.mark[data-mention]').count(), 0, 'clean reading: no marks');
  assert.match(page.url(), /#clean$/);
  await page.goto('about:blank');
  await page.goto(shared);
  await page.locator('.page[data-ready]').waitFor({ state: 'attached', timeout: 15000 });
  assert.equal(await page.locator('.mark[data-note="serbia"]').count(), 0, 'a shared link restores the setup');
  await close();
});

test('the colour and text size choices apply and are remembered', async () => {
  const { page, close } = await app.open();
  await page.getByRole('button', { name: 'Reading options' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(21, 23, 26)');
  await page.getByRole('button', { name: 'Larger' }).click();
  assert.equal(await page.evaluate(() => document.documentElement.style.fontSize), '115%');
  await page.reload();
  await page.locator('.page[data-ready]').waitFor({ state: 'attached', timeout: 15000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await page.evaluate(() => document.documentElement.style.fontSize), '115%');
  await page.keyboard.press('Escape');
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

test('the Who, what, when panel: actors by kind, polls as a table, a timeline in order', async () => {
  const { page, errors, close } = await app.open({ viewport: { width: 1280, height: 800 } });
  await page.getByRole('button', { name: 'Who, what, when' }).click();
  const panel = page.getByRole('region', { name: 'Who, what, when' });
  for (const group of ['People', 'States', 'Organisations', 'Parties']) {
    assert.ok((await panel.getByRole('heading', { name: group }).count()) === 1, `a ${group} group`);
  }
  const putin = dataset.notes.find((n) => n.id === 'putin');
  await panel.getByRole('button', { name: /^Vladimir Putin/ }).click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  assert.equal(await page.getByRole('dialog').getByRole('heading', { level: 2 }).innerText(), putin.title);
  assert.equal(await page.locator('[data-note="putin"][data-highlight]').count(), await page.locator('[data-note="putin"]').count());
  await page.keyboard.press('Escape');

  await panel.getByRole('button', { name: 'Polls' }).click();
  const table = panel.getByRole('table');
  assert.match(await table.locator('caption').innerText(), /ECFR poll in Serbia/);
  assert.deepEqual(await table.locator('tbody tr td:first-of-type').allInnerTexts(), ['54 %', '95 %', '11 %']);

  await panel.getByRole('button', { name: 'Timeline' }).click();
  const titles = await panel.locator('.panel__timeline li button').allInnerTexts();
  assert.equal(titles[0], 'NATO intervention in Yugoslavia', 'oldest first');
  assert.ok(titles.indexOf('Annexation of Crimea and Serbia’s response') < titles.indexOf('Russia’s full-scale invasion of Ukraine'));
  await panel.getByRole('button', { name: 'Zeitenwende' }).click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  assert.equal(await page.getByRole('dialog').getByRole('heading', { level: 2 }).innerText(), 'Zeitenwende');
  assert.deepEqual(errors, []);
  await close();
});
