//! The notes panel: Who's who, Polls and Timeline, beside the article on wide screens and as a
//! drawer over it on narrow ones. A non-modal region: the article stays usable while it is open.

use leptos::either::EitherOf3;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use super::{DisclosureToggle, PollTables, Timeline, WhosWho};
use crate::focus::{bring_into_view, focus_by_id};
use crate::model::{Dataset, NoteBody, NoteId};
use crate::state::{CardState, Highlight};

const PANEL_ID: &str = "notes-panel";
const TOGGLE_ID: &str = "notes-panel-toggle";

/// The three views of the panel, with the labels of the buttons that choose them.
const VIEWS: [&str; 3] = ["Who's who", "Polls", "Timeline"];

/// The button that opens the panel, and the panel. Choosing an actor highlights all its
/// mentions and opens its card on the first, whose previous and next buttons walk the rest; a
/// timeline entry opens the card of the note's first mention.
#[component]
pub fn NotesPanel(
    /// The dataset whose notes the panel lists.
    dataset: &'static Dataset,
) -> impl IntoView {
    let state = expect_context::<CardState>();
    let highlight = expect_context::<Highlight>();
    let open = RwSignal::new(false);
    let view = RwSignal::new(0usize);
    let close = move || {
        open.set(false);
        focus_by_id(TOGGLE_ID);
    };
    let choose = Callback::new(move |note: NoteId| {
        if matches!(dataset.notes[note.0].body, NoteBody::Actor(_)) {
            highlight.set(note);
        }
        if let Some(&first) = dataset.notes[note.0].mentions.first() {
            bring_into_view(first);
            state.press(first, None);
        }
    });
    let switches = VIEWS
        .into_iter()
        .enumerate()
        .map(|(index, label)| {
            view! {
                <button
                    type="button"
                    class="button"
                    aria-pressed=move || if view.get() == index { "true" } else { "false" }
                    on:click=move |_| view.set(index)
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    // The chosen view is rendered while the panel is open.
    let chosen = move || {
        open.get().then(|| match view.get() {
            0 => EitherOf3::A(view! { <WhosWho dataset choose /> }),
            1 => EitherOf3::B(view! { <PollTables dataset /> }),
            _ => EitherOf3::C(view! { <Timeline dataset choose /> }),
        })
    };
    view! {
        <DisclosureToggle id=TOGGLE_ID controls=PANEL_ID open label="Who, what, when" />
        <section
            id=PANEL_ID
            class="panel"
            aria-labelledby="notes-panel-title"
            hidden=move || !open.get()
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Escape" {
                    ev.stop_propagation();
                    close();
                }
            }
        >
            <div class="panel__head">
                <h2 id="notes-panel-title">"Who, what, when"</h2>
                <button type="button" class="card__close" on:click=move |_| close()>
                    <span aria-hidden="true">"×"</span>
                    <span class="visually-hidden">"Close the panel"</span>
                </button>
            </div>
            <div class="panel__switch" role="group" aria-label="Show">
                {switches}
            </div>
            <div class="panel__views">{chosen}</div>
        </section>
    }
}
