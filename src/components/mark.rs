//! A mention's mark: the phrase that opens its note, and the button that does.

use leptos::prelude::*;

use crate::ids::{card_id, opener_id, trigger_id};
use crate::model::{MentionId, NoteId, NoteIndex, NoteKind};
use crate::state::{CardState, Highlight, Ready, ShownNotes};

/// One mention's mark around its text: a `<label>` for the phrase, so that it wraps across lines
/// like the text around it, and after it a transparent `<button>` for its note's card, named by
/// the phrase. A click or tap on the phrase is a click on the button, and the button is the tab
/// stop. Until the app takes over the button is a `popovertarget`, so the page's HTML opens,
/// closes and focuses cards with no script at all (the popover's light dismiss, Esc and focus
/// order are the browser's). The phrase is hidden from assistive technology, which meets it
/// once, as the button's name.
///
/// An island: once the app has taken over, the button opens the app's card, and is read as the
/// phrase and "button" only: the browser would call every `popovertarget` "collapsed" and each
/// open card "details" of every mark of its note, which interrupts reading the article aloud. It
/// says "expanded" while its card is open. A mark whose kind the reader hides, or that repeats its
/// note in a paragraph while only first mentions are marked, is plain text, read as such, its
/// label tied to nothing and its button disabled and hidden. Input on marks is handled once for
/// the whole page (see [`crate::app::Companion`]), which finds the mark by `data-mention` (the
/// phrase) or `data-opener` (its button).
#[cfg_attr(feature = "islands", island)]
#[cfg_attr(not(feature = "islands"), component)]
pub fn Mark(
    /// The mention this mark stands for.
    mention: MentionId,
    /// The text it marks.
    text: String,
) -> impl IntoView {
    let index = expect_context::<&'static NoteIndex>();
    let state = expect_context::<CardState>();
    let shown = expect_context::<ShownNotes>();
    let ready = expect_context::<Ready>();
    let highlight = expect_context::<Highlight>();
    let id = index.note_of(mention).unwrap_or(NoteId(0));
    let (note, kind) = index.note(id).map_or(("", NoteKind::Context), |n| (n.id.as_str(), n.kind));
    // A note's later mentions in the same paragraph are marked only when the reader asks for
    // every mention.
    let repeat = index.is_repeat(mention);
    let marked = move || shown.marks(kind, repeat);
    let style = match kind {
        NoteKind::Actor => "mark mark--actor",
        NoteKind::Poll => "mark mark--poll",
        NoteKind::Context => "mark mark--context",
    };
    view! {
        <label
            id=trigger_id(mention)
            for=move || marked().then(|| opener_id(mention))
            class=move || if marked() { style } else { "mark-off" }
            aria-hidden=move || marked().then_some("true")
            data-highlight=move || highlight.is(id).then_some("")
            data-mention=mention.0
            data-kind=kind.as_str()
            data-note=note
            data-ref=move || {
                let settings = shown.get();
                index.shown_number(id, |k| settings.shows(k))
            }
        >
            {text}
        </label>
        <button
            type="button"
            id=opener_id(mention)
            class="opener"
            popovertarget=move || (!ready.get()).then(|| card_id(note))
            // Chromium's tree for screen readers (AT-SPI, which Orca reads) keeps a button
            // "expandable" after its `popovertarget` goes, until an attribute it watches changes:
            // a button's own tab stop, said once the app has it, has it read the button again.
            tabindex=move || (ready.get() && marked()).then_some("0")
            aria-labelledby=trigger_id(mention)
            disabled=move || !marked()
            hidden=move || !marked()
            aria-expanded=move || (ready.get() && state.is_open(mention)).then_some("true")
            data-opener=mention.0
        ></button>
    }
}
