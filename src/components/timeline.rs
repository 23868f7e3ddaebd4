//! The timeline: context notes that name a date, oldest first, each leading to where the
//! article mentions it.

use leptos::prelude::*;

use super::bring_into_view;
use crate::model::{Dataset, NoteBody};
use crate::state::{CardState, shared};
use crate::timeline::entries;

/// The dated context notes in order.
#[component]
pub fn Timeline(
    /// The dataset whose context notes to order.
    dataset: &'static Dataset,
) -> impl IntoView {
    let state = shared::<CardState>();
    let items = entries(dataset)
        .into_iter()
        .map(|(_, id)| {
            let note = &dataset.notes[id.0];
            let dates = match &note.body {
                NoteBody::Context(context) => context.dates.clone(),
                _ => String::new(),
            };
            let first = note.mentions.first().copied();
            view! {
                <li>
                    <span class="panel__date">{dates}</span>
                    <button type="button" class="button panel__item" disabled=first.is_none() on:click=move |_| {
                        if let Some(first) = first {
                            bring_into_view(first);
                            state.press(first, None);
                        }
                    }>
                        {note.title.clone()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="panel__view panel__timeline">{items}</ol> }
}
