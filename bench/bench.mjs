// The benchmark behind `./run bench`: serves a release build compressed (brotli or gzip, as the
// browser asks) on 127.0.0.1 and measures it in Debian's Chromium through playwright-core and the
// DevTools protocol, over several cold runs, at 1× CPU and at 4× CPU with Slow 4G. It measures
// the floor too (the same article as static HTML, no wasm) and writes bench/results.md.
//
//   node bench/bench.mjs DIST LONG_DATASET OUT.md
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { siteFiles, siteServer } from './serve.mjs';
import { compress, loadedBy } from './transfer.mjs';

const [dist = 'dist', longDataset = 'target/long-article.json', out = 'bench/results.md'] = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OPENS = Number(process.env.BENCH_OPENS ?? 60);
const HOVER_INTENT_MS = 120;
// Where a dataset from elsewhere goes: the build that reads it (the start script sends `?data=`
// on the article's page there; embeds with `data-src` open it directly).
const LONG = '/open/?data=/long.json';

// Every file, compressed once, best level, both ways.
const files = siteFiles(dist);
files.set('/long.json', compress(readFileSync(longDataset)));
// The floor: the prerendered page with its scripts (and the data only they read) taken out.
const index = readFileSync(join(dist, 'index.html'), 'utf8');
files.set('/floor.html', compress(Buffer.from(index.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link [^>]*rel="?(modulepreload|preload)\b[^>]*>/g, ''))));

const server = siteServer(files);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

// Installed before any page script: long tasks, layout shifts, and when each card shows.
const OBSERVE = `
  window.__bench = { longTasks: [], shifts: 0, shown: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) __bench.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) __bench.shifts += e.value; }).observe({ type: 'layout-shift', buffered: true });
`;

const CONDITIONS = [
  { name: '1× CPU, no throttling', cpu: 1, network: null },
  { name: '4× CPU, Slow 4G', cpu: 4, network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 } },
];

/** A fresh context (so a cold cache) on `path`, under the condition's CPU slowdown and, with
 *  `network`, its network (latency runs leave the network alone: it plays no part after load,
 *  and Chromium closed the long article's page on input with the network domain enabled). */
async function open(path, condition, network = true) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(OBSERVE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (condition.network) await cdp.send('Network.emulateNetworkConditions', condition.network);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
  let transferred = 0;
  cdp.on('Network.loadingFinished', (e) => { transferred += e.encodedDataLength; });
  await cdp.send('Performance.enable');
  await page.goto(base + path, { waitUntil: 'load', timeout: 120_000 });
  return { context, page, cdp, transferred: () => transferred };
}

/** One cold load: paint, readiness, long tasks after the first paint, shifts, heap. */
async function load(path, condition, app) {
  const { context, page, cdp, transferred } = await open(path, condition);
  if (app) await page.waitForFunction(() => performance.getEntriesByName('companion-ready').length > 0, null, { timeout: 120_000 });
  await page.waitForTimeout(500);
  const metrics = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const ready = performance.getEntriesByName('companion-ready')[0]?.startTime ?? null;
    const after = __bench.longTasks.filter(([start]) => fcp !== null && start >= fcp);
    return { fcp, ready, longTasks: after.length, longest: Math.max(0, ...after.map(([, d]) => d)), shifts: __bench.shifts, marks: document.querySelectorAll('[data-mention][role=button]').length };
  });
  const { metrics: perf } = await cdp.send('Performance.getMetrics');
  metrics.heap = perf.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  metrics.transferred = transferred();
  await context.close();
  return metrics;
}

