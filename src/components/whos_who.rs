//! Who's who: every actor, grouped by kind, with its mention count. Choosing one highlights all
//! its mentions and opens its card on the first, whose previous/next buttons walk the rest.

use leptos::prelude::*;

use super::bring_into_view;
use crate::model::{ActorKind, Dataset, NoteBody, NoteId};
use crate::state::{CardState, Highlight, shared};

/// The actors of the dataset by kind.
#[component]
pub fn WhosWho(
    /// The dataset whose actors to list.
    dataset: &'static Dataset,
) -> impl IntoView {
    let state = shared::<CardState>();
    let highlight = shared::<Highlight>();
    let choose = move |id: NoteId| {
        highlight.set(id);
        if let Some(&first) = dataset.notes[id.0].mentions.first() {
            bring_into_view(first);
            state.press(first, None);
        }
    };
    let groups = [ActorKind::Person, ActorKind::State, ActorKind::Organisation, ActorKind::Party]
        .into_iter()
        .filter_map(|kind| {
            let actors: Vec<NoteId> = (0..dataset.notes.len())
                .map(NoteId)
                .filter(|id| matches!(&dataset.notes[id.0].body, NoteBody::Actor(a) if a.kind == kind))
                .collect();
            (!actors.is_empty()).then(|| {
                let items = actors
                    .into_iter()
                    .map(|id| {
                        let note = &dataset.notes[id.0];
                        let count = note.mentions.len();
                        view! {
                            <li>
                                <button type="button" class="button panel__item" data-actor=note.id.as_str() aria-pressed=move || if highlight.is(id) { "true" } else { "false" } on:click=move |_| choose(id)>
                                    {note.title.clone()}
                                    <span class="panel__count">{if count == 1 { "1 mention".to_owned() } else { format!("{count} mentions") }}</span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h3>{kind.plural()}</h3>
                    <ul class="panel__list">{items}</ul>
                }
            })
        })
        .collect_view();
    view! { <div class="panel__view">{groups}</div> }
}
