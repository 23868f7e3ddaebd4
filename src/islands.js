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
// A card (an island whose element is a popover) is not hydrated in the walk: the app takes the
// page over without it, and the card is hydrated, with the islands inside it, in the browser's
// idle time after that, or as it first opens if that comes first: in its `beforetoggle`, which
// the browser fires before showing it whoever opens it (a mark's `popovertarget`, or the app's
// `showPopover`). The cards are most of an article's islands. A browser without `beforetoggle`
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
  // The cards not yet hydrated, each with what hydrates it (once, with the islands inside it).
  const sleeping = [];
  const sleep = (found) => {
    const popover = found.island.firstElementChild;
    const wake = () => {
      if (!sleeping.includes(wake)) return;
      sleeping.splice(sleeping.indexOf(wake), 1);
      popover.removeEventListener("beforetoggle", opening);
      hydrate(found);
      for (const inner of islands(found.island)) hydrate(inner);
    };
    const opening = (event) => event.newState === "open" && wake();
    sleeping.push(wake);
    // A card the reader opened before the wasm started is hydrated at once.
    if (popover.matches(":popover-open")) wake();
    else popover.addEventListener("beforetoggle", opening);
  };
  let slice = performance.now();
  for (const found of islands(document.body)) {
    if (sleeps(found.island)) {
      sleep(found);
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
  // The cards not opened yet, in the browser's idle time once the app has the page (in order, as
  // their notes come in the article), so that few wait to hydrate until they open. WebKit has no
  // `requestIdleCallback`: there, a card a task.
  const idle = window.requestIdleCallback ?? ((run) => setTimeout(() => run({ timeRemaining: () => 1 })));
  const next = (deadline) => {
    do sleeping[0]?.();
    while (sleeping.length && deadline.timeRemaining() > 1);
    if (sleeping.length) idle(next);
  };
  idle(next);
}
