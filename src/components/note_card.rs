//! The card: a non-modal dialog with the open note's content, placed beside its mark.
//!
//! There is one card element for the whole article. It follows the ARIA Authoring Practices
//! non-modal dialog pattern: the mark keeps focus when the card opens; Tab from the mark moves
//! into the card, Tab past the card's last control continues after the mark, Shift+Tab from its
//! first control returns to the mark, and Esc closes it (handled by the app, which owns the
//! window listeners).

use reactive_graph::prelude::*;
use reactive_graph::signal::RwSignal;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Element, Event, HtmlElement, HtmlInputElement, KeyboardEvent, PointerEvent, ScrollIntoViewOptions,
    ScrollLogicalPosition,
};

use super::keys::is_tab;
use super::trigger_id;
use crate::card_state::OpenCard;
use crate::dom::{closest, document, effect, listen, request_animation_frame, select_all, set_flag, window};
use crate::labels::decimal;
use crate::markup::card::{Action, TITLE_ID, content, copied};
use crate::markup::el;
use crate::model::{Dataset, MentionId};
use crate::placement::{MARGIN, Placement, Rect, pick_line, place};
use crate::settings::Settings;
use crate::state::{CardState, ShownNotes, shared};

/// The card's DOM id, which every mark's `aria-controls` names.
pub const CARD_ID: &str = "note-card";
const FOCUSABLE: &str = "a[href], button:not([disabled])";

/// The card for whichever mention is open. In an embed (`embed`) it always floats beside its
/// phrase: no bottom sheet.
pub fn note_card(dataset: &'static Dataset, embed: bool) -> HtmlElement {
    let state = shared::<CardState>();
    let shown = shared::<ShownNotes>();
    let placed = RwSignal::new(None::<MentionId>);
    let layout = RwSignal::new(0u32);
    let card: HtmlElement = el("div")
        .attr("id", CARD_ID)
        .attr("class", "card card--closed")
        .attr("role", "dialog")
        .attr("aria-labelledby", TITLE_ID)
        .attr("tabindex", "-1")
        .attr("hidden", "")
        .to_dom(&document())
        // A `div` is an HTML element.
        .unchecked_into();

    let element = card.clone();
    effect(move || {
        let open = state.current();
        let kind = open.map_or("closed", |o| dataset.note_of(o.mention).kind().as_str());
        _ = element.set_attribute("class", &format!("card card--{kind}"));
        set_flag(&element, "hidden", open.is_none());
    });
    let element = card.clone();
    effect(move || {
        let open = state.current().map(|o| o.mention);
        set_flag(&element, "data-placed", open.is_some() && placed.get() == open);
    });
    listen(&window(), "resize", move |_: Event| layout.update(|n| *n = n.wrapping_add(1)));
    let element = card.clone();
    effect(move || {
        layout.track();
        match state.current() {
            // After the frame's DOM updates, so the card is measured with its new content.
            Some(open) => {
                let element = element.clone();
                request_animation_frame(move || {
                    position(&element, open, !embed);
                    placed.set(Some(open.mention));
                })
            }
            None => placed.set(None),
        }
    });
    // The content is built when another mention opens: not on resizes, nor when a hovered card
    // is pinned.
    let element = card.clone();
    let mut shown_before = None;
    effect(move || {
        let open = state.current().map(|o| o.mention);
        if shown_before != Some(open) {
            element.set_text_content(None);
            let document = document();
            for node in open.map(|mention| content(dataset, mention)).into_iter().flatten() {
                _ = element.append_child(&node.to_dom(&document));
            }
        }
        shown_before = Some(open);
    });

    listen(&card, "pointerenter", move |ev: PointerEvent| {
        if ev.pointer_type() == "mouse" {
            state.pointer_back()
        }
    });
    listen(&card, "pointerleave", move |ev: PointerEvent| {
        if ev.pointer_type() == "mouse" {
            state.pointer_left()
        }
    });
    let element = card.clone();
    listen(&card, "keydown", move |ev: KeyboardEvent| {
        if !is_tab(&ev) {
            return;
        }
        let Some(open) = state.current_untracked() else { return };
        let focusables = focusables(&element);
        let active = document().active_element();
        let is_active = |el: Option<&Element>| el.is_some() && el == active.as_ref();
        if ev.shift_key() && (is_active(focusables.first()) || is_active(Some(&element))) {
            ev.prevent_default();
            focus_mark(open.mention);
        } else if !ev.shift_key() && is_active(focusables.last()) {
            // Focus the mark and let the browser's own Tab move on from there.
            focus_mark(open.mention);
        }
    });
    let element = card.clone();
    listen(&card, "click", move |ev: Event| {
        let action = closest(&ev, "[data-action]").and_then(|button| Action::of(&button.get_attribute("data-action")?));
        let (Some(action), Some(open)) = (action, state.current_untracked()) else { return };
        match action {
            Action::Close => {
                state.dismiss();
                focus_mark(open.mention);
            }
            Action::Go(mention) => {
                state.press(mention, None);
                bring_into_view(mention);
            }
            Action::Copy => copy_link(&element, dataset.note_of(open.mention).id.as_str(), shown.get_untracked()),
        }
    });
    // A link shown to copy by hand is selected as it takes focus.
    listen(&card, "focusin", move |ev: Event| {
        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
            input.select();
        }
    });
    card
}

