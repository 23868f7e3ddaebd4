// Hydrates the page's Leptos islands once the wasm has started: each `<leptos-island>` in document
// order, by the function the wasm exports under its `data-component` name (the walk of Leptos's
// own islands script, for a page Trunk loads). An island inside another's `<leptos-children>`
// is hydrated under that island's reactive owner, which the outer island's hydration left on the
// element, so it sees the outer island's context. It works in slices of about 20 ms, giving the
// browser its turn between them, so the page answers input throughout (the browser's own
// popovers, until the app takes over); the app takes the page over once every island is hydrated
// (`islands_hydrated`), or never, when one fails to hydrate. The start script marks when the wasm
// has started (`companion-wasm`), this when every island is hydrated (`companion-hydrated`), and
// the app when it has taken the page over (`companion-ready`): the benchmark's parts of "ready".
async function hydrateIslands(bindings) {
  const owners = [];
  let slice = performance.now();
  const visit = async (element) => {
    const name = element.localName;
    if (name === "leptos-island") {
      if (performance.now() - slice > 20) {
        await new Promise((resolve) => setTimeout(resolve));
        slice = performance.now();
      }
      owners.at(-1)?.();
      const hydrate = bindings[element.dataset.component];
      if (!hydrate) throw new Error(`no island ${element.dataset.component} in this build`);
      hydrate(element);
    }
    const children = name === "leptos-children";
    if (children) owners.push(element.$$on_hydrate);
    for (const child of element.children) await visit(child);
    if (children) owners.pop();
  };
  await visit(document.body);
  performance.mark("companion-hydrated");
  bindings.islands_hydrated();
}