/** Card latency: from the input event to the first frame that shows the card. */
async function latency(path, condition, via, count) {
  const { context, page } = await open(path, condition, false);
  await page.waitForFunction(() => performance.getEntriesByName('companion-ready').length > 0, null, { timeout: 120_000 });
  const total = await page.evaluate(() => document.querySelectorAll('[data-mention][role=button]').length);
  const samples = [];
  for (let i = 0; i < count; i++) {
    const n = Math.floor((i * total) / count);
    const at = await page.evaluate((n) => {
      const m = document.getElementById('mention-' + n);
      m.scrollIntoView({ block: 'center' });
      const r = m.getClientRects()[0];
      return { x: r.left + Math.min(4, r.width / 2), y: r.top + r.height / 2 };
    }, n);
    // The clock starts at the input event's own timestamp and stops when the card is placed,
    // which happens in the animation frame that first paints it. Armed before the input is
    // sent (awaited, so the listener is surely in place).
    await page.evaluate((via) => {
      window.__latency = new Promise((resolve) => {
        const type = via === 'Enter' ? 'keydown' : via === 'hover' ? 'pointerover' : 'pointerdown';
        addEventListener(type, (e) => {
          const start = e.timeStamp;
          const card = document.getElementById('note-card');
          const watch = new MutationObserver(() => {
            // The card is placed in an animation-frame callback: the frame that paints it.
            if (!card.hidden && card.hasAttribute('data-placed')) {
              watch.disconnect();
              resolve(performance.now() - start);
            }
          });
          watch.observe(card, { attributes: true });
        }, { once: true, capture: true });
      });
    }, via);
    const done = page.evaluate(() => window.__latency);
    if (via === 'Enter') {
      await page.evaluate((n) => document.getElementById('mention-' + n).focus(), n);
      await page.keyboard.press('Enter');
    } else if (via === 'hover') {
      await page.mouse.move(at.x, at.y);
    } else {
      await page.mouse.click(at.x, at.y);
    }
    const took = await Promise.race([done, page.waitForTimeout(10_000).then(() => null)]);
    if (took === null) throw new Error(`${path}: ${via} on mark ${n} showed no card within 10 s`);
    samples.push(took - (via === 'hover' ? HOVER_INTENT_MS : 0));
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
    await page.waitForFunction(() => document.getElementById('note-card').hidden);
  }
  await context.close();
  return samples;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const ms = (x) => (x === null || Number.isNaN(x) ? '–' : `${Math.round(x)} ms`);
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
const spread = (xs) => `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;

// Transfer by asset: what a reader's browser downloads for a page (in `folder`, "/" or "/open/").
const transfer = (folder) => {
  const page = files.get(folder + 'index.html').body.toString('utf8');
  const assets = loadedBy(page).map((p) => folder + p).filter((p) => files.has(p))
    .map((p) => ({ path: p, raw: files.get(p).body.length, br: files.get(p).br.length, gzip: files.get(p).gzip.length }));
  return { assets, total: assets.reduce((t, a) => ({ raw: t.raw + a.raw, br: t.br + a.br, gzip: t.gzip + a.gzip }), { raw: 0, br: 0, gzip: 0 }) };
};
const { assets, total } = transfer('/');
const openPage = transfer('/open/');
const floor = files.get('/floor.html');
const floorCss = assets.filter((a) => a.path.endsWith('.css'));
const floorTotal = { br: floor.br.length + floorCss.reduce((t, a) => t + a.br, 0), gzip: floor.gzip.length + floorCss.reduce((t, a) => t + a.gzip, 0) };

const rows = [];
for (const condition of CONDITIONS) {
  const runs = { app: [], floor: [], long: [] };
  for (let r = 0; r < RUNS; r++) {
    runs.floor.push(await load('/floor.html', condition, false));
    runs.app.push(await load('/', condition, true));
    runs.long.push(await load(LONG, condition, true));
    console.log(`${condition.name}: cold loads ${r + 1}/${RUNS}`);
  }
  const opens = {};
  for (const [name, path] of [['article', '/'], ['long', LONG]]) {
    for (const via of ['click', 'Enter', 'hover']) {
      opens[`${name} ${via}`] = await latency(path, condition, via, OPENS);
      console.log(`${condition.name}: ${OPENS} cards opened by ${via} on the ${name}`);
    }
  }
  rows.push({ condition, runs, opens });
  console.log(`measured: ${condition.name}`);
}
await browser.close();
server.close();

const version = (await (async () => { try { return (await import('node:child_process')).execSync('chromium --version', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch { return 'Chromium'; } })());
const lines = [];
lines.push('# Benchmark results', '');
lines.push(`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus()[0]?.model ?? 'an unknown CPU'} (${cpus().length} cores), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Linux ${release()}, ${version}. `
  + `${RUNS} cold loads per figure (median, then min–max), ${OPENS} card opens per latency row. Produced by \`./run bench\`.`, '');
