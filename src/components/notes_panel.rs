//! The notes panel: Who's who, Polls and Timeline, beside the article on wide screens and as a
//! drawer over it on narrow ones. A non-modal region: the article stays usable while it is open.

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::note_card::focus;
use super::{DisclosureToggle, bring_into_view};
use crate::markup::panel_views::{chosen_note, poll_table, timeline, whos_who};
use crate::model::Dataset;
use crate::state::{CardState, Highlight, shared};

const PANEL_ID: &str = "notes-panel";
const TOGGLE_ID: &str = "notes-panel-toggle";

/// The three views of the panel.
#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    WhosWho,
    Polls,
    Timeline,
}

/// The button that opens the panel, and the panel.
#[component]
pub fn NotesPanel(
    /// The dataset whose notes to list.
    dataset: &'static Dataset,
) -> impl IntoView {
    let state = shared::<CardState>();
    let highlight = shared::<Highlight>();
    let open = RwSignal::new(false);
    let view = RwSignal::new(View::WhosWho);
    let views = NodeRef::<leptos::html::Div>::new();
    let close = move || {
        open.set(false);
        focus(document().get_element_by_id(TOGGLE_ID).as_ref());
    };
    let on_key_down = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.stop_propagation();
            close();
        }
    };
    // The chosen view is built as the panel opens or switches to it.
    Effect::new(move |previous: Option<(bool, View)>| {
        let now = (open.get(), view.get());
        if let (Some(container), (true, shown)) = (views.get(), now)
            && previous != Some(now)
        {
            let view = match shown {
                View::WhosWho => whos_who(dataset, highlight.current_untracked()),
                View::Polls => poll_table(dataset),
                View::Timeline => timeline(dataset),
            };
            container.set_text_content(None);
            _ = container.append_child(&view.to_dom(&document()));
        }
        now
    });
    // The highlighted actor's button is pressed.
    Effect::new(move |_| {
        let note = highlight.current();
        let Some(Ok(buttons)) = views.get_untracked().map(|v| v.query_selector_all("[data-actor]")) else { return };
        for button in (0..buttons.length()).filter_map(|i| buttons.item(i)?.dyn_into::<Element>().ok()) {
            let pressed = note.is_some_and(|n| button.get_attribute("value") == Some(n.0.to_string()));
            _ = button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
        }
    });
    // An actor highlights all its mentions and opens its card on the first, whose previous and
    // next buttons walk the rest; a timeline entry opens the card of the note's first mention.
    let on_choose = move |ev: MouseEvent| {
        let Some(button) = (ev.target().and_then(|t| t.dyn_into::<Element>().ok()))
            .and_then(|t| t.closest("button.panel__item").ok().flatten())
        else {
            return;
        };
        let Some(note) = button.get_attribute("value").and_then(|v| chosen_note(dataset, &v)) else { return };
        if button.has_attribute("data-actor") {
            highlight.set(note);
        }
        if let Some(&first) = dataset.notes[note.0].mentions.first() {
            bring_into_view(first);
            state.press(first, None);
        }
    };
    let switch = |target: View, label: &'static str| {
        view! {
            <button
                type="button"
                class="button"
                aria-pressed=move || if view.get() == target { "true" } else { "false" }
                on:click=move |_| view.set(target)
            >
                {label}
            </button>
        }
    };
    view! {
        <DisclosureToggle id=TOGGLE_ID controls=PANEL_ID open label="Who, what, when" />
        <section id=PANEL_ID class="panel" aria-labelledby="notes-panel-title" hidden=move || !open.get() on:keydown=on_key_down>
            <div class="panel__head">
                <h2 id="notes-panel-title">"Who, what, when"</h2>
                <button type="button" class="card__close" on:click=move |_| close()>
                    <span aria-hidden="true">"×"</span>
                    <span class="visually-hidden">"Close the panel"</span>
                </button>
            </div>
            <div class="panel__switch" role="group" aria-label="Show">
                {switch(View::WhosWho, "Who's who")}
                {switch(View::Polls, "Polls")}
                {switch(View::Timeline, "Timeline")}
            </div>
            <div node_ref=views on:click=on_choose />
        </section>
    }
}
