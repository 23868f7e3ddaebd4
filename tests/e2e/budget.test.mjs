// The download budget of the release build in `dist/`: what the page loads, brotli-compressed as
// a server sends it, and the wasm's raw size. Sizes are deterministic, so they are asserted
// here rather than benchmarked; the figures are printed whether the test passes or fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compress, loadedBy } from '../../bench/transfer.mjs';
import { root } from './harness.mjs';

// What the build measured (KB of 1,024 bytes): the ceilings are these plus 3 %, and may only
// come down from here. The article's page in all, brotli; its wasm, raw; and the wasm of `open/`
// (datasets from elsewhere), raw. Islands brought them to 139.6, 308.4 and 483.0; the layout for
// real screens (the panel beside the article or stepping aside, the phone sheet, hover that
// needs a moving pointer, marks once a paragraph, the link notice, the handout's numbering)
// added most of the rest; reading a dataset so that it cannot mislead (its bytes decoded as the
// checker does, hosts in ASCII and checked for mixed scripts, BCP 47 tags, empty texts, calendar
// dates) added 14.3 KB to `open/`, and isolating the dataset's texts (`<bdi>`) 2.6 KB to the page.
// Format 2 (texts that are not news: optional fields, more actor kinds, the page described and
// its direction from the dataset, panel views only where there is something to list) added
// 3.2 KB to the page's wasm and 10.0 KB to `open/`.
// A source link that says so where an embed's frame may not open tabs added 7.4 KB to the page's
// wasm, a card of a note mentioned once without its dead buttons and a source's host named once
// 0.9 KB; addresses refused with what is wrong with them, `open/` waiting for the dataset asked
// for and a long article `aria-busy` until rendered, 10.5 KB to `open/`.
// The article page's banner (it can only say that it shows its built-in article) no longer links
// the words of the others: 12.1 KB less of its wasm. `open/` says what each part of a dataset
// left out is, leaves out notes no reader can reach and refuses an anchor inside a letter:
// 17.2 KB more.
// The editor (`edit/`) is a tool for authors, not a page readers load: its budget keeps it from
// growing unseen. It carries the checker, serde writing JSON, its forms and the page renderer's
// worker client; its preview is the published page, so it no longer carries the companion
// (824.6 KB before): 708.3 KB raw, 253 KB brotli with its page; problems beside their fields,
// with a fix, and the W3C export named by the article's address, 728.3 KB. The renderer itself is loaded
// only to make a page (see bench/results.md). Changing the text once notes are written (each note
// kept on its phrase, or named), the first paragraph taken for a headline made text again, an id
// clash said at both notes, and the text in its language and direction: 754.0 KB (25 KB more, of
// which the text's fields and their words are most; a sort it needed, 3.6 KB, was left out).
// Marks read by screen readers as plain buttons, and the open card owned by its paragraph: the
// article page's wasm 340.4 KB, 151.0 KB brotli in all; `open/` 556.9 KB. The editor's fields
// each a slice of the draft (Leptos's `create_slice`: a memo per field), one component per kind,
// the check and the save at the pause, the renderer's worker ended once it has answered: 782.7 KB
// (from 760.5 KB, 22.2 KB; 5.5 KB brotli).
// The interface in seven languages (docs/architecture.md, "Whose language"): the page is rendered
// in its language at build time, its islands get their words in the app's props (as a list: a
// struct's field names cost 21 KB) and the choice of language is the build's HTML, so the article
// page's wasm grew 7.2 KB raw, 2.4 KB brotli (from 113.0), the page 3.5 KB brotli in all with the
// words in its HTML and the start script's `#lang=`; `open/`, which renders in any language,
// carries the seven catalogues: 40.7 KB raw, 14.6 KB brotli (from 186.4).
// The editor in the seven languages and the problem sentences in them: each page that renders in
// the browser carries English and fetches another language's words from beside it when it needs
// them (`fetched_words`: a text file, one text a line). `open/` then carries one catalogue, not
// seven: 590.2 KB raw, 197.7 KB brotli (from 597.6 and 201.0); the editor, with its words, the
// language choice and the sentences said in a language: 830.3 KB raw, 272.4 KB brotli (from
// 786.1 and 260.1; reading a catalogue of 190 texts is 5.6 KB of it, a call a field: 9.9 KB
// when each field was handed back).
// One stylesheet joined by lightningcss (4.0 KB brotli, ten were 5.4), the glue minified with
// terser (6.5 KB brotli, was 8.3), marks no longer islands (145 islands, was 305; the page's HTML
// 22.9 KB brotli, was 24.4) and wasm-opt 132: 149.8 KB brotli in all (from 154.5); the wasm
// 345.5 KB raw (from 347.6); `open/` 592.5 KB (from 590.2: the marks kept in step from one
// place, in a build that had them as components already).
// The panel's entries no longer islands, the cards' islands hydrated after the app takes over
// (the start script 1.3 KB brotli, was 1.0), source links without a `<bdi>` inside: 147.5 KB
// brotli in all; the wasm 337.3 KB raw (113.0 KB brotli, was 115.3); `open/` 588.5 KB.
const MEASURED = { totalBrotli: 147.5, wasmRaw: 337.3, openWasmRaw: 588.5, editWasmRaw: 829.3 };
const ceiling = (kb) => Math.round(kb * 1.03 * 10) / 10;

