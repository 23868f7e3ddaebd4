// The companion built for another dataset (COMPANION_DATA=data/examples/primer.json) into
// target/example-dist: the page's title, legend and marks come from that dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cardBox, copiedText, readDataset, served } from './harness.mjs';

const dataset = await readDataset('data/examples/primer.json');

const app = served('target/example-dist');

test('another dataset builds into a companion with its own title, legend, marks and cards', async () => {
  const { page, errors, close } = await app.open();
  const headline = dataset.article.blocks[0].text;
  assert.equal(await page.title(), `${headline} · Reading Companion`);
  assert.equal(await copiedText(page.getByRole('heading', { level: 1 })), headline);
  const legend = await page.getByRole('complementary', { name: 'Notes in this article' }).innerText();
  const count = (kind) => dataset.notes.filter((n) => n.kind === kind).length;
  assert.match(legend, new RegExp(`people, states, organisations and parties \\(${count('actor')}\\)`));
  assert.match(legend, new RegExp(`figures from opinion polls \\(${count('poll')}\\)`));
  assert.match(legend, new RegExp(`events, treaties and terms \\(${count('context')}\\)`));
  for (const note of dataset.notes) {
    assert.ok((await page.locator(`[data-note="${note.id}"]`).count()) > 0, `note ${note.id} has a mark`);
  }
  assert.equal(await page.locator('[data-note="bosnia"]').count(), 0, 'nothing of the default dataset');
  await page.locator('[data-note="eu-ally"]').first().click();
  await cardBox(page);
  assert.match(await page.getByRole('dialog').innerText(), /11%/);
  assert.equal(await page.getByRole('link', { name: 'Original article' }).count(), 0, 'no original to link to');
  assert.deepEqual(errors, []);
  await close();
});
