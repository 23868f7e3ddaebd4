// The built release `dist/`, served on 127.0.0.1 and read in Debian's Chromium the way a person
// would: it must mount (a broken wasm-opt passes every other test), show the article and its
// marks, open cards by hover, keyboard and tap, keep them in the viewport, and log no errors.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cardBox, copiedText, readDataset, root, served } from './harness.mjs';

const dataset = await readDataset('data/bound-to-russia.json');
const noteTitle = Object.fromEntries(dataset.notes.map((n) => [n.id, n.title]));

const { open } = served('dist');

/** Runs axe-core on the page for WCAG 2.0–2.2 A/AA and best practices; returns its result. */
async function audit(page) {
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }),
  );
}

function describeViolations(violations) {
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`).join('\n');
}

/** The note whose mark has focus: a mark's button takes focus for its phrase, which names it. */
function noteOfFocus() {
  const phrase = document.getElementById(document.activeElement?.getAttribute('aria-labelledby'));
  return phrase?.dataset.note;
}

/** Presses Tab until a mark has focus (the reading options come first); returns its note. */
async function tabToFirstMark(page) {
  // The panel's and the options' buttons, then the link past the article, then its first mark.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const note = await page.evaluate(noteOfFocus);
    if (note) return note;
  }
  return undefined;
}

function inside(box, viewport) {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5;
}

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

  test('hover opens the card after a short delay, the pointer can enter it, and leaving closes it', async () => {
    const { page, errors, close } = await open({ viewport: { width: 1280, height: 800 } });
    const mark = page.locator('[data-note="vucic"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const box = await cardBox(page);
    assert.equal(await page.getByRole('dialog').getByRole('heading', { level: 2 }).innerText(), noteTitle.vucic);
    assert.ok(inside(box, { width: 1280, height: 800 }), `card inside the viewport: ${JSON.stringify(box)}`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.waitForTimeout(700);
    assert.ok(await page.getByRole('dialog').isVisible(), 'still open with the pointer in the card');
    await page.waitForTimeout(2000);
    assert.ok(await page.getByRole('dialog').isVisible(), 'hover cards do not time out');
    await page.mouse.move(5, 5, { steps: 4 });
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    assert.deepEqual(errors, []);
    await close();
  });

  test('keyboard: Tab reaches a mark, Enter opens, Tab enters the card, Esc closes and focus returns', async () => {
    const { page, close } = await open();
    const first = await tabToFirstMark(page);
    assert.ok(first, 'Tab reaches a mark right after the tools and the link past the article');
    await page.keyboard.press('Enter');
    await cardBox(page);
    assert.equal(await page.getByRole('dialog').getByRole('heading', { level: 2 }).innerText(), noteTitle[first]);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-expanded')), 'true');
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => !!document.activeElement.closest('.card:popover-open')), 'focus is in the card');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(noteOfFocus), first);
    await close();
  });

  test('cards near the edges and on wrapped phrases stay inside the viewport', async () => {
    const viewport = { width: 1280, height: 800 };
    const { page, close } = await open({ viewport });
    const marks = page.locator('.mark[data-mention]');
    const count = await marks.count();
    for (const index of [0, Math.floor(count / 2), count - 1]) {
      const mark = marks.nth(index);
      await mark.scrollIntoViewIfNeeded();
      await mark.click();
      const box = await cardBox(page);
      assert.ok(inside(box, viewport), `mark ${index}: ${JSON.stringify(box)}`);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    }
    await close();
  });

  test('on a phone a tap opens a bottom sheet, a tap outside closes it, and nothing scrolls sideways', async () => {
    const viewport = { width: 320, height: 640 };
    const { page, close } = await open({ viewport, hasTouch: true, isMobile: true });
    const mark = page.locator('[data-note="poll-russia-ally"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    const box = await cardBox(page);
    assert.ok(inside(box, viewport), JSON.stringify(box));
    assert.ok(Math.abs(box.y + box.height - viewport.height) < 1, 'the sheet sits on the bottom edge');
    assert.equal(Math.round(box.width), viewport.width);
    assert.match(await page.getByRole('dialog').innerText(), /54 %/);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), viewport.width);
    await page.touchscreen.tap(160, 40);
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await close();
  });

  test('source links are https and open in a new tab without an opener', async () => {
    const { page, close } = await open();
    await page.locator('[data-note="nis-centre"]').first().click();
    await cardBox(page);
    const links = await page.getByRole('dialog').locator('.card__sources a').evaluateAll((as) => as.map((a) => [a.href, a.target, a.rel]));
    assert.ok(links.length > 0);
    // The head's link to them scrolls the card there, and leaves the address alone.
    const card = page.getByRole('dialog');
    await card.evaluate((c) => { c.style.maxHeight = '220px'; });
    await card.locator('.card__to-sources').click();
    await page.waitForFunction(() => { const c = document.querySelector('.card:popover-open'); const s = c.querySelector('.card__sources'); return c.scrollTop > 0 && s.getBoundingClientRect().top < c.getBoundingClientRect().bottom - 20; });
    assert.match(page.url(), /#note=nis-centre$/);
    for (const [href, target, rel] of links) {
      assert.match(href, /^https:\/\//);
      assert.equal(target, '_blank');
      assert.equal(rel, 'noopener noreferrer');
    }
    assert.match(await page.getByRole('dialog').textContent(), /What the record shows/);
    await close();
  });

  test('a card hangs from the line of a wrapped phrase that the pointer is on', async () => {
    const viewport = { width: 1280, height: 800 };
    const { page, close } = await open({ viewport });
    const index = await page.evaluate(() => [...document.querySelectorAll('.mark[data-mention]')].findIndex((m) => m.getClientRects().length > 1));
    assert.ok(index >= 0, 'the article has a mark that wraps across lines');
    const mark = page.locator('.mark[data-mention]').nth(index);
    await mark.scrollIntoViewIfNeeded();
    const lines = await mark.evaluate((m) => [...m.getClientRects()].map((r) => ({ left: r.left, top: r.top, bottom: r.bottom, width: r.width })));
    const second = lines[1];
    await page.mouse.move(second.left + Math.min(10, second.width / 2), (second.top + second.bottom) / 2, { steps: 4 });
    const box = await cardBox(page);
    const below = Math.abs(box.y - (second.bottom + 6)) <= 1;
    const above = Math.abs(box.y + box.height - (second.top - 6)) <= 1;
    assert.ok(below || above, `card ${JSON.stringify(box)} hangs from the second line ${JSON.stringify(second)}`);
    assert.ok(inside(box, viewport));
    await close();
  });

  test('dark mode follows prefers-color-scheme', async () => {
    const { page, close } = await open({ colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, 'rgb(21, 23, 26)');
    await close();
  });
});

describe('accessibility (axe-core)', () => {
  const states = {
    'initial page': async () => {},
    'a card opened by keyboard': async (page) => {
      await tabToFirstMark(page);
      await page.keyboard.press('Enter');
      await cardBox(page);
    },
    'a card opened by pointer': async (page) => {
      const mark = page.locator('[data-note="poll-russia-ally"]').first();
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await cardBox(page);
    },
  };
  for (const colorScheme of ['light', 'dark']) {
    for (const [state, reach] of Object.entries(states)) {
      test(`${state} in ${colorScheme} mode has no violations`, async (t) => {
        const { page, close } = await open({ colorScheme });
        await reach(page);
        const result = await audit(page);
        if (result.incomplete.length > 0) {
          t.diagnostic(`axe incomplete (needs review): ${result.incomplete.map((i) => `${i.id} ×${i.nodes.length}`).join(', ')}`);
        }
        assert.equal(result.violations.length, 0, describeViolations(result.violations));
        await close();
      });
    }
  }
});
