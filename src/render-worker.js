// The editor's page renderer, in a worker so that the editor stays responsive while it works:
// `companion-render` (the site build's renderer, Leptos's `ssr` compiled to wasm) makes a draft's
// page, or its single offline file from the page and the site's files, fetched as it names them.
// `./run` puts this file beside the renderer in `edit/render-<hash>/`.
//
// Asked `{ id, kind: "page" | "single-file", request, root }` (`request` the JSON of
// `site::publish::PageRequest`, `root` the site's address), it answers `{ id, answer }` (the
// renderer's JSON, as text) or `{ id, error }`, the error in words for the person who asked.
import init, { inline_files, render_article_page, render_page } from "./companion-render.js";

const ready = init();

async function singleFile(request, root) {
  const html = render_article_page(request);
  const names = [];
  const files = [];
  for (;;) {
    const answer = inline_files(html, names, files);
    const step = JSON.parse(answer);
    if (step.html !== undefined) return answer;
    const response = await fetch(new URL(step.needs, root));
    if (!response.ok) throw `The site's file ${step.needs} could not be fetched (${response.status}).`;
    names.push(step.needs);
    files.push(new Uint8Array(await response.arrayBuffer()));
  }
}

onmessage = async ({ data: { id, kind, request, root } }) => {
  try {
    await ready;
    const answer = kind === "page" ? render_page(request) : await singleFile(request, root);
    postMessage({ id, answer });
  } catch (error) {
    postMessage({ id, error: String(error instanceof Error ? error.message : error) });
  }
};
