//! The notes panel: Who's who, Polls and Timeline, beside the article on wide screens and as a
//! drawer over it on narrow ones. A non-modal region: the article stays usable while it is open.

use leptos::either::EitherOf3;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::note_card::focus;
use super::{DisclosureToggle, PollTable, Timeline, WhosWho};
use crate::model::Dataset;

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
    let open = RwSignal::new(false);
    let view = RwSignal::new(View::WhosWho);
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
            {move || match view.get() {
                View::WhosWho => EitherOf3::A(view! { <WhosWho dataset /> }),
                View::Polls => EitherOf3::B(view! { <PollTable dataset /> }),
                View::Timeline => EitherOf3::C(view! { <Timeline dataset /> }),
            }}
        </section>
    }
}