/// Puts a link to `note` (`#note=ID`, with the marks of `settings`) on the clipboard where the
/// browser allows it, or in the card ready to copy by hand where it does not (`file://`, old or
/// locked-down browsers); the status line of the card (`card`) says which.
fn copy_link(card: &Element, note: &'static str, settings: Settings) {
    let location = window().location();
    let link = format!(
        "{}{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        settings.to_fragment(Some(note))
    );
    let status = card.query_selector(".card__copy [role=status]").ok().flatten();
    let say = move |by_hand: Option<&str>| {
        if let Some(status) = &status {
            status.set_text_content(None);
            _ = status.append_child(&copied(by_hand).to_dom(&document()));
        }
    };
    let navigator = window().navigator();
    let has_clipboard =
        js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).is_ok_and(|c| !c.is_undefined());
    if !has_clipboard {
        say(Some(&link));
        return;
    }
    let promise = navigator.clipboard().write_text(&link);
    wasm_bindgen_futures::spawn_local(async move {
        match JsFuture::from(promise).await {
            Ok(_) => say(None),
            Err(_) => say(Some(&link)),
        }
    });
}

/// Moves focus to the card's first control; false when the card is closed or has none.
pub(crate) fn focus_first_in_card() -> bool {
    let Some(card) = document().get_element_by_id(CARD_ID) else {
        return false;
    };
    let first = focusables(&card).into_iter().next();
    focus(first.as_ref());
    first.is_some()
}

fn focusables(card: &Element) -> Vec<Element> {
    select_all(card, FOCUSABLE)
}

/// Moves focus back to a mention's mark.
pub fn focus_mark(mention: MentionId) {
    focus(document().get_element_by_id(&trigger_id(mention)).as_ref());
}

/// Scrolls a mention's mark to the middle of the viewport and focuses it.
pub fn bring_into_view(mention: MentionId) {
    if let Some(mark) = document().get_element_by_id(&trigger_id(mention)) {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Center);
        mark.scroll_into_view_with_scroll_into_view_options(&options);
        focus(Some(&mark));
    }
}

/// Focuses an element if there is one.
pub(crate) fn focus(element: Option<&Element>) {
    if let Some(element) = element.and_then(|e| e.dyn_ref::<HtmlElement>()) {
        _ = element.focus();
    }
}

/// Places the card beside the open mention's mark, or clears its position for the bottom sheet.
fn position(card: &HtmlElement, open: OpenCard, sheets: bool) {
    let Some(mark) = document().get_element_by_id(&trigger_id(open.mention)) else {
        return;
    };
    let rects = mark.get_client_rects();
    let lines: Vec<Rect> = (0..rects.length())
        .filter_map(|i| rects.item(i))
        .map(|r| Rect { left: r.left(), top: r.top(), width: r.width(), height: r.height() })
        .collect();
    let window = window();
    let number = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let viewport =
        (f64::from(document().document_element().map_or(0, |e| e.client_width())), number(window.inner_height()));
    let style = card.style();
    _ = style.remove_property("max-height");
    // 100vw counts a vertical scrollbar; the room the card really has does not.
    _ = style.set_property("max-width", &px((viewport.0 - 2.0 * MARGIN).max(0.0)));
    let size = card.get_bounding_client_rect();
    let Some(line) = pick_line(&lines, open.pointer) else {
        return;
    };
    match place(line, (size.width(), size.height()), viewport, sheets) {
        Placement::Sheet => {
            _ = style.remove_property("max-width");
            _ = style.remove_property("left");
            _ = style.remove_property("top");
            _ = card.set_attribute("data-side", "sheet");
        }
        Placement::Floating { left, top, above, max_height } => {
            let (x, y) = (window.scroll_x().unwrap_or(0.0), window.scroll_y().unwrap_or(0.0));
            if let Some(max_height) = max_height {
                _ = style.set_property("max-height", &px(max_height.floor()));
            }
            _ = style.set_property("left", &px(left + x));
            _ = style.set_property("top", &px(top + y));
            _ = card.set_attribute("data-side", if above { "above" } else { "below" });
        }
    }
}

/// A length in whole CSS pixels.
fn px(value: f64) -> String {
    format!("{}px", decimal(value, 0))
}
