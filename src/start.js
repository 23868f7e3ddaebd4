// What a page's start script does, once the lines the build writes before this have imported
// the wasm-bindgen glue (`init`, `bindings`) and named `wasm`, the WebAssembly's address, and
// `page`: which page this is (`role`: "article", "open" or "edit"), the folder that reads datasets
// from elsewhere (`openFolder`) and the attribute `open/` keeps until it knows whether one is
// asked for (`awaiting`). The start script is a file, not an inline script, so a strict
// Content-Security-Policy allows it (`loader::start_script`).

// A language chosen in the reading options (links the page was built with): the page in it, with
// the reader's other choices, the fragment, kept (`lang=` first, as the app writes it). A page
// rendered in the browser (`open/`) links to itself, and is rendered again in that language.
document.addEventListener("click", (event) => {
  const link = event.target.closest?.(".tools__languages a[hreflang]");
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const kept = location.hash.slice(1).split("&").filter((part) => part && !part.startsWith("lang="));
  const fragment = "#" + [`lang=${link.hreflang}`, ...kept].join("&");
  const to = new URL(link.getAttribute("href"), location.href);
  if (to.pathname === location.pathname && to.search === location.search) {
    history.replaceState(history.state, "", fragment);
    location.reload();
  } else {
    location.assign(to.href.split("#")[0] + fragment);
  }
});

// `#lang=` names the interface's language: the page in it, where it is published beside this
// one (its `<link rel="alternate" hreflang>`), takes this one's place, fragment and all, whether
// the page is opened with it or it is typed into the address after.
function translation() {
  const lang = new URLSearchParams(location.hash.slice(1)).get("lang")?.toLowerCase();
  if (!lang || lang === document.documentElement.lang.toLowerCase()) return null;
  const link = [...document.querySelectorAll("link[rel=alternate][hreflang]")].find((l) => l.hreflang.toLowerCase() === lang);
  return link && new URL(link.getAttribute("href"), location.href).href.split("#")[0] + location.hash;
}
const asked = new URLSearchParams(location.search).getAll("data").pop()?.trim();
if (page.role === "article") {
  addEventListener("hashchange", () => {
    const to = translation();
    if (to) location.replace(to);
  });
}
if (page.role === "article" && !asked && translation()) {
  location.replace(translation());
} else if (page.role === "article" && asked) {
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
