//! The button of a disclosure (ARIA Authoring Practices).

use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::focus::keeping_place;

/// A button that shows or hides the element it controls and says which with `aria-expanded`;
/// Esc on it hides the element too. The reader's place in the text is kept (the element may sit
/// beside the article, which then reflows).
#[component]
pub fn DisclosureToggle(
    /// Its own DOM id, so focus can return to it.
    id: &'static str,
    /// The DOM id of the element it shows and hides.
    controls: &'static str,
    /// Whether that element is shown.
    open: RwSignal<bool>,
    /// What it says.
    label: &'static str,
    /// Whether the element, open, has stepped aside for a while (the notes panel, for a card):
    /// then it is not shown, and the button brings it back.
    #[prop(optional)]
    aside: Option<RwSignal<bool>>,
) -> impl IntoView {
    let is_aside = move || aside.is_some_and(|a| a.get());
    view! {
        <button
            type="button"
            id=id
            class="tools__toggle"
            aria-controls=controls
            aria-expanded=move || if open.get() && !is_aside() { "true" } else { "false" }
            on:click=move |_| match aside.filter(|a| a.get_untracked()) {
                Some(aside) => aside.set(false),
                None => keeping_place(|| open.update(|o| *o = !*o)),
            }
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Escape" && open.get_untracked() {
                    ev.stop_propagation();
                    keeping_place(|| open.set(false));
                }
            }
        >
            {label}
        </button>
    }
}
