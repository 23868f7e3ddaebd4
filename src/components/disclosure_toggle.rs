//! The button of a disclosure (ARIA Authoring Practices): it shows or hides the element it
//! controls and says which with `aria-expanded`.

use reactive_graph::prelude::*;
use reactive_graph::signal::RwSignal;
use web_sys::{Element, Event};

use crate::dom::{document, effect, listen, set_state};
use crate::markup::el;

/// A button that toggles `open`; `id` is its own DOM id (so focus can return to it) and
/// `controls` the id of the element it shows and hides.
pub fn disclosure_toggle(id: &str, controls: &str, open: RwSignal<bool>, label: &str) -> Element {
    let button = el("button")
        .attr("type", "button")
        .attr("id", id)
        .attr("class", "tools__toggle")
        .attr("aria-controls", controls)
        .text(label)
        .to_dom(&document());
    let shown = button.clone();
    effect(move || set_state(&shown, "aria-expanded", open.get()));
    listen(&button, "click", move |_: Event| open.update(|o| *o = !*o));
    button
}
