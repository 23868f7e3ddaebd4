// Hydrates the page's Leptos islands once the wasm has started: each `<leptos-island>` in document
// order, by the function the wasm exports under its `data-component` name (the walk of Leptos's
// own islands script, for a page Trunk loads). An island inside another's `<leptos-children>`
// is hydrated under that island's reactive owner, which the outer island's hydration left on the
// element, so it sees the outer island's context. It runs in one task: the app takes the page
// over after it (`islands_hydrated`), or never, when an island fails to hydrate.
function hydrateIslands(bindings) {
  const owners = [];
  const visit = (element) => {
    const name = element.localName;
    if (name === "leptos-island") {
      owners.at(-1)?.();
      const hydrate = bindings[element.dataset.component];
      if (!hydrate) throw new Error(`no island ${element.dataset.component} in this build`);
      hydrate(element);
    }
    const children = name === "leptos-children";
    if (children) owners.push(element.$$on_hydrate);
    for (const child of element.children) visit(child);
    if (children) owners.pop();
  };
  visit(document.body);
  bindings.islands_hydrated();
}
