//! Finding marks and cards from events, and moving focus and the view to them: the few things
//! the components do by DOM id, since a mark, its note's card and the panels' buttons are found
//! from one another across components.

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::components::{card_id, opener_id, trigger_id};
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

/// Whether the page has a mark for `mention` yet (a long article renders in steps).
pub fn has_mark(mention: MentionId) -> bool {
    document().get_element_by_id(&trigger_id(mention)).is_some()
}

fn focus(element: Option<&Element>) {
    if let Some(element) = element.and_then(|e| e.dyn_ref::<HtmlElement>()) {
        _ = element.focus();
    }
}
