// What a page's start script does, once the lines the build writes before this have imported
// the wasm-bindgen glue (`init`, `bindings`) and named `wasm`, the WebAssembly's address, and
// `page`: which page this is (`role`: "article", "open" or "edit"), the folder that reads datasets
// from elsewhere (`openFolder`) and the attribute `open/` keeps until it knows whether one is
// asked for (`awaiting`). The start script is a file, not an inline script, so a strict
// Content-Security-Policy allows it (`loader::start_script`).
const asked = new URLSearchParams(location.search).getAll("data").pop()?.trim();
if (page.role === "article" && asked) {
  // A dataset from elsewhere is read by `open/`: the article's page sends the address on, made
  // absolute first (it was written relative to this page), and the wasm's download is cut short.
  const query = new URLSearchParams(location.search);
  try { query.set("data", new URL(asked, location.href).href); } catch {}
  location.replace(new URL(`./${page.openFolder}/?${query}${location.hash}`, import.meta.url));
} else {
  // `open/` with no dataset asked for shows its prerendered article at once.
  if (page.role === "open" && !asked) document.documentElement.removeAttribute(page.awaiting);
  await init({ module_or_path: wasm });
  if (page.role === "article") {
    performance.mark("companion-wasm");
    await hydrateIslands(bindings);
  }
}
