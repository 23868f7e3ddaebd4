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
//
// A card (an island whose element is a popover) is hydrated, with the islands inside it, only as
// it first opens: its `beforetoggle`, which the browser fires before showing it whoever opens it
// (a mark's `popovertarget`, or the app's `showPopover`). Most cards of an article are never
// opened in a visit, and they are most of its islands. A browser without `beforetoggle`
// hydrates every card in the walk. (This file follows the start script, which calls
// `hydrateIslands`: it declares only functions, which exist before then.)
function sleeps(island) {
  return "onbeforetoggle" in HTMLElement.prototype && island.firstElementChild?.hasAttribute("popover");
}

// The islands inside `root`, in document order, each with the function that makes the reactive
// owner of the island around it current (none at the top). The generator runs as the islands are
// hydrated: an island's `<leptos-children>` gets its owner as the island hydrates, before the
// walk goes into it. It does not go into an island that sleeps.
function* islands(root, owner) {
  for (const child of root.children) {
    const island = child.localName === "leptos-island";
    if (island) yield { island: child, owner };
    if (island && sleeps(child)) continue;
    yield* islands(child, child.localName === "leptos-children" ? child.$$on_hydrate : owner);
  }
}

async function hydrateIslands(bindings) {
  const hydrate = ({ island, owner }) => {
    owner?.();
    const start = bindings[island.dataset.component];
    if (!start) throw new Error(`no island ${island.dataset.component} in this build`);
    start(island);
  };
  const wake = (found) => {
    hydrate(found);
    for (const inner of islands(found.island)) hydrate(inner);
  };
  // A card the reader opened before the wasm started is hydrated at once.
  const wakeOnOpen = (found) => {
    const popover = found.island.firstElementChild;
    if (popover.matches(":popover-open")) return wake(found);
    const opening = (event) => {
      if (event.newState !== "open") return;
      popover.removeEventListener("beforetoggle", opening);
      wake(found);
    };
    popover.addEventListener("beforetoggle", opening);
  };
  let slice = performance.now();
  for (const found of islands(document.body)) {
    if (sleeps(found.island)) {
      wakeOnOpen(found);
      continue;
    }
    if (performance.now() - slice > 20) {
      await new Promise((resolve) => setTimeout(resolve));
      slice = performance.now();
    }
    hydrate(found);
  }
  performance.mark("companion-hydrated");
  bindings.islands_hydrated();
}
