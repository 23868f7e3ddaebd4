// The built release `dist/` in Debian's Chromium, for what only Chromium's DevTools protocol shows:
// the page mounts with no console error (a broken wasm-opt passes every other test), and follows
// the system's dark mode (emulated). How cards open and where they go is the acceptance suite's
// (`tests/acceptance/`, three engines).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copiedText, readDataset, served } from './harness.mjs';

const dataset = await readDataset('data/bound-to-russia.json');

const { open } = served('dist');

describe('the release build in Chromium', () => {
  test('mounts with the whole article, a mark for every note, and no console errors', async () => {
    const { page, errors, close } = await open();
    const text = await copiedText(page.locator('article'));
    for (const block of dataset.article.blocks) {
      assert.ok(text.includes(block.text), `block ${block.id} is shown verbatim`);
    }
    for (const note of dataset.notes) {
      assert.ok((await page.locator(`[data-note="${note.id}"]`).count()) > 0, `note ${note.id} has a mark`);
    }
    const marks = await page.locator('[data-mention]').count();
    // The app opens the cards: a mark's button is read as its phrase, without "collapsed".
    const buttons = page.locator('[data-mention] + button:not([popovertarget]):not([aria-expanded])');
    assert.equal(await buttons.count(), marks, 'every mark has a button of the app, with no state until its card opens');
    assert.equal(await page.title(), 'Bound to Russia: Serbia’s disruptive neutrality · Reading Companion');
    assert.deepEqual(errors, []);
    await close();
  });

  test('dark mode follows prefers-color-scheme', async () => {
    const { page, close } = await open({ colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, 'rgb(21, 23, 26)');
    await close();
  });
});
