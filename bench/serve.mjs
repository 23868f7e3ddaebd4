// Serves a built folder as a web server would: each file compressed once at the best level (from
// the start, in the background; a file asked for first is compressed then),
// sent brotli or gzip as the browser asks, `application/wasm` for the wasm, a folder's
// `index.html` for the folder, and the caching docs/publishing.md asks of a site: files named by
// their content's hash are immutable, everything else (pages, embed.js) is checked each time; and
// `Access-Control-Allow-Origin: *`, for embeds. The benchmark serves through it, and `./run serve`
// runs it:
//
//   node bench/serve.mjs DIST [PORT]
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lazilyCompressed } from './transfer.mjs';

/** Files whose names carry their content's hash (`base-5755fb7c6ef713.css`,
 *  `reading-companion-995745710e09a360_bg.wasm`, `…-start.js`): they never change. */
export const HASHED = /-[0-9a-f]{8,}(_bg|-start)?\.(js|css|wasm)$/;

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };

/** Every file under `dist`, by its path on the site ("/open/index.html"), compressed. */
export function siteFiles(dist) {
  const files = new Map();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    files.set('/' + relative(dist, path).split('\\').join('/'), lazilyCompressed(readFileSync(path)));
  }
  return files;
}

/** An HTTP server for `files` (see `siteFiles`); not yet listening. */
export function siteServer(files) {
  return createServer((req, res) => {
    const asked = new URL(req.url, 'http://x').pathname;
    const path = asked.endsWith('/') ? asked + 'index.html' : asked;
    const file = files.get(path);
    if (!file) return res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
    const accepts = req.headers['accept-encoding'] ?? '';
    const [encoding, body] = accepts.includes('br') ? ['br', file.br] : accepts.includes('gzip') ? ['gzip', file.gzip] : [null, file.body];
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      ...(encoding && { 'content-encoding': encoding }),
      'cache-control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      // As docs/embedding.md asks of a site: an embed sandboxed without `allow-same-origin` loads every
      // file cross-origin.
      'access-control-allow-origin': '*',
      vary: 'accept-encoding',
    });
    res.end(body);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dist = 'dist', port = '8080'] = process.argv.slice(2);
  const files = siteFiles(dist);
  const server = siteServer(files);
  server.listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dist}/ at http://127.0.0.1:${port}/ (Ctrl+C stops)`));
  // Compressed one by one between requests, so none waits long on its first reader.
  (async () => {
    for (const file of files.values()) {
      await new Promise(setImmediate);
      void file.br;
    }
  })();
}
