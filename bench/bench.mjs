// The benchmark behind `./run bench`: serves a release build compressed (brotli or gzip, as the
// browser asks) on 127.0.0.1 and measures it in Debian's Chromium through playwright-core and the
// DevTools protocol, over several cold runs, at 1× CPU and at 4× CPU with Slow 4G. In the same
// run it measures the floor (the same article as static HTML, no scripts) and the plain tooltip
// page (the floor with Tippy.js and Popper opening each note's title and summary, see
// tooltips.js), a site built by `./run site` (its pages against the built-in page, a reader's
// second article with a warm cache, `open/?data=` for the same dataset), what publishing from the
// site's editor takes, and the time to build a site of many articles, and writes bench/results.md.
//
//   node bench/bench.mjs DIST LONG_DATASET OUT.md SITE MANY_DATASETS
//   (COMPANION_DATA: the dataset DIST was built from; SITE: a site of it and the example dataset;
//    COMPANION_SITE_TOOL and COMPANION_ASSETS: the site tool and the built files it renders into)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { siteFiles, siteServer } from './serve.mjs';
import { compress, loadedBy } from './transfer.mjs';

const [dist = 'dist', longDataset = 'target/long-article.json', out = 'bench/results.md', siteDir = 'target/bench-site', manyDir = 'target/many-datasets'] = process.argv.slice(2);
const PRIMER = 'data/examples/primer.json';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OPENS = Number(process.env.BENCH_OPENS ?? 60);
const HOVER_INTENT_MS = 120;
// Where a dataset from elsewhere goes: the build that reads it (the start script sends `?data=`
// on the article's page there; embeds with `data-src` open it directly).
const LONG = '/open/?data=/long.json';

// Every file, compressed once (when first asked for), best level, both ways.
const files = siteFiles(dist);
files.set('/long.json', compress(readFileSync(longDataset)));
// A long article renders its first screen at once and the rest in later steps; it is whole once
// its last block is in the page.
const LONG_LAST = JSON.parse(readFileSync(longDataset, 'utf8')).article.blocks.at(-1).id;
/** When the long article was whole, since navigation, by condition (each page that measured its
 *  card latency). */
const wholeAt = {};
/** Waits until the long article is whole; when that was, since navigation. */
const whole = async (page) => {
  await page.waitForFunction((id) => document.querySelector(`[data-block="${id}"]`), LONG_LAST, { timeout: 120_000, polling: 50 });
  return page.evaluate(() => performance.now());
};
// The floor: the article alone as static HTML, the fastest it can paint: the prerendered page
// without its scripts (and the data only they read: the islands' props), its cards (the last part
// of the page, after the article, inside the app's root island) and its endnotes (printed, hidden
// on screen), loading the same stylesheet.
const index = readFileSync(join(dist, 'index.html'), 'utf8');
const withoutScripts = (html) => html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link [^>]*rel="?(modulepreload|preload)\b[^>]*>/g, '');
const floorHtml = withoutScripts(index)
  .replace(/<\/main>[\s\S]*(<\/leptos-children><\/div><\/leptos-island>)/, '</main>$1')
  .replace(/<section [^>]*class="endnotes"[\s\S]*?<\/section>(?=<\/main>)/, '')
  .replace(/ data-props="[^"]*"/g, '');
if (floorHtml.includes('class="card ') || floorHtml.includes('class="endnotes"')) throw new Error('the floor still holds the companion\'s cards or endnotes');
files.set('/floor.html', compress(Buffer.from(floorHtml)));
// The plain tooltip page: the floor with, at the end of its body, each note's title and summary
// and the scripts, as Tippy's documentation places them.
const dataset = JSON.parse(readFileSync(process.env.COMPANION_DATA ?? 'data/bound-to-russia.json', 'utf8'));
const tooltipNotes = Object.fromEntries(dataset.notes.map((n) => [n.id, [n.title, n.summary ?? `${n.value} % ${n.label}`]]));
const TOOLTIP_SCRIPTS = ['node_modules/@popperjs/core/dist/umd/popper.min.js', 'node_modules/tippy.js/dist/tippy-bundle.umd.min.js', 'bench/tooltips.js'];
for (const script of TOOLTIP_SCRIPTS) files.set('/tooltips/' + basename(script), compress(readFileSync(script)));
const tooltipTail = `<script type="application/json" id="tooltip-notes">${JSON.stringify(tooltipNotes).replace(/</g, '\\u003c')}</script>`
  + TOOLTIP_SCRIPTS.map((script) => `<script src="/tooltips/${basename(script)}"></script>`).join('');
files.set('/tooltips.html', compress(Buffer.from(floorHtml.replace('</body>', `${tooltipTail}</body>`))));

