//! The panel's Who's who: the dataset's actors by kind, with their mention counts.

use leptos::prelude::*;

use super::NoteChoice;
use crate::i18n::Words;
use crate::labels::actor_kind;
use crate::model::{ActorKind, Dataset, NoteBody, NoteId};

/// The actors by kind, each a [`NoteChoice`] with its mention count.
#[component]
pub fn WhosWho(
    /// The dataset whose actors are listed.
    dataset: &'static Dataset,
) -> impl IntoView {
    let words = expect_context::<&'static Words>();
    let groups = ActorKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let actors: Vec<NoteId> = (0..dataset.notes.len())
                .map(NoteId)
                .filter(|id| matches!(&dataset.notes[id.0].body, NoteBody::Actor(a) if a.kind == kind))
                .collect();
            let items = actors
                .iter()
                .map(|&id| {
                    let note = &dataset.notes[id.0];
                    let count = words.mentions.count(words.locale, note.mentions.len());
                    view! {
                        <li>
                            <NoteChoice note=id label=note.title.clone() detail=count />
                        </li>
                    }
                })
                .collect_view();
            (!actors.is_empty()).then(|| {
                view! {
                    <h3>{actor_kind(words, kind).1}</h3>
                    <ul class="panel__list">{items}</ul>
                }
            })
        })
        .collect_view();
    view! { <div class="panel__view">{groups}</div> }
}
