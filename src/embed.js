/* Reading Companion embed (README, "Embedding"): gives each <div data-reading-companion> an
   iframe (of open/, which reads datasets, for a data-src), and fits each companion iframe to the
   height it posts, taken only from its window and origin, as whole pixels within bounds. */
(() => {
  const base = new URL("./", document.currentScript ? document.currentScript.src : location.href);
  const sandbox = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";
  const frames = "iframe[data-reading-companion-frame]";
  const fit = (frame, height) => {
    for (const [name, value] of [["display", "block"], ["width", "100%"], ["border", "0"], ["height", height + "px"]])
      frame.style.setProperty(name, value, "important");
  };
  let count = 0;
  for (const host of document.querySelectorAll("[data-reading-companion]")) {
    if (host.querySelector(frames)) continue;
    const src = host.getAttribute("data-src");
    const url = new URL(src ? "./open/?embed" : "./?embed", base);
    if (src) url.searchParams.set("data", new URL(src, location.href).href);
    const frame = document.createElement("iframe");
    do frame.id = "reading-companion-" + ++count; while (document.getElementById(frame.id));
    frame.src = url.href;
    frame.title = host.getAttribute("data-title") || "Annotated article";
    frame.setAttribute("sandbox", host.getAttribute("data-sandbox") || sandbox);
    frame.setAttribute("data-reading-companion-frame", "");
    fit(frame, 600);
    host.append(frame);
  }
  addEventListener("message", (event) => {
    const height = event.data;
    if (!Number.isInteger(height) || height < 40 || height > 500000) return;
    for (const frame of document.querySelectorAll(frames)) {
      if (!event.source || frame.contentWindow !== event.source) continue;
      const opaque = frame.hasAttribute("sandbox") && !frame.sandbox.contains("allow-same-origin");
      if (event.origin === (opaque ? "null" : new URL(frame.src, location.href).origin)) fit(frame, height);
    }
  });
})();