lines.push('## Transfer (release build, what the page loads)', '', '| asset | raw | gzip | brotli |', '| --- | ---: | ---: | ---: |');
for (const a of assets) lines.push(`| \`${a.path.slice(1)}\` | ${kb(a.raw)} | ${kb(a.gzip)} | ${kb(a.br)} |`);
lines.push(`| **total** | ${kb(total.raw)} | ${kb(total.gzip)} | **${kb(total.br)}** |`);
lines.push(`| floor (static HTML + CSS) | | ${kb(floorTotal.gzip)} | ${kb(floorTotal.br)} |`);
lines.push(`| ratio to the floor | | ${(total.gzip / floorTotal.gzip).toFixed(2)}× | ${(total.br / floorTotal.br).toFixed(2)}× |`, '');
lines.push(`The page for datasets from elsewhere (\`open/\`, where \`?data=\` and \`data-src\` go) downloads ${kb(openPage.total.br)} brotli, `
  + `${kb(openPage.total.gzip)} gzip (its wasm ${kb(openPage.assets.find((a) => a.path.endsWith('.wasm'))?.raw ?? 0)} raw), plus the dataset.`, '');
lines.push(`Long article: \`${longDataset}\`, ${kb(files.get('/long.json').body.length)} raw, ${kb(files.get('/long.json').br.length)} brotli, loaded at \`${LONG}\`.`, '');
for (const { condition, runs, opens } of rows) {
  lines.push(`## ${condition.name}`, '', '| page | first contentful paint | notes interactive | long tasks after paint (longest) | layout shift | JS heap | marks rendered 0.5 s after load |', '| --- | --- | --- | --- | --- | --- | ---: |');
  for (const [name, list] of [['floor (static HTML)', runs.floor], ['the article', runs.app], ['long article (100×)', runs.long]]) {
    lines.push(`| ${name} | ${spread(list.map((m) => m.fcp))} | ${list[0].ready === null ? '–' : spread(list.map((m) => m.ready))} | ${median(list.map((m) => m.longTasks))} (${ms(median(list.map((m) => m.longest)))}) | ${median(list.map((m) => m.shifts)).toFixed(3)} | ${kb(median(list.map((m) => m.heap)))} | ${list[0].marks} |`);
  }
  const fcpRatio = median(runs.app.map((m) => m.fcp)) / median(runs.floor.map((m) => m.fcp));
  lines.push('', `First paint of the article: **${fcpRatio.toFixed(2)}×** the floor's.`, '');
  lines.push('| card opened by | p50 | p95 | max |', '| --- | ---: | ---: | ---: |');
  for (const [name, samples] of Object.entries(opens)) {
    lines.push(`| ${name}${name.endsWith('hover') ? ` (minus the ${HOVER_INTENT_MS} ms intent delay)` : ''} | ${ms(pct(samples, 50))} | ${ms(pct(samples, 95))} | ${ms(Math.max(...samples))} |`);
  }
  lines.push('');
}
lines.push('## Targets', '', '| target | figure |', '| --- | --- |');
const slow = rows[1], fast = rows[0];
lines.push(`| total ≤ 120 KB brotli (the aim for the Leptos build) | ${kb(total.br)} |`);
lines.push(`| notes interactive ≤ 0.9 s at 4× CPU + Slow 4G | ${ms(median(slow.runs.app.map((m) => m.ready)))} |`);
lines.push(`| first paint within 1.1× of the floor | ${(median(fast.runs.app.map((m) => m.fcp)) / median(fast.runs.floor.map((m) => m.fcp))).toFixed(2)}× at 1×, ${(median(slow.runs.app.map((m) => m.fcp)) / median(slow.runs.floor.map((m) => m.fcp))).toFixed(2)}× at 4× |`);
lines.push(`| card latency p95 ≤ 16 ms at 1× | ${ms(pct([...fast.opens['article click'], ...fast.opens['article Enter']], 95))} |`);
lines.push(`| card latency p95 ≤ 33 ms at 4× | ${ms(pct([...slow.opens['article click'], ...slow.opens['article Enter']], 95))} |`);
lines.push(`| layout shift 0 | ${median(fast.runs.app.map((m) => m.shifts)).toFixed(3)} |`);
lines.push(`| long article: no task over 50 ms after first paint | ${median(fast.runs.long.map((m) => m.longTasks))} at 1× (longest ${ms(median(fast.runs.long.map((m) => m.longest)))}) |`, '');
writeFileSync(out, lines.join('\n'));
console.log(lines.join('\n'));
