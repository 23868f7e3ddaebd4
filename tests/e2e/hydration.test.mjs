// Hydration: the page the build wrote is the page the app uses. The wasm hydrates the
// prerendered DOM node by node, so every node stays in place (nothing is rendered again), and a
// page whose markup no longer matches what the components render (rewritten by a minifier, a
// proxy or a hand) fails loudly rather than half working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { root, served } from './harness.mjs';

const app = served('dist');

/** Opens the article's page with its wasm held back until `release()`. */
async function openHeld() {
  const opened = await app.open({ waitForApp: false, hold: true });
  return opened;
}

test('hydration keeps every prerendered node: the app takes the page over without rendering it again', async () => {
  const { page, errors, close, release } = await openHeld();
  const before = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.getElementById('companion'), NodeFilter.SHOW_ALL);
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) node.__prerendered = ++count;
    return { count, ready: !!document.querySelector('.page[data-ready]') };
  });
  assert.equal(before.ready, false, 'before the wasm, the browser has the page');
  release();
  await page.locator('.page[data-ready]').waitFor({ state: 'attached', timeout: 15000 });
  const after = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.getElementById('companion'), NodeFilter.SHOW_ALL);
    const fresh = [];
    let kept = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.__prerendered) kept++;
      else fresh.push(node.nodeName + (node.id ? '#' + node.id : ''));
    }
    return { kept, fresh };
  });
  assert.equal(after.kept, before.count, 'every prerendered node is still in the page');
  assert.deepEqual(after.fresh, [], 'and nothing was rendered anew');
  assert.deepEqual(errors, []);
  await close();
});

test('the cards are hydrated after the app takes over: in idle time, or as one first opens, at its mention', async () => {
  // The browser's idle time, held back until the test gives it.
  const { page, errors, close } = await app.open({
    init: () => {
      window.__idle = [];
      window.requestIdleCallback = (run) => __idle.push(run);
    },
  });
  // A card's island has hydrated once its `<leptos-children>` holds the owner Leptos leaves there.
  const hydrated = () => page.evaluate(() =>
    [...document.querySelectorAll('.card leptos-children')].filter((c) => c.$$on_hydrate).map((c) => c.closest('.card').id));
  assert.deepEqual(await hydrated(), [], 'the app is ready with no card hydrated');
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.getElementById('card-russia'), NodeFilter.SHOW_ALL);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) node.__prerendered = true;
  });
  const steps = page.locator('#card-russia .card__mentions [aria-live]');
  // Russia's second marked phrase opens its card first.
  await page.locator('#mention-8').click();
  await page.locator('#card-russia').waitFor({ state: 'visible' });
  assert.deepEqual(await hydrated(), ['card-russia'], 'only the opened card is hydrated');
  const second = await steps.textContent();
  assert.match(second, /^Mention [2-9] of \d+$/, 'the card says where this mention stands, not the first');
  const fresh = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.getElementById('card-russia'), NodeFilter.SHOW_ALL);
    const out = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.__prerendered) out.push(node.nodeName);
    return out;
  });
  assert.deepEqual(fresh, [], 'hydrating the card rendered nothing anew');
  await page.keyboard.press('Escape');
  await page.locator('#card-russia').waitFor({ state: 'hidden' });
  await page.locator('#mention-1').click();
  await page.locator('#card-russia').waitFor({ state: 'visible' });
  assert.equal(await steps.textContent(), second.replace(/^Mention \d+/, 'Mention 1'));
  await page.evaluate(() => { while (__idle.length) __idle.shift()({ timeRemaining: () => 50 }); });
  const cards = await page.locator('.card').count();
  assert.equal((await hydrated()).length, cards, 'given idle time, every card is hydrated');
  assert.deepEqual(errors, []);
  await close();
});

test('a page whose markup does not match the components fails to hydrate, loudly', async () => {
  const html = await readFile(join(root, 'dist/index.html'), 'utf8');
  // What a minifier does: drop the comments that mark where dynamic content goes.
  const rewritten = html.replace(/<!-->/g, '').replace(/<!>/g, '');
  assert.notEqual(rewritten, html, 'the prerendered page holds hydration markers');
  const { page, errors, close } = await app.open({ waitForApp: false, html: rewritten });
  await page.waitForTimeout(1500);
  assert.ok(errors.length > 0, 'the mismatch is reported on the console');
  assert.equal(await page.locator('.page[data-ready]').count(), 0, 'and the app never takes the page over');
  // It stays the browser's: a phrase still opens its card, and Esc closes it.
  await page.locator('[data-note="vucic"]').first().click();
  await page.getByRole('dialog').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.card[popover="auto"]').count(), await page.locator('.card[popover]').count(), 'every card is still the browser\'s');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await close();
});
