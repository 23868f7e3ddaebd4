//! A marked phrase: the button that opens its note's card.

use leptos::ev::{KeyboardEvent, MouseEvent, PointerEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::CARD_ID;
use super::note_card::focus_first_in_card;
use crate::model::{MentionId, NoteId, NoteKind};
use crate::settings::Settings;
use crate::state::{CardState, Highlight, ShownNotes, shared};

/// The DOM id of a mention's mark, so the card can find and refocus it.
pub fn trigger_id(mention: MentionId) -> String {
    format!("mention-{}", mention.0)
}

/// A marked phrase. It is a `span` with `role="button"` rather than a `button` so that a phrase
/// wraps across lines like the text around it.
#[component]
pub fn NoteTrigger(
    /// The mention this mark stands for.
    mention: MentionId,
    /// The kind of note, which sets the mark's style.
    kind: NoteKind,
    /// The note's stable id, so hosts and tests can find its marks.
    note: &'static str,
    /// The note's endnote number, shown on paper.
    reference: usize,
    /// The note, to know when its marks are highlighted.
    note_id: NoteId,
    /// The marked text, verbatim.
    text: String,
) -> impl IntoView {
    let state = shared::<CardState>();
    let shown = shared::<ShownNotes>();
    let highlight = shared::<Highlight>();
    // Whether the kind is shown is read when handling an event, not subscribed to: the article
    // switches every mark of a kind at once (see `switch_marks`).
    let active = move || shown.shows_untracked(kind);
    let on_pointer_enter = move |ev: PointerEvent| {
        if ev.pointer_type() == "mouse" && active() {
            state.hover(mention, (f64::from(ev.client_x()), f64::from(ev.client_y())));
        }
    };
    let on_pointer_leave = move |ev: PointerEvent| {
        if ev.pointer_type() == "mouse" {
            state.pointer_left();
        }
    };
    let on_click = move |ev: MouseEvent| {
        if !active() {
            return;
        }
        let pointer = (ev.detail() > 0).then(|| (f64::from(ev.client_x()), f64::from(ev.client_y())));
        state.press(mention, pointer);
    };
    let on_key_down = move |ev: KeyboardEvent| match ev.key().as_str() {
        _ if !active() => {}
        "Enter" => {
            ev.prevent_default();
            if !ev.repeat() {
                state.press(mention, None);
            }
        }
        // Space activates on release, like a native button; stop it scrolling the page.
        " " => ev.prevent_default(),
        // Tab from an open card's mark moves into the card (when it has something to focus).
        "Tab" if !ev.shift_key() && state.is_open_untracked_for(mention) && focus_first_in_card() => {
            ev.prevent_default()
        }
        _ => {}
    };
    let on_key_up = move |ev: KeyboardEvent| {
        if ev.key() == " " && active() {
            state.press(mention, None);
        }
    };
    let on = active();
    view! {
        <span
            id=trigger_id(mention)
            class=mark_class(kind, on)
            role=on.then_some("button")
            tabindex=on.then_some("0")
            aria-expanded=move || {
                let open = state.is_open(mention);
                active().then_some(if open { "true" } else { "false" })
            }
            aria-controls=on.then_some(CARD_ID)
            data-mention=mention.0
            data-kind=kind.as_str()
            data-note=note
            data-ref=reference
            data-highlight=move || highlight.is(note_id).then_some("")
            on:pointerenter=on_pointer_enter
            on:pointerleave=on_pointer_leave
            on:click=on_click
            on:keydown=on_key_down
            on:keyup=on_key_up
        >
            {text}
        </span>
    }
}

fn mark_class(kind: NoteKind, on: bool) -> String {
    if on { format!("mark mark--{}", kind.as_str()) } else { "mark-off".to_owned() }
}

/// Makes every mark of a hidden kind plain text (no role, no tab stop, no ARIA state, no
/// style) and every mark of a shown kind a button again: one pass over the marks under `root`
/// when the reader changes what is shown, rather than a subscription per mark.
pub fn switch_marks(root: &Element, settings: Settings) {
    let Ok(marks) = root.query_selector_all("[data-mention]") else { return };
    for mark in (0..marks.length()).filter_map(|i| marks.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()) {
        let Some(kind) = mark.get_attribute("data-kind").and_then(|k| NoteKind::from_name(&k)) else { continue };
        let on = settings.shows(kind);
        _ = mark.set_attribute("class", &mark_class(kind, on));
        for (name, value) in
            [("role", "button"), ("tabindex", "0"), ("aria-controls", CARD_ID), ("aria-expanded", "false")]
        {
            _ = if on { mark.set_attribute(name, value) } else { mark.remove_attribute(name) };
        }
    }
}
