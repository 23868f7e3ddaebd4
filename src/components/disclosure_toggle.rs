//! The button of a disclosure (ARIA Authoring Practices).

use leptos::prelude::*;

/// A button that shows or hides the element it controls and says which with `aria-expanded`.
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
) -> impl IntoView {
    view! {
        <button
            type="button"
            id=id
            class="tools__toggle"
            aria-controls=controls
            aria-expanded=move || if open.get() { "true" } else { "false" }
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {label}
        </button>
    }
}