// The site: its pages under /site/, the example dataset for `open/?data=`, and the example page
// without its scripts (its floor, loading the site's styles).
for (const [path, file] of siteFiles(siteDir)) files.set('/site' + path, file);
files.set('/site-data/primer.json', compress(readFileSync(PRIMER)));
files.set('/site/primer/floor.html', compress(Buffer.from(withoutScripts(files.get('/site/primer/index.html').body.toString('utf8')))));
const primerHeadline = JSON.parse(readFileSync(PRIMER, 'utf8')).article.blocks[0].text;
const OPEN_PRIMER = '/open/?data=/site-data/primer.json';

// Compressed before anything is measured, as a server that compresses ahead of time sends them.
for (const file of files.values()) void file.br;
const server = siteServer(files);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

// Installed before any page script: long tasks, layout shifts, and when each card shows.
const OBSERVE = `
  window.__bench = { longTasks: [], shifts: 0, shown: [], headlines: [] };
  // When each headline is first on screen: the article a page shows, whichever it is.
  const headline = () => {
    const text = document.querySelector('h1')?.textContent;
    if (text && __bench.headlines.at(-1)?.[0] !== text) __bench.headlines.push([text, performance.now()]);
    requestAnimationFrame(headline);
  };
  requestAnimationFrame(headline);
  new PerformanceObserver((l) => { for (const e of l.getEntries()) __bench.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) __bench.shifts += e.value; }).observe({ type: 'layout-shift', buffered: true });
`;

const CONDITIONS = [
  { name: '1× CPU, no throttling', cpu: 1, network: null },
  { name: '4× CPU, Slow 4G', cpu: 4, network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 } },
];

// The pages measured: what marks that they are ready, how to tell that mark `n`'s card is
// shown, and how to close it.
const KINDS = {
  app: {
    ready: 'companion-ready',
    marks: '[data-mention]',
    // What a reader can open: a note's later mentions in a paragraph are plain text until the
    // reader asks for every mention.
    openable: '[data-mention]:not(.mark-off)',
    // Before the app the browser opens a card where it is; from then on the app places it.
    shown: (n) => {
      const c = document.querySelector('.card[popover]:popover-open');
      const ready = !!document.querySelector('.page[data-ready]');
      return !!c && c.id === 'card-' + document.getElementById('mention-' + n)?.dataset.note
        && (!ready || (c.hasAttribute('data-side') && document.getElementById('open-' + n)?.getAttribute('aria-expanded') === 'true'));
    },
    closed: () => !document.querySelector('.card[popover]:popover-open'),
  },
  tooltips: {
    ready: 'tooltips-ready',
    marks: '[data-mention]',
    openable: '[data-mention]:not(.mark-off)',
    shown: (n) => { const m = document.getElementById('open-' + n); return !!m?._tippy?.state.isVisible && !!m._tippy.popper.querySelector('.tippy-box[data-state=visible]'); },
    closed: () => !document.querySelector('[data-tippy-root]'),
  },
};

/** A fresh context (so a cold cache) on `path`, under the condition's CPU slowdown and, with
 *  `network`, its network (latency runs leave the network alone: it plays no part after load,
 *  and Chromium closed the long article's page on input with the network domain enabled).
 *  `waitUntil` as Playwright's `goto`. */
async function open(path, condition, network = true, waitUntil = 'load') {
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
  await page.goto(base + path, { waitUntil, timeout: 120_000 });
  return { context, page, cdp, transferred: () => transferred };
}

/** One cold load: paint, readiness, long tasks after the first paint, shifts, heap, and when
 *  `headline` (if given) was first on screen. */
async function load(path, condition, kind, headline = null) {
  const { context, page, cdp, transferred } = await open(path, condition);
  const { ready, marks } = KINDS[kind] ?? { ready: null, marks: null };
  if (ready) await page.waitForFunction((ready) => performance.getEntriesByName(ready).length > 0, ready, { timeout: 120_000 });
  await page.waitForTimeout(500);
  if (headline) await page.waitForFunction((h) => __bench.headlines.some(([t]) => t === h), headline, { timeout: 120_000 });
  const metrics = await page.evaluate(({ ready, marks, headline }) => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const shown = headline ? __bench.headlines.find(([t]) => t === headline)?.[1] ?? null : null;
    const readyAt = ready ? performance.getEntriesByName(ready)[0]?.startTime ?? null : null;
    const after = __bench.longTasks.filter(([start]) => fcp !== null && start >= fcp);
    // "Everything ready" in its parts: the page's HTML received, the wasm downloaded, the wasm
    // compiled and started (the start script's mark), every island hydrated, the app taken over.
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm'));
    const parts = { html: performance.getEntriesByType('navigation')[0]?.responseEnd ?? null, downloaded: wasm?.responseEnd ?? null, started: at('companion-wasm'), hydrated: at('companion-hydrated'), ready: readyAt };
    return { fcp, shown, ready: readyAt, parts, elements: document.getElementsByTagName('*').length, longTasks: after.length, longest: Math.max(0, ...after.map(([, d]) => d)), shifts: __bench.shifts, marks: marks ? document.querySelectorAll(marks).length : 0 };
  }, { ready, marks, headline });
  const { metrics: perf } = await cdp.send('Performance.getMetrics');
  metrics.heap = perf.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  metrics.transferred = transferred();
  await context.close();
  return metrics;
}

