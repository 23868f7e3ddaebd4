//! The panel's Timeline: the dated context notes, oldest first.

use leptos::prelude::*;

use crate::model::{Dataset, NoteBody, NoteId};
use crate::timeline::entries;

/// The dated context notes in order; choosing one calls `choose` with its note. A note the
/// article does not mention cannot be chosen.
#[component]
pub fn Timeline(
    /// The dataset whose context notes are listed.
    dataset: &'static Dataset,
    /// What choosing an entry does.
    choose: Callback<NoteId>,
) -> impl IntoView {
    let items = entries(dataset)
        .into_iter()
        .map(|(_, id)| {
            let note = &dataset.notes[id.0];
            let dates = match &note.body {
                NoteBody::Context(context) => context.dates.as_str(),
                _ => "",
            };
            view! {
                <li>
                    <span class="panel__date">{dates}</span>
                    <button
                        type="button"
                        class="button panel__item"
                        disabled=note.mentions.is_empty()
                        on:click=move |_| choose.run(id)
                    >
                        {note.title.as_str()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="panel__view panel__timeline">{items}</ol> }
}
