/* Reading Companion embed (docs/publishing.md): gives each <div data-reading-companion> an
   iframe (of its data-page, or of open/ for a data-src), fits it to the height it posts (only
   from its window and origin, whole pixels in bounds, within its data-max-height) and tells each
   frame which part of it is in view. */
(() => {
  const base = new URL("./", document.currentScript ? document.currentScript.src : location.href);
  const frames = "iframe[data-reading-companion-frame]";
  const fit = (frame, height) => {
    for (const [name, value] of [["display", "block"], ["width", "100%"], ["border", "0"], ["height", height + "px"]])
      frame.style.setProperty(name, value, "important");
  };
  const origin = (f) => f.hasAttribute("sandbox") && !f.sandbox.contains("allow-same-origin") ? "null" : new URL(f.src, location.href).origin;
  let told = 0;
  const tell = () => {
    told = 0;
    for (const frame of document.querySelectorAll(frames)) {
      const box = frame.getBoundingClientRect(), top = Math.max(0, Math.round(-box.top));
      const bottom = Math.min(Math.round(box.height), Math.round(innerHeight - box.top));
      if (bottom > top && frame.contentWindow)
        frame.contentWindow.postMessage({ readingCompanionView: [top, bottom - top] }, origin(frame).replace(/^null$/, "*"));
    }
  };
  const soon = () => { told = told || requestAnimationFrame(tell); };
  addEventListener("scroll", soon, { passive: true });
  addEventListener("resize", soon);
  let count = 0;
  for (const host of document.querySelectorAll("[data-reading-companion]")) {
    if (host.querySelector(frames)) continue;
    const get = (name) => host.getAttribute("data-" + name);
    const page = get("page"), src = !page && get("src");
    const url = page ? new URL(page, location.href) : new URL(src ? "./open/?embed" : "./?embed", base);
    if (page) url.search += (url.search ? "&" : "?") + "embed";
    if (src) url.searchParams.set("data", new URL(src, location.href).href);
    const frame = document.createElement("iframe");
    do frame.id = "reading-companion-" + ++count; while (document.getElementById(frame.id));
    frame.src = url.href;
    frame.title = get("title") || "Annotated article";
    frame.setAttribute("sandbox", get("sandbox") || "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
    frame.setAttribute("data-reading-companion-frame", "");
    if (get("max-height") !== null) frame.setAttribute("data-max-height", get("max-height"));
    fit(frame, 600);
    host.append(frame);
  }
  addEventListener("message", (event) => {
    const height = event.data;
    if (!Number.isInteger(height) || height < 40 || height > 500000) return;
    for (const frame of document.querySelectorAll(frames)) {
      if (!event.source || frame.contentWindow !== event.source || event.origin !== origin(frame)) continue;
      const cap = Number.parseInt(frame.getAttribute("data-max-height"), 10);
      fit(frame, cap >= 200 ? Math.min(height, cap) : height);
      soon();
    }
  });
})();
