//! The panel's Timeline: the dated context notes, oldest first.

use leptos::prelude::*;

use super::NoteChoice;
use crate::model::{Dataset, NoteBody};
use crate::timeline::entries;

/// The dated context notes in order, each a [`NoteChoice`].
#[component]
pub fn Timeline(
    /// The dataset whose context notes are listed.
    dataset: &'static Dataset,
) -> impl IntoView {
    let items = entries(dataset)
        .into_iter()
        .map(|(_, id)| {
            let note = &dataset.notes[id.0];
            let dates = match &note.body {
                NoteBody::Context(context) => context.dates.as_deref().unwrap_or_default(),
                _ => "",
            };
            view! {
                <li>
                    <bdi class="panel__date" lang=dataset.written().lang>{dates}</bdi>
                    <NoteChoice note=id label=note.title.clone() />
                </li>
            }
        })
        .collect_view();
    view! { <ol class="panel__view panel__timeline">{items}</ol> }
}
