//! The button of a disclosure (ARIA Authoring Practices): it shows or hides the element it
//! controls and says which with `aria-expanded`.

use leptos::prelude::*;

/// A button that toggles `open`.
#[component]
pub fn DisclosureToggle(
    /// The button's DOM id, so focus can return to it.
    id: &'static str,
    /// The id of the element it shows and hides.
    controls: &'static str,
    /// Whether that element is shown.
    open: RwSignal<bool>,
    /// The button's text.
    label: &'static str,
) -> impl IntoView {
    view! {
        <button
            type="button"
            id=id
            class="tools__toggle"
            aria-expanded=move || if open.get() { "true" } else { "false" }
            aria-controls=controls
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {label}
        </button>
    }
}
