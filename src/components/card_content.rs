//! What a note's card shows: the note's kind and title with a close button, its body by kind,
//! its sources and "Copy link" (shown once the app has taken over: see `style/card.css`).

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::{ActorDetails, ContextDetails, CopyLink, PollDetails, SourceList, card_id};
use crate::focus::focus_mark;
use crate::model::{Dataset, MentionId, Note, NoteBody, NoteId};
use crate::state::CardState;

/// The id of a card's title, which the card's `aria-labelledby` names.
pub fn title_id(note: &str) -> String {
    format!("card-{note}-title")
}

/// The content of `note`'s card. `mention` is the mention it is open for (its first, while no
/// mention of it is open).
#[component]
pub fn CardContent(
    /// The dataset the note is in.
    dataset: &'static Dataset,
    /// The note shown.
    note: NoteId,
    /// The mention the card is open for.
    mention: Signal<MentionId>,
) -> impl IntoView {
    let state = expect_context::<CardState>();
    let note = &dataset.notes[note.0];
    // Without the wasm the button hides the popover itself; with it, the app closes the card and
    // puts focus back on the mark that opened it.
    let close = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        state.dismiss();
        focus_mark(mention.get_untracked());
    };
    let body = match &note.body {
        NoteBody::Actor(actor) => EitherOf3::A(view! { <ActorDetails dataset actor mention /> }),
        NoteBody::Poll(figure) => EitherOf3::B(view! { <PollDetails dataset note figure /> }),
        NoteBody::Context(context) => EitherOf3::C(view! { <ContextDetails context /> }),
    };
    view! {
        <div class="card__head">
            <p class="card__kind">{kind_label(note)}</p>
            <h2 class="card__title" id=title_id(&note.id)>
                {note.title.as_str()}
            </h2>
            <button
                type="button"
                class="card__close"
                popovertarget=card_id(&note.id)
                popovertargetaction="hide"
                on:click=close
            >
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
