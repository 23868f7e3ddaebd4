//! What a card shows for one mention: the note's kind and title with a close button, its body by
//! kind, its sources and "Copy link".

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::{ActorDetails, ContextDetails, CopyLink, PollDetails, SourceList};
use crate::focus::focus_mark;
use crate::model::{Dataset, MentionId, Note, NoteBody};
use crate::state::CardState;

/// The id of the card's title, which the card's `aria-labelledby` names.
pub const TITLE_ID: &str = "note-card-title";

/// The content of the card for `mention`.
#[component]
pub fn CardContent(
    /// The dataset the mention is in.
    dataset: &'static Dataset,
    /// The mention whose note is shown.
    mention: MentionId,
) -> impl IntoView {
    let state = expect_context::<CardState>();
    let note = dataset.note_of(mention);
    let close = move |_| {
        state.dismiss();
        focus_mark(mention);
    };
    let body = match &note.body {
        NoteBody::Actor(actor) => EitherOf3::A(view! { <ActorDetails dataset actor mention /> }),
        NoteBody::Poll(figure) => EitherOf3::B(view! { <PollDetails dataset note figure /> }),
        NoteBody::Context(context) => EitherOf3::C(view! { <ContextDetails context /> }),
    };
    view! {
        <div class="card__head">
            <p class="card__kind">{kind_label(note)}</p>
            <h2 class="card__title" id=TITLE_ID>
                {note.title.as_str()}
            </h2>
            <button type="button" class="card__close" on:click=close>
                <span aria-hidden="true">"×"</span>
                <span class="visually-hidden">"Close note"</span>
            </button>
        </div>
        <div class="card__body">{body}</div>
        <SourceList sources=&note.sources />
        <CopyLink note=note.id.as_str() />
    }
}

/// "Actor · Person", "Poll figure", "Context": the line above the title.
fn kind_label(note: &Note) -> String {
    match &note.body {
        NoteBody::Actor(actor) => format!("Actor · {}", actor.kind.label()),
        NoteBody::Poll(_) => "Poll figure".to_owned(),
        NoteBody::Context(_) => "Context".to_owned(),
    }
}
