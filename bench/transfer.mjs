// What the companion's page downloads and what each file weighs compressed, as a server sends
// it: shared by the benchmark and the download budget test.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** `body` with its brotli and gzip compressions, both at their best level. */
export function compress(body) {
  return {
    body,
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gzip: gzipSync(body, { level: 9 }),
  };
}

/** `body` with the same compressions, each made when first asked for and kept: a server can
 *  start at once, before its largest files (the editor's renderer) are compressed. */
export function lazilyCompressed(body) {
  let made = null;
  const all = () => (made ??= compress(body));
  return { body, get br() { return all().br; }, get gzip() { return all().gzip; } };
}

/** The files a built `index.html` loads, itself first: every relative `href` and `src`, quoted
 *  or not (Trunk minifies the page's head). */
export function loadedBy(index) {
  // The page's files, not the pages in its other languages (`<link rel="alternate" hreflang>`,
  // the reading options' links), which end in a slash.
  const linked = [...index.matchAll(/\s(?:href|src)=(?:"\.\/([^"]+)"|\.\/([^\s>"]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((name) => !name.endsWith('/'));
  return ['index.html', ...linked].filter((p, i, all) => all.indexOf(p) === i);
}
