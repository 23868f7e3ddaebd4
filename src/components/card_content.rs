//! What a note's card shows: the note's kind (with a link to its sources, which the head keeps in
//! view as the card scrolls) and title with a close button, its body by kind, its sources and
//! "Copy link" (shown once the app has taken over: see `style/card.css`).

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::{ActorDetails, ContextDetails, CopyLink, PollDetails, SourceList};
use crate::i18n::{Words, fill};
use crate::ids::{card_id, sources_id, title_id};
use crate::labels::{actor_kind, legend_entry};
use crate::model::{Dataset, Note, NoteBody, NoteId, Written};

/// The content of `note`'s card. Its close button hides the card with no script; once the app
/// has taken over, the card ([`super::NoteCard`]) handles it.
#[component]
pub fn CardContent(
    /// The dataset the note is in.
    dataset: &'static Dataset,
    /// The note shown.
    note: NoteId,
) -> impl IntoView {
    let note = &dataset.notes[note.0];
    let words = expect_context::<&'static Words>();
    let written = dataset.written();
    let Written { lang, dir } = written;
    let body = match &note.body {
        NoteBody::Actor(actor) => EitherOf3::A(view! { <ActorDetails actor written /> }),
        NoteBody::Poll(figure) => EitherOf3::B(view! { <PollDetails dataset note figure /> }),
        NoteBody::Context(context) => EitherOf3::C(view! { <ContextDetails context written /> }),
    };
    view! {
        <div class="card__head">
            <p class="card__kind">{kind_label(words, note)}</p>
            <h2 class="card__title" id=title_id(&note.id) lang=lang dir=dir>
                {note.title.as_str()}
            </h2>
            <button
                type="button"
                class="card__close"
                popovertarget=card_id(&note.id)
                popovertargetaction="hide"
            >
                <span aria-hidden="true">"×"</span>
                <span class="visually-hidden">{words.close_note}</span>
            </button>
            // After the close button, the dialog's first stop.
            <a class="card__to-sources" href=format!("#{}", sources_id(&note.id))>
                {words.sources.count(words.locale, note.sources.len())}
            </a>
        </div>
        <div class="card__body">{body}</div>
        <SourceList sources=&note.sources id=sources_id(&note.id) lang />
        <CopyLink note=note.id.clone() />
    }
}

/// "Actor · Person", "Poll figure", "Context": the line above the title.
fn kind_label(words: &Words, note: &Note) -> String {
    match &note.body {
        NoteBody::Actor(actor) => fill(words.actor_kind, &[("kind", actor_kind(words, actor.kind).0)]),
        _ => legend_entry(words, note.kind()).0.to_owned(),
    }
}
