//! A mention's mark: the phrase that opens its note, and the button that does.

use leptos::prelude::*;

use crate::model::{Dataset, MentionId, NoteId};
use crate::state::{CardState, Highlight, Ready, ShownNotes};

/// The DOM id of a mention's phrase, whose line boxes the card is placed beside.
pub fn trigger_id(mention: MentionId) -> String {
    format!("mention-{}", mention.0)
}

/// The DOM id of a mention's button, which takes focus for the phrase.
pub fn opener_id(mention: MentionId) -> String {
    format!("open-{}", mention.0)
}

/// The DOM id of a note's card, which every one of its mentions' buttons opens.
pub fn card_id(note: &str) -> String {
    format!("card-{note}")
}

/// One mention's mark around its text: a `<label>` for the phrase, so that it wraps across lines
/// like the text around it, and after it a visually hidden `<button popovertarget>` for its
/// note's card, named by the phrase. A click or tap on the phrase is a click on the button, and
/// the button is the tab stop: so the page's HTML opens, closes and focuses cards with no script
/// at all (the popover's light dismiss, Esc and focus order are the browser's). The phrase is
/// hidden from assistive technology, which meets it once, as the button's name.
///
/// Once the app has taken over, the button's `aria-expanded` follows the app's card (the
/// browser's own expanded state only knows the popovers it opened). A mark whose kind the reader
/// hides is plain text, read as such, and its button is disabled and hidden. Input on marks is
/// handled once for the whole article (see [`super::ArticleView`]), which finds the mark by
/// `data-mention` (the phrase) or `data-opener` (its button).
#[component]
pub fn Mark(
    /// The dataset the mention is in.
    dataset: &'static Dataset,
    /// The mention this mark stands for.
    mention: MentionId,
    /// The text it marks.
    text: &'static str,
) -> impl IntoView {
    let state = expect_context::<CardState>();
    let shown = expect_context::<ShownNotes>();
    let ready = expect_context::<Ready>();
    let highlight = expect_context::<Highlight>();
    let id: NoteId = dataset.mentions[mention.0].note;
    let note = &dataset.notes[id.0];
    let kind = note.kind();
    let style = match kind.as_str() {
        "actor" => "mark mark--actor",
        "poll" => "mark mark--poll",
        _ => "mark mark--context",
    };
    view! {
        <label
            id=trigger_id(mention)
            for=opener_id(mention)
            class=move || if shown.shows(kind) { style } else { "mark-off" }
            aria-hidden=move || shown.shows(kind).then_some("true")
            data-highlight=move || highlight.is(id).then_some("")
            data-mention=mention.0
            data-kind=kind.as_str()
            data-note=note.id.as_str()
            data-ref=note.number
        >
            {text}
        </label>
        <button
            type="button"
            id=opener_id(mention)
            class="opener"
            popovertarget=card_id(&note.id)
            aria-labelledby=trigger_id(mention)
            disabled=move || !shown.shows(kind)
            hidden=move || !shown.shows(kind)
            aria-expanded=move || ready.get().then(|| if state.is_open(mention) { "true" } else { "false" })
            data-opener=mention.0
        ></button>
    }
}
