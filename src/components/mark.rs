//! A mention's mark: the phrase that opens its note.

use leptos::prelude::*;

use crate::model::{Dataset, MentionId};
use crate::state::{CardState, Highlight, Ready, ShownNotes};

/// The DOM id of the card, which every mark's `aria-controls` names.
pub const CARD_ID: &str = "note-card";

/// The DOM id of a mention's mark, so the card can find and refocus it.
pub fn trigger_id(mention: MentionId) -> String {
    format!("mention-{}", mention.0)
}

/// One mention's mark around its text. Until the app has taken over (and without the wasm) it is
/// a link to its note's endnote; then a button for its card (`role="button"`, focusable, with
/// `aria-expanded`), styled by its kind, or plain text when the reader hides that kind. It stays
/// an `<a>` throughout, so the prerendered element is the one the app uses, and a phrase wraps
/// across lines like the text around it (a `<button>` would not).
///
/// Input on marks is handled once for the whole article (see [`super::ArticleView`]), which
/// finds the mark by `data-mention`.
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
    let highlight = expect_context::<Highlight>();
    let ready = expect_context::<Ready>();
    let id = dataset.mentions[mention.0].note;
    let note = &dataset.notes[id.0];
    let kind = note.kind();
    let style = match kind.as_str() {
        "actor" => "mark mark--actor",
        "poll" => "mark mark--poll",
        _ => "mark mark--context",
    };
    let button = move || ready.get() && shown.shows(kind);
    view! {
        <a
            id=trigger_id(mention)
            class=move || if shown.shows(kind) { style } else { "mark-off" }
            href=move || (!ready.get()).then(|| format!("#endnote-{}", note.id))
            role=move || button().then_some("button")
            tabindex=move || button().then_some("0")
            aria-controls=CARD_ID
            aria-expanded=move || button().then(|| if state.is_open(mention) { "true" } else { "false" })
            data-highlight=move || highlight.is(id).then_some("")
            data-mention=mention.0
            data-kind=kind.as_str()
            data-note=note.id.as_str()
            data-ref=note.number
        >
            {text}
        </a>
    }
}
