//! Finding marks and cards from events, and moving focus and the view to them: the few things
//! the components do by DOM id, since a mark, its note's card and the panels' buttons are found
//! from one another across components.

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::ids::{card_id, opener_id, trigger_id};
use crate::model::{MentionId, NoteIndex};

/// What every card is, and only cards.
const CARD: &str = ".card[popover]";

/// What can take focus inside a card.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input";

/// The element matching `selector` that the event happened in (its target or an ancestor).
pub fn closest(ev: &Event, selector: &str) -> Option<Element> {
    ev.target()?.dyn_into::<Element>().ok()?.closest(selector).ok()?
}

/// Whether `element` is inside a card.
pub fn in_card(element: &Element) -> bool {
    element.closest(CARD).ok().flatten().is_some()
}

/// The controls in the card, in order.
pub fn focusables(card: &Element) -> Vec<Element> {
    let Ok(list) = card.query_selector_all(FOCUSABLE) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// The card of `mention`'s note.
pub fn card_element(index: &NoteIndex, mention: MentionId) -> Option<Element> {
    let note = index.note(index.note_of(mention)?)?;
    document().get_element_by_id(&card_id(&note.id))
}

/// Moves focus to the first control of `mention`'s card; false when it has none.
pub fn focus_first_in_card(index: &NoteIndex, mention: MentionId) -> bool {
    let first = card_element(index, mention).and_then(|card| focusables(&card).into_iter().next());
    focus(first.as_ref());
    first.is_some()
}

/// Moves focus to the element with this id, if there is one.
pub fn focus_by_id(id: &str) {
    focus(document().get_element_by_id(id).as_ref());
}

/// Moves focus to the element with this id without scrolling, for what is in view already: the
/// tools' buttons, always at the top of the window, where Chromium would still scroll the page to
/// "show" them, and a mark the reader just clicked (scrolling to it would have the browser lay the
/// page out first, in the task that opens its card).
pub fn focus_in_place(id: &str) {
    if let Some(element) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        _ = element.focus_with_options(&options);
    }
}

/// Moves focus to a mention's mark (its button, which takes focus for the phrase).
pub fn focus_mark(mention: MentionId) {
    focus_by_id(&opener_id(mention));
}

/// Scrolls a mention's phrase to the middle of the viewport and focuses its mark.
pub fn bring_into_view(mention: MentionId) {
    if let Some(phrase) = document().get_element_by_id(&trigger_id(mention)) {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Center);
        phrase.scroll_into_view_with_scroll_into_view_options(&options);
        focus_mark(mention);
    }
}

/// How far down the window the reader's line is taken to be: under the sticky header, where a
/// reader's eyes rest.
const READING_LINE: f64 = 0.25;

/// Runs `change`, which shows or hides something that can make the article's text reflow (the
/// notes panel beside it, from 1100 px), and then scrolls so that the text the reader was on
/// stays where it was on the screen: the same point of the same block (as a share of its height)
/// at the same height. Browsers' scroll anchoring does not promise that (Safari has none), and
/// whatever else moved the page in the same frame is put right with it.
pub fn keeping_place(change: impl FnOnce()) {
    let line = leptos::prelude::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0) * READING_LINE;
    let place = reading_place(line);
    change();
    let Some((block, share)) = place else { return };
    leptos::prelude::request_animation_frame(move || {
        let rect = block.get_bounding_client_rect();
        let moved = rect.top() + share * rect.height() - line;
        if moved.abs() >= 1.0 {
            leptos::prelude::window().scroll_by_with_x_and_y(0.0, moved);
        }
    });
}

/// The block at height `line` of the window (or, between two, the one below), and how far into
/// it the line falls (a share of its height, below zero above it).
fn reading_place(line: f64) -> Option<(Element, f64)> {
    let blocks = document().query_selector_all("article [data-block]").ok()?;
    (0..blocks.length()).filter_map(|i| blocks.item(i)?.dyn_into::<Element>().ok()).find_map(|block| {
        let rect = block.get_bounding_client_rect();
        (rect.bottom() > line && rect.height() > 0.0).then(|| (block, (line - rect.top()) / rect.height()))
    })
}

/// Whether the page has a mark for `mention` yet (a long article renders in steps).
pub fn has_mark(mention: MentionId) -> bool {
    document().get_element_by_id(&trigger_id(mention)).is_some()
}

fn focus(element: Option<&Element>) {
    if let Some(element) = element.and_then(|e| e.dyn_ref::<HtmlElement>()) {
        _ = element.focus();
    }
}
