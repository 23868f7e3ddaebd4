// The download budget of the release build in `dist/`: what the page loads, brotli-compressed as
// a server sends it, and the wasm's raw size. Sizes are deterministic, so they are asserted
// here rather than benchmarked; the figures are printed whether the test passes or fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compress, loadedBy } from '../../bench/transfer.mjs';
import { root } from './harness.mjs';

// The budgets: what the article's page downloads, brotli, and any wasm we ship, raw (also the
// second build's, in `open/`, for datasets from elsewhere).
const TOTAL_BROTLI_KB = 85;
const WASM_RAW_KB = 250;

const dist = join(root, 'dist');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

test('the page downloads no more than its budget', (t) => {
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = loadedBy(index).map((name) => ({ name, ...compress(readFileSync(join(dist, name))) }));
  for (const a of assets) t.diagnostic(`${a.name}: ${kb(a.body.length)} raw, ${kb(a.br.length)} brotli`);
  const total = assets.reduce((sum, a) => sum + a.br.length, 0);
  const wasm = assets.filter((a) => a.name.endsWith('.wasm'));
  assert.equal(wasm.length, 1, 'the page loads one wasm file');
  const wasmRaw = wasm[0].body.length;
  t.diagnostic(`total: ${kb(total)} brotli (budget ${TOTAL_BROTLI_KB} KB); wasm: ${kb(wasmRaw)} raw (budget ${WASM_RAW_KB} KB)`);
  assert.ok(assets.length >= 4, `the page loads its HTML, styles, script and wasm: ${assets.map((a) => a.name)}`);
  assert.ok(total <= TOTAL_BROTLI_KB * 1024, `the page downloads ${kb(total)} brotli, over its ${TOTAL_BROTLI_KB} KB`);
  assert.ok(wasmRaw <= WASM_RAW_KB * 1024, `the wasm is ${kb(wasmRaw)} raw, over its ${WASM_RAW_KB} KB`);
});

test('the page for datasets from elsewhere keeps its wasm within the budget', (t) => {
  const folder = join(dist, 'open');
  const index = readFileSync(join(folder, 'index.html'), 'utf8');
  const assets = loadedBy(index).map((name) => ({ name, ...compress(readFileSync(join(folder, name))) }));
  const total = assets.reduce((sum, a) => sum + a.br.length, 0);
  const wasm = assets.filter((a) => a.name.endsWith('.wasm'));
  assert.equal(wasm.length, 1, 'the page loads one wasm file');
  t.diagnostic(`open/: ${kb(total)} brotli in all; wasm: ${kb(wasm[0].body.length)} raw (budget ${WASM_RAW_KB} KB)`);
  assert.ok(wasm[0].body.length <= WASM_RAW_KB * 1024, `the wasm is ${kb(wasm[0].body.length)} raw, over its ${WASM_RAW_KB} KB`);
});
