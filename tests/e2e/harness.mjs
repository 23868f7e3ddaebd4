// Shared by the built-artefact tests: a built folder served on 127.0.0.1 by `./run serve`'s own
// server, Debian's Chromium, and pages on the companion with their console errors collected.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { siteFiles, siteServer } from '../../bench/serve.mjs';

export const root = new URL('../..', import.meta.url).pathname;

/** Reads a dataset of the repository. */
export async function readDataset(path) {
  return JSON.parse(await readFile(join(root, path), 'utf8'));
}

/** Serves `dir` (relative to the repository) and starts Chromium; `stop()` ends both. */
export async function start(dir) {
  const folder = join(root, dir);
  // The server `./run serve` uses, as a site serves the build.
  const server = siteServer(siteFiles(folder));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const base = `http://127.0.0.1:${server.address().port}/`;

  /** A fresh page on the companion (at `path` after the base URL) once the app has mounted
   *  (unless `waitForApp` is false), with console errors collected. With `hold`, the wasm is
   *  held back until `release()` is called (the page is returned once its HTML is parsed); with
   *  `html`, that text is served as the page instead of the built one; `init` runs in the page
   *  before its scripts. */
  async function open({ waitForApp = true, path = '', hold = false, html, init, ...options } = {}) {
    const context = await browser.newContext(options);
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    const errors = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    let release = () => {};
    if (hold) {
      const released = new Promise((resolve) => { release = resolve; });
      await page.route((url) => url.pathname.endsWith('.wasm'), async (route) => { await released; await route.continue(); });
    }
    if (html !== undefined) {
      await page.route((url) => url.href === base + path, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    }
    await page.goto(base + path, { waitUntil: hold ? 'domcontentloaded' : 'load' });
    if (waitForApp) await page.locator('.page[data-ready]').waitFor({ state: 'attached', timeout: 15000 });
    return { page, errors, release, close: () => context.close() };
  }

  return {
    open,
    base,
    stop: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** The text of what `locator` matches as a reader copying it gets: its contents selected, as
 *  plain text (`innerText` would also count the marks' hidden buttons as line breaks). */
export async function copiedText(locator) {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    const text = getSelection().toString();
    getSelection().removeAllRanges();
    return text;
  });
}

/** The open card's box, once it is visible and placed. */
export async function cardBox(page) {
  const card = page.getByRole('dialog');
  await card.waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.querySelector('.card:popover-open')?.hasAttribute('data-side'));
  return card.boundingBox();
}

/** Serves `dir` and starts Chromium for the tests of the calling file (started before them,
 *  stopped after); `open` is the started app's. */
export function served(dir) {
  let app;
  before(async () => {
    app = await start(dir);
  });
  after(async () => {
    await app?.stop();
  });
  return { open: (options) => app.open(options), base: () => app.base };
}
