// The editor's page renderer runs in a worker, and each page it makes keeps its dataset for as
// long as that worker runs: so no worker may outlive its answer. Chromium's DevTools protocol
// (through Playwright) is what lists a page's workers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { served } from './harness.mjs';

const app = served('target/test-site');

/** The addresses of the page's workers still running after `ms` (a worker ended goes from the
 *  list once the browser says it has closed). */
async function workersAfter(page, ms) {
  const until = Date.now() + ms;
  while (page.workers().length > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
  return page.workers().map((worker) => worker.url());
}

test('the page renderer ends once it has answered: previews and downloads leave no worker behind', async () => {
  const { page, errors, close } = await app.open({ path: 'edit/', waitForApp: false });
  try {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    let started = 0;
    page.on('worker', () => { started += 1; });
    await page.locator('#editor-paste').fill('A talk to the garden club\n\nThe students planted beans this spring.');
    await page.getByRole('button', { name: 'Start from this text' }).click();
    for (const round of [1, 2]) {
      await page.getByRole('button', { name: 'Preview' }).click();
      const frame = page.frameLocator('.editor__preview-frame');
      await frame.locator('.page[data-ready]').waitFor({ state: 'attached', timeout: 20000 });
      assert.equal(started, round, `preview ${round} started the renderer`);
      assert.deepEqual(await workersAfter(page, 2000), [], `after preview ${round}, no renderer is left running`);
      await page.getByRole('button', { name: 'Back to editing' }).click();
    }
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the page' }).click();
    await download;
    assert.equal(started, 3, 'the download started the renderer again');
    assert.deepEqual(await workersAfter(page, 2000), [], 'after the download, no renderer is left running');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
