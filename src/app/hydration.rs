//! The hydration handshake of the article's page. The page was rendered at build time as Leptos
//! islands; [`hydrate`] sets up their reactive root, the start script (`src/islands.js`) then
//! hydrates each island in document order, a few per task, and calls [`islands_hydrated`] when
//! the last is done. Only then does the app take the page over ([`whole`] turns true). The
//! cards' islands are not in that walk: the script hydrates them afterwards, in idle time, or a
//! card as it first opens (in the popover's `beforetoggle`), so "every island" means every island
//! but the cards'. A page rendered in the browser (`open/`, the editor's preview) has no islands
//! and is whole at once; it is taken over after its first frame.

use leptos::prelude::*;

#[cfg(feature = "islands")]
thread_local! {
    /// Whether every island of the prerendered page is hydrated (they are, a few at a time, over
    /// several tasks). Hydration stops, with an error on the console, where the page's markup
    /// does not match the components (a rewritten page); the app then never takes the page over,
    /// which stays the browser's, cards and all.
    static HYDRATED: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// Whether the page the app runs on is whole, so the app can take it over (tracked): on the
/// article's page, once every island has been hydrated.
#[cfg(feature = "islands")]
pub(super) fn whole() -> Signal<bool> {
    Signal::derive(|| HYDRATED.with(|hydrated| hydrated.get()))
}

/// Whether the page the app runs on is whole, so the app can take it over (tracked): a page
/// rendered in the browser is whole at once, and is taken over in a task of its own once its
/// first frame is painted, so its first screen is not held back by the take-over (which in a
/// long article updates thousands of marks).
#[cfg(not(feature = "islands"))]
pub(super) fn whole() -> Signal<bool> {
    let whole = RwSignal::new(false);
    request_animation_frame(move || {
        // Gone with its app if that was unmounted first.
        gloo_timers::callback::Timeout::new(0, move || _ = whole.try_set(true)).forget();
    });
    whole.into()
}

/// Brings the prerendered page's islands to life. This sets up their reactive root; the start
/// script then hydrates each island in document order (see `src/islands.js`), nested ones after
/// the ones around them, and calls [`islands_hydrated`].
#[cfg(feature = "hydrate")]
pub fn hydrate(start: crate::launch::Start) {
    leptos::mount::hydrate_islands();
    provide_context(start);
}

/// Every island is hydrated: the app takes the page over.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn islands_hydrated() {
    HYDRATED.with(|hydrated| hydrated.set(true));
}