/** Cards usable: from navigation start, the first click on a mark that shows its card. From the
 *  moment the page has marks in view (not waiting to be told of the first paint, which would add
 *  a round trip), they are clicked one after another, a different one each time (a second click
 *  on the same mark would close its card), two frames apart, while the page notes at every
 *  animation frame which mark's card is on screen. The figure is the time of the first click
 *  whose card then appeared within 100 ms (times the CPU slowdown): a click held back behind a
 *  long task and answered later was not usable when it was made. `null` if none is within a
 *  minute. With `headline`, only clicks once that article is on screen count (`open/` shows
 *  another one until its dataset has arrived). */
async function usable(path, condition, kind, headline = null) {
  const { context, page } = await open(path, condition, true, 'commit');
  const limit = 100 * condition.cpu;
  const clicks = [];
  const deadline = Date.now() + 60_000;
  let found = null;
  await page.evaluate((shown) => {
    const isShown = (0, eval)(`(${shown})`);
    window.__cards = [];
    let last = null;
    const watch = () => {
      const open = [...document.querySelectorAll('[data-mention]')].map((m) => Number(m.dataset.mention)).find((n) => isShown(n)) ?? null;
      if (open !== null && open !== last) __cards.push({ n: open, at: performance.now() });
      last = open;
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  }, KINDS[kind].shown.toString());
  for (let i = 0; found === null && Date.now() < deadline; i++) {
    const at = await page.evaluate(({ i, headline }) => {
      if (headline && document.querySelector('h1')?.textContent !== headline) return null;
      const inView = [...document.querySelectorAll('[data-mention]:not(.mark-off)')].filter((m) => { const r = m.getClientRects()[0]; return r && r.top > 0 && r.bottom < innerHeight; });
      const m = inView[i % inView.length];
      if (!m) return null;
      const r = m.getClientRects()[0];
      return { n: Number(m.dataset.mention), x: r.left + Math.min(4, r.width / 2), y: r.top + r.height / 2, t: performance.now() };
    }, { i, headline });
    if (at === null) { await page.waitForTimeout(5); continue; }
    await page.mouse.click(at.x, at.y);
    clicks.push(at);
    // Two frames for its card to show (the companion's is revealed a frame after it opens)
    // before the next click replaces it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // Each card seen, matched with the last click on its mark before it appeared.
    const cards = await page.evaluate(() => __cards);
    for (const card of cards) {
      const click = clicks.filter((c) => c.n === card.n && c.t <= card.at).at(-1);
      if (click && card.at - click.t <= limit && (found === null || click.t < found)) found = click.t;
    }
  }
  await context.close();
  return found;
}

/** Card latency: from the input event to the first frame that shows the card. */
async function latency(path, condition, via, count, kind = 'app') {
  const { context, page } = await open(path, condition, false);
  const { ready, openable, shown, closed } = KINDS[kind];
  await page.waitForFunction((ready) => performance.getEntriesByName(ready).length > 0, ready, { timeout: 120_000 });
  // What a card costs in a long article, once it is whole: while its later steps are still being
  // rendered, an input also waits for the step in progress (see `fill_later` in
  // src/components/article_view.rs).
  if (path === LONG) (wholeAt[condition.name] ??= []).push(await whole(page));
  const mentions = await page.evaluate((openable) => [...document.querySelectorAll(openable)].map((m) => Number(m.dataset.mention)), openable);
  const samples = [];
  for (let i = 0; i < count; i++) {
    const n = mentions[Math.floor((i * mentions.length) / count)];
    const at = await page.evaluate((n) => {
      const m = document.getElementById('mention-' + n);
      m.scrollIntoView({ block: 'center' });
      const r = m.getClientRects()[0];
      return { x: r.left + Math.min(4, r.width / 2), y: r.top + r.height / 2 };
    }, n);
    // A reader points at what is on the screen: the input comes once the frame that shows the
    // scrolled page is painted (else that frame's work, in a long article the first rendering of
    // the blocks scrolled to, is counted as the card's).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // The clock starts at the input event's own timestamp and stops when the card is placed,
    // which happens in the animation frame that first paints it. Armed before the input is
    // sent (awaited, so the listener is surely in place).
    // The companion places its card in an animation-frame callback, the frame that paints it;
    // the tooltip's is shown in a microtask, so the next animation frame is the one that paints it.
    await page.evaluate(({ via, n, shown, kind }) => {
      const isShown = (0, eval)(`(${shown})`);
      window.__latency = new Promise((resolve) => {
        const type = via === 'Enter' ? 'keydown' : via === 'hover' ? 'pointerover' : 'pointerdown';
        addEventListener(type, (e) => {
          const start = e.timeStamp;
          const watch = new MutationObserver(() => {
            if (isShown(n)) {
              watch.disconnect();
              if (kind === 'app') resolve(performance.now() - start);
              else requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          watch.observe(document.body, { attributes: true, childList: true, subtree: true });
        }, { once: true, capture: true });
      });
    }, { via, n, shown: shown.toString(), kind });
    const done = page.evaluate(() => window.__latency);
    if (via === 'Enter') {
      await page.evaluate((n) => document.getElementById('open-' + n).focus(), n);
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
    if (kind === 'tooltips') await page.evaluate(() => tippy.hideAll({ duration: 0 }));
    await page.mouse.move(1, 1);
    await page.waitForFunction(closed);
  }
  await context.close();
  return samples;
}

/** A reader's second article on the site: a fresh context (an empty cache that keeps what it is
 *  sent) opens `first` and waits until it is ready, then follows a link to `second`. What the
 *  second transferred, when its headline was on screen (its first paint), and when it was ready
 *  (`null` for a page with no app). */
async function secondArticle(first, second, condition, headline) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(OBSERVE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (condition.network) await cdp.send('Network.emulateNetworkConditions', condition.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
  // What came over the network, by address: a file from the cache transfers nothing.
  let transferred = 0;
  const fetched = [];
  const urls = new Map();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, new URL(e.request.url).pathname));
  cdp.on('Network.loadingFinished', (e) => {
    transferred += e.encodedDataLength;
    if (e.encodedDataLength > 0) fetched.push(urls.get(e.requestId));
  });
  await page.goto(base + first, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('companion-ready').length > 0, null, { timeout: 120_000 });
  transferred = 0;
  fetched.length = 0;
  await page.evaluate((url) => { const a = document.createElement('a'); a.href = url; document.body.append(a); a.click(); }, base + second);
  await page.waitForURL(base + second, { timeout: 120_000 });
  await page.waitForFunction((h) => __bench.headlines.some(([t]) => t === h), headline, { timeout: 120_000 });
  const app = second.endsWith('/');
  if (app) await page.waitForFunction(() => performance.getEntriesByName('companion-ready').length > 0, null, { timeout: 120_000 });
  await page.waitForTimeout(300);
  const metrics = await page.evaluate((h) => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    return {
      shown: __bench.headlines.find(([t]) => t === h)?.[1] ?? null,
      html: performance.getEntriesByType('navigation')[0]?.responseEnd ?? null,
      wasm: at('companion-wasm'),
      hydrated: at('companion-hydrated'),
      ready: at('companion-ready'),
    };
  }, headline);
  await context.close();
  return { ...metrics, transferred, fetched: [...fetched] };
}

/** The editor of the site, on the example dataset opened by its address, at 1× CPU: how long
 *  "Download the page" takes the first time (which loads and starts the page renderer) and
 *  again, and "Download one offline file" after it, until each download starts. */
async function publishing() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(base + '/site/edit/');
  await page.evaluate(() => localStorage.clear());
  await page.goto(base + '/site/edit/');
  await page.fill('#start-address', base + '/site-data/primer.json');
  await page.click('button:text-is("Open")');
  const timed = async (button) => {
    await page.waitForSelector(`#editor-publish button:text-is("${button}"):not([disabled])`, { timeout: 120_000 });
    const t0 = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click(`button:text-is("${button}")`)]);
    const took = Date.now() - t0;
    await download.delete();
    return took;
  };
  const first = await timed('Download the page');
  const again = await timed('Download the page');
  const single = await timed('Download one offline file');
  await context.close();
  return { first, again, single };
}