const dist = join(root, 'dist');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** What the page in `folder` loads, with each file's raw and brotli size. */
function assets(folder) {
  const index = readFileSync(join(folder, 'index.html'), 'utf8');
  return loadedBy(index).map((name) => ({ name, ...compress(readFileSync(join(folder, name))) }));
}

test('the article page downloads no more than its budget', (t) => {
  const loaded = assets(dist);
  for (const a of loaded) t.diagnostic(`${a.name}: ${kb(a.body.length)} raw, ${kb(a.br.length)} brotli`);
  const total = loaded.reduce((sum, a) => sum + a.br.length, 0);
  const wasm = loaded.filter((a) => a.name.endsWith('.wasm'));
  assert.equal(wasm.length, 1, 'the page loads one wasm file');
  const wasmRaw = wasm[0].body.length;
  t.diagnostic(`total: ${kb(total)} brotli (ceiling ${ceiling(MEASURED.totalBrotli)} KB); wasm: ${kb(wasmRaw)} raw (ceiling ${ceiling(MEASURED.wasmRaw)} KB)`);
  assert.ok(loaded.length >= 4, `the page loads its HTML, styles, script and wasm: ${loaded.map((a) => a.name)}`);
  assert.ok(total <= ceiling(MEASURED.totalBrotli) * 1024, `the page downloads ${kb(total)} brotli, over its ${ceiling(MEASURED.totalBrotli)} KB`);
  assert.ok(wasmRaw <= ceiling(MEASURED.wasmRaw) * 1024, `the wasm is ${kb(wasmRaw)} raw, over its ${ceiling(MEASURED.wasmRaw)} KB`);
});

/** Asserts that the page in `folder` loads one wasm file, of at most `measured` KB raw plus 3 %. */
function wasmWithinBudget(t, folder, measured) {
  const loaded = assets(join(dist, folder));
  const total = loaded.reduce((sum, a) => sum + a.br.length, 0);
  const wasm = loaded.filter((a) => a.name.endsWith('.wasm'));
  assert.equal(wasm.length, 1, 'the page loads one wasm file');
  t.diagnostic(`${folder}/: ${kb(total)} brotli in all; wasm: ${kb(wasm[0].body.length)} raw (ceiling ${ceiling(measured)} KB)`);
  assert.ok(wasm[0].body.length <= ceiling(measured) * 1024, `the wasm is ${kb(wasm[0].body.length)} raw, over its ${ceiling(measured)} KB`);
}

test('the page for datasets from elsewhere keeps its wasm within its budget', (t) => wasmWithinBudget(t, 'open', MEASURED.openWasmRaw));

test('the editor keeps its wasm within its budget', (t) => wasmWithinBudget(t, 'edit', MEASURED.editWasmRaw));
