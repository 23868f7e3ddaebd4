// `./run serve`'s server (bench/serve.mjs) serves dist/ as docs/embedding.md tells a site to: a host
// page elsewhere embeds it in the strictest sandbox (`allow-scripts` alone, whose opaque origin
// makes every file it loads a cross-origin request) and the companion there starts, styled.
import { createServer } from 'node:http';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { root } from './harness.mjs';
import { siteFiles, siteServer } from '../../bench/serve.mjs';

test('a host page elsewhere embeds the served companion in the strictest sandbox and it starts', async () => {
  const server = siteServer(siteFiles(`${root}dist`));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/`;
  let host;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    // The host: another origin (another port).
    host = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><title>host</title><iframe sandbox="allow-scripts" title="companion" src="${base}?embed" style="width:800px;height:600px"></iframe>`,
    ));
    await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${host.address().port}/`);
    const frame = page.frameLocator('iframe');
    await frame.locator('.page[data-ready]').waitFor({ state: 'attached', timeout: 15000 });
    const font = await frame.locator('body').evaluate((body) => getComputedStyle(body).fontFamily);
    assert.notEqual(font, 'Times New Roman', 'the stylesheets loaded');
    const headers = await (await fetch(`${base}embed.js`)).headers;
    assert.equal(headers.get('access-control-allow-origin'), '*');
  } finally {
    await browser.close();
    server.close();
    host?.close();
  }
});