/** Builds a site of every dataset in `folder` with the site tool, cold (into an empty folder),
 *  then again after one dataset changed; the seconds each took, and the pages' sizes. */
function manyArticles(folder) {
  const tool = process.env.COMPANION_SITE_TOOL ?? 'target/debug/companion-site';
  const assets = process.env.COMPANION_ASSETS ?? 'target/companion-assets';
  const outDir = 'target/many-site';
  rmSync(outDir, { recursive: true, force: true });
  const build = () => { const t0 = process.hrtime.bigint(); execFileSync(tool, ['--assets', assets, folder, outDir], { stdio: 'ignore' }); return Number(process.hrtime.bigint() - t0) / 1e9; };
  const cold = build();
  const datasets = readdirSync(folder).filter((f) => f.endsWith('.json')).sort();
  const changed = join(folder, datasets[Math.floor(datasets.length / 2)]);
  const text = readFileSync(changed, 'utf8');
  writeFileSync(changed, text.replace('"text":"', '"text":"Updated: '));
  const again = build();
  writeFileSync(changed, text);
  const pages = datasets.map((f) => join(outDir, f.replace(/\.json$/, ''), 'index.html'));
  // Each article's page in every other language the interface speaks, in folders beside it.
  const languages = 1 + readdirSync(dirname(pages[0]), { withFileTypes: true }).filter((e) => e.isDirectory()).length;
  const raw = pages.map((p) => statSync(p).size);
  // Brotli at its best level takes a while per page: a sample of twenty.
  const sample = pages.filter((_, i) => i % Math.max(1, Math.floor(pages.length / 20)) === 0).slice(0, 20);
  const br = sample.map((p) => compress(readFileSync(p)).br.length);
  return { count: datasets.length, languages, cold, again, raw: raw.reduce((a, b) => a + b, 0) / raw.length, br: br.reduce((a, b) => a + b, 0) / br.length, sample: sample.length };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2 : NaN; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const ms = (x) => (x === null || Number.isNaN(x) ? '–' : `${Math.round(x)} ms`);
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
const dependency = (name) => JSON.parse(readFileSync('package.json', 'utf8')).devDependencies[name];
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
const tooltipFiles = [files.get('/tooltips.html'), ...TOOLTIP_SCRIPTS.map((script) => files.get('/tooltips/' + basename(script)))];
const tooltipTotal = { br: floorTotal.br - floor.br.length + tooltipFiles.reduce((t, f) => t + f.br.length, 0), gzip: floorTotal.gzip - floor.gzip.length + tooltipFiles.reduce((t, f) => t + f.gzip.length, 0) };

const many = manyArticles(manyDir);
const published = [];
for (let r = 0; r < RUNS; r++) published.push(await publishing());
console.log(`the editor made the example's page in ${median(published.map((p) => p.first))} ms (first), ${median(published.map((p) => p.again))} ms (again)`);
console.log(`a site of ${many.count} articles: ${many.cold.toFixed(1)} s cold, ${many.again.toFixed(2)} s after one changed`);

const rows = [];
for (const condition of CONDITIONS) {
  const runs = { app: [], floor: [], long: [], tooltips: [], site: [], sitePrimer: [], open: [] };
  const cards = { app: [], tooltips: [], site: [], sitePrimer: [], open: [] };
  const second = { article: [], floor: [] };
  for (let r = 0; r < RUNS; r++) {
    runs.floor.push(await load('/floor.html', condition, null));
    runs.app.push(await load('/', condition, 'app'));
    runs.long.push(await load(LONG, condition, 'app'));
    runs.tooltips.push(await load('/tooltips.html', condition, 'tooltips'));
    runs.site.push(await load('/site/bound-to-russia/', condition, 'app'));
    runs.sitePrimer.push(await load('/site/primer/', condition, 'app', primerHeadline));
    runs.open.push(await load(OPEN_PRIMER, condition, 'app', primerHeadline));
    cards.app.push(await usable('/', condition, 'app'));
    cards.tooltips.push(await usable('/tooltips.html', condition, 'tooltips'));
    cards.site.push(await usable('/site/bound-to-russia/', condition, 'app'));
    cards.sitePrimer.push(await usable('/site/primer/', condition, 'app', primerHeadline));
    cards.open.push(await usable(OPEN_PRIMER, condition, 'app', primerHeadline));
    second.article.push(await secondArticle('/site/bound-to-russia/', '/site/primer/', condition, primerHeadline));
    second.floor.push(await secondArticle('/site/bound-to-russia/', '/site/primer/floor.html', condition, primerHeadline));
    console.log(`${condition.name}: cold loads ${r + 1}/${RUNS}`);
  }
  const opens = {};
  for (const [name, path, kind, ways] of [['article', '/', 'app', ['click', 'Enter', 'hover']], ['long', LONG, 'app', ['click', 'Enter', 'hover']], ['tooltip page', '/tooltips.html', 'tooltips', ['click', 'Enter']]]) {
    for (const via of ways) {
      opens[`${name} ${via}`] = await latency(path, condition, via, OPENS, kind);
      console.log(`${condition.name}: ${OPENS} cards opened by ${via} on the ${name}`);
    }
  }
  rows.push({ condition, runs, cards, opens, second });
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
lines.push(`| floor (the article alone: static HTML + CSS) | | ${kb(floorTotal.gzip)} | ${kb(floorTotal.br)} |`);
lines.push(`| ratio to the floor | | ${(total.gzip / floorTotal.gzip).toFixed(2)}× | ${(total.br / floorTotal.br).toFixed(2)}× |`);
lines.push(`| plain tooltip page (the floor with Popper ${dependency('@popperjs/core')} and Tippy.js ${dependency('tippy.js')}) | | ${kb(tooltipTotal.gzip)} | ${kb(tooltipTotal.br)} |`, '');
lines.push(`The page for datasets from elsewhere (\`open/\`, where \`?data=\` and \`data-src\` go) downloads ${kb(openPage.total.br)} brotli, `
  + `${kb(openPage.total.gzip)} gzip (its wasm ${kb(openPage.assets.find((a) => a.path.endsWith('.wasm'))?.raw ?? 0)} raw), plus the dataset.`, '');
lines.push(`Long article: \`${longDataset}\`, ${kb(files.get('/long.json').body.length)} raw, ${kb(files.get('/long.json').br.length)} brotli, loaded at \`${LONG}\`.`, '');
for (const { condition, runs, cards, opens } of rows) {
  lines.push(`## ${condition.name}`, '', '| page | first contentful paint | everything ready | long tasks after paint (longest) | layout shift | JS heap | marks rendered 0.5 s after load | elements |', '| --- | --- | --- | --- | --- | --- | ---: | ---: |');
  for (const [name, list] of [['floor (the article alone, static HTML)', runs.floor], ['the article', runs.app], ['long article (100×)', runs.long], ['plain tooltip page', runs.tooltips]]) {
    lines.push(`| ${name} | ${spread(list.map((m) => m.fcp))} | ${list[0].ready === null ? '–' : spread(list.map((m) => m.ready))} | ${median(list.map((m) => m.longTasks))} (${ms(median(list.map((m) => m.longest)))}) | ${median(list.map((m) => m.shifts)).toFixed(3)} | ${kb(median(list.map((m) => m.heap)))} | ${list[0].marks} | ${median(list.map((m) => m.elements))} |`);
  }
  lines.push('', `The long article is whole (every block rendered: the first screen at once, the rest in later steps) ${spread(wholeAt[condition.name])} after navigation (without the network's limits; the pages that measured its card latency, below, from then on).`);
  // Each part's median time since navigation, and what it added to the part before.
  const partAt = (key) => median(runs.app.map((m) => m.parts[key]).filter((x) => x !== null));
  const keys = ['html', 'downloaded', 'started', 'hydrated', 'ready'];
  lines.push('', '| the article\'s "everything ready", in parts | HTML received | wasm downloaded | wasm compiled and started | every island hydrated | the app took over |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  lines.push(`| median since navigation (the part's own time) | ${keys.map((key, i) => `${ms(partAt(key))}${i ? ` (+${ms(partAt(key) - partAt(keys[i - 1]))})` : ''}`).join(' | ')} |`);
  const floorFcp = median(runs.floor.map((m) => m.fcp));
  const fcpRatio = median(runs.app.map((m) => m.fcp)) / floorFcp;
  lines.push('', `First paint of the article: **${fcpRatio.toFixed(2)}×** the floor's.`, '');
  lines.push('| cards usable (first click that shows a card) | median (min–max) | vs the floor\'s first paint |', '| --- | --- | ---: |');
  for (const [name, list] of [['the article', cards.app], ['plain tooltip page', cards.tooltips]]) {
    const seen = list.filter((t) => t !== null);
    lines.push(`| ${name} | ${seen.length === list.length ? spread(seen) : `${list.length - seen.length} of ${list.length} loads never`} | ${seen.length ? `${(median(seen) / floorFcp).toFixed(2)}×` : '–'} |`);
  }
  lines.push('');
  lines.push('| card opened by | p50 | p95 | max |', '| --- | ---: | ---: | ---: |');
  for (const [name, samples] of Object.entries(opens)) {
    lines.push(`| ${name}${name.endsWith('hover') ? ` (minus the ${HOVER_INTENT_MS} ms intent delay)` : ''} | ${ms(pct(samples, 50))} | ${ms(pct(samples, 95))} | ${ms(Math.max(...samples))} |`);
  }
  lines.push('');
}
const primerHtml = files.get('/site/primer/index.html');
lines.push('## A site of articles', '');
lines.push(`\`./run site\` built \`${siteDir}\` from the built-in dataset and \`${PRIMER}\`: both pages load the same shared files, served as a site should (\`Cache-Control: immutable\` for the files named by content hash, \`no-cache\` for pages). `
  + `The example page's HTML is ${kb(primerHtml.body.length)} raw, ${kb(primerHtml.br.length)} brotli.`, '');
lines.push('| | 1× CPU | 4× CPU, Slow 4G |', '| --- | --- | --- |');
const cell = (f) => rows.map(f).join(' | ');
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const med = (list, key) => median(list.map((m) => m[key]).filter((x) => x !== null));
const seenMedian = (list) => { const seen = list.filter((t) => t !== null); return seen.length === list.length ? median(seen) : null; };
lines.push(`| a reader's second article (warm cache): transferred | ${cell((row) => `${kb(median(row.second.article.map((m) => m.transferred)))} (its HTML ${kb(primerHtml.br.length)}; fetched: ${[...new Set(row.second.article.flatMap((m) => m.fetched))].map((p) => p.replace('/site/', '')).join(', ')})`)} |`);
lines.push(`| the same: first paint / everything ready | ${cell((row) => `${ms(med(row.second.article, 'shown'))} / ${ms(med(row.second.article, 'ready'))}`)} |`);
lines.push(`| the same, in parts: its HTML received / the wasm started / every island hydrated / the app took over | ${cell((row) => ['html', 'wasm', 'hydrated', 'ready'].map((key) => ms(med(row.second.article, key))).join(' / '))} |`);
lines.push(`| the same page without scripts (its floor), after the first: first paint | ${cell((row) => ms(med(row.second.floor, 'shown')))} |`);
lines.push(`| everything ready / the floor's first paint | ${cell((row) => ratio(med(row.second.article, 'ready'), med(row.second.floor, 'shown')))} |`);
lines.push(`| the site's page of the built-in article: first paint / cards usable / everything ready | ${cell((row) => `${ms(med(row.runs.site, 'fcp'))} / ${ms(seenMedian(row.cards.site))} / ${ms(med(row.runs.site, 'ready'))}`)} |`);
lines.push(`| the same, against the built-in page | ${cell((row) => `${ratio(med(row.runs.site, 'fcp'), med(row.runs.app, 'fcp'))} / ${ratio(seenMedian(row.cards.site), seenMedian(row.cards.app))} / ${ratio(med(row.runs.site, 'ready'), med(row.runs.app, 'ready'))}`)} |`);
lines.push(`| the example's page on the site (cold): article shown / cards usable / everything ready | ${cell((row) => `${ms(med(row.runs.sitePrimer, 'shown'))} / ${ms(seenMedian(row.cards.sitePrimer))} / ${ms(med(row.runs.sitePrimer, 'ready'))}`)} |`);
lines.push(`| \`${OPEN_PRIMER}\` (cold): first paint (the built-in article) / the example shown / its cards usable | ${cell((row) => `${ms(med(row.runs.open, 'fcp'))} / ${ms(med(row.runs.open, 'shown'))} / ${ms(seenMedian(row.cards.open))}`)} |`, '');
lines.push(`A site of ${many.count} articles (\`companion-many-articles\`: the built-in dataset with its own headline, date and standfirst each), each page in the ${many.languages} languages the interface speaks (${many.count * many.languages} pages), built by \`companion-site\` on this machine's ${cpus().length} cores: `
  + `**${many.cold.toFixed(1)} s** cold, **${many.again.toFixed(2)} s** again after one dataset changed (only its pages are rendered). `
  + `A page is ${kb(many.raw)} raw on average, ${kb(many.br)} brotli (the average of ${many.sample}).`, '');

lines.push('## Publishing from the editor', '');
const editorFiles = [...files.keys()].filter((p) => p.startsWith('/site/edit/') && /\.(wasm|js)$/.test(p));
const sized = (path) => `${kb(files.get(path).body.length)} raw, ${kb(files.get(path).gzip.length)} gzip, ${kb(files.get(path).br.length)} brotli`;
lines.push(`The editor loads its own wasm (\`${editorFiles.find((p) => p.endsWith('_bg.wasm') && !p.includes('/render-'))?.replace('/site/', '')}\`: ${sized(editorFiles.find((p) => p.endsWith('_bg.wasm') && !p.includes('/render-')))}); `
  + `the page renderer only when a page is previewed or downloaded: \`companion-render_bg.wasm\` ${sized(editorFiles.find((p) => p.endsWith('/companion-render_bg.wasm')))}, its glue ${sized(editorFiles.find((p) => p.endsWith('/companion-render.js')))}, and the worker ${sized(editorFiles.find((p) => p.endsWith('/worker.js')))}.`, '');
lines.push('| in the site\'s editor, on the example dataset, at 1× CPU (median of ' + published.length + ') | time to the download |', '| --- | ---: |');
lines.push(`| Download the page, first (fetches, compiles and starts the renderer in its worker) | ${ms(median(published.map((p) => p.first)))} |`);
lines.push(`| Download the page, again | ${ms(median(published.map((p) => p.again)))} |`);
lines.push(`| Download one offline file (fetches the site's files, inlines them) | ${ms(median(published.map((p) => p.single)))} |`, '');

lines.push('## Targets', '', '| target | figure |', '| --- | --- |');
const slow = rows[1], fast = rows[0];
const usableRatio = ({ runs, cards }, kind) => { const seen = cards[kind].filter((t) => t !== null); return seen.length === cards[kind].length ? `${(median(seen) / median(runs.floor.map((m) => m.fcp))).toFixed(2)}×` : 'never, in some loads'; };
const p95 = (row, name) => ms(pct([...row.opens[`${name} click`], ...row.opens[`${name} Enter`]], 95));
const p95Of = (row, name, via) => pct(row.opens[`${name} ${via}`], 95);
const readyOf = (row, kind) => ms(median(row.runs[kind].map((m) => m.ready)));
const wasmBr = assets.find((a) => a.path.endsWith('_bg.wasm'))?.br ?? 0;
lines.push(`| everything ready ≤ the plain tooltip page's, 1× / 4× + Slow 4G | ${readyOf(fast, 'app')} / ${readyOf(slow, 'app')} (plain tooltip page ${readyOf(fast, 'tooltips')} / ${readyOf(slow, 'tooltips')}) |`);
lines.push(`| card p95 (click and Enter) ≤ the plain tooltip page's, 1× / 4× | ${p95(fast, 'article')} / ${p95(slow, 'article')} (plain tooltip page ${p95(fast, 'tooltip page')} / ${p95(slow, 'tooltip page')}) |`);
lines.push(`| long article (100×): hover and click p95 ≤ 1.2× the article's, 1× / 4× | ${[fast, slow].map((row) => ['hover', 'click'].map((via) => ratio(p95Of(row, 'long', via), p95Of(row, 'article', via))).join(', ')).join(' / ')} |`);
lines.push(`| article page wasm ≤ 90 KB, all ≤ 120 KB, brotli | ${kb(wasmBr)} / ${kb(total.br)} |`);
lines.push(`| first paint ≤ 1.05× the article alone as static HTML, 4× + Slow 4G | ${(median(slow.runs.app.map((m) => m.fcp)) / median(slow.runs.floor.map((m) => m.fcp))).toFixed(2)}× (1×: ${(median(fast.runs.app.map((m) => m.fcp)) / median(fast.runs.floor.map((m) => m.fcp))).toFixed(2)}×) |`);
lines.push(`| cards usable ≤ 1.05× the floor's first paint, 1× / 4× + Slow 4G | ${usableRatio(fast, 'app')} / ${usableRatio(slow, 'app')} (plain tooltip page ${usableRatio(fast, 'tooltips')} / ${usableRatio(slow, 'tooltips')}) |`);
lines.push(`| layout shift 0 | ${median(fast.runs.app.map((m) => m.shifts)).toFixed(3)} |`);
lines.push(`| a reader's second article transfers ≤ its HTML + 1 KB, 1× / 4× | ${kb(median(fast.second.article.map((m) => m.transferred)))} / ${kb(median(slow.second.article.map((m) => m.transferred)))} (its HTML + 1 KB: ${kb(primerHtml.br.length + 1024)}) |`);
lines.push(`| the second article ready ≤ 1.2× its floor's first paint, 1× / 4× | ${ratio(med(fast.second.article, 'ready'), med(fast.second.floor, 'shown'))} / ${ratio(med(slow.second.article, 'ready'), med(slow.second.floor, 'shown'))} |`);
lines.push(`| a site's page within 5 % of the built-in page (first paint, cards usable, ready), 1× / 4× | ${[fast, slow].map((row) => [ratio(med(row.runs.site, 'fcp'), med(row.runs.app, 'fcp')), ratio(seenMedian(row.cards.site), seenMedian(row.cards.app)), ratio(med(row.runs.site, 'ready'), med(row.runs.app, 'ready'))].join(', ')).join(' / ')} |`);
lines.push(`| ${many.count} articles rebuilt after one change ≤ 2 s | ${many.again.toFixed(2)} s (cold ${many.cold.toFixed(1)} s) |`);
lines.push(`| long article: no task over 50 ms after first paint | ${median(fast.runs.long.map((m) => m.longTasks))} at 1× (longest ${ms(median(fast.runs.long.map((m) => m.longest)))}) |`, '');
writeFileSync(out, lines.join('\n'));
console.log(lines.join('\n'));
