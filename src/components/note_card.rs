//! The card: a non-modal dialog with the open note's content, placed beside its mark.
//!
//! There is one card element for the whole article. It follows the ARIA Authoring Practices
//! non-modal dialog pattern: the mark keeps focus when the card opens; Tab from the mark moves
//! into the card, Tab past the card's last control continues after the mark, Shift+Tab from its
//! first control returns to the mark, and Esc closes it (handled by the app, which owns the
//! window listeners).

use leptos::either::EitherOf3;
use leptos::ev::{self, KeyboardEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};

use super::keys::is_tab;
use super::{ActorBody, ContextBody, CopyLink, PollBody, SourceList, trigger_id};
use crate::card_state::OpenCard;
use crate::labels::decimal;
use crate::model::{Dataset, MentionId, NoteBody};
use crate::placement::{MARGIN, Placement, Rect, pick_line, place};
use crate::state::{CardState, shared};

/// The card's DOM id, which every mark's `aria-controls` names.
pub const CARD_ID: &str = "note-card";
const TITLE_ID: &str = "note-card-title";
const FOCUSABLE: &str = "a[href], button:not([disabled])";

/// The card for whichever mention is open.
#[component]
pub fn NoteCard(
    /// The validated dataset the mentions belong to.
    dataset: &'static Dataset,
    /// In an embed the card always floats beside its phrase: no bottom sheet.
    embed: bool,
) -> impl IntoView {
    let state = shared::<CardState>();
    let card = NodeRef::<leptos::html::Div>::new();
    let placed = RwSignal::new(None::<MentionId>);
    let layout = RwSignal::new(0u32);

    let resize = window_event_listener(ev::resize, move |_| layout.update(|n| *n = n.wrapping_add(1)));
    on_cleanup(move || resize.remove());

    Effect::new(move |_| {
        layout.track();
        let open = state.current();
        match (open, card.get()) {
            // After the frame's DOM updates, so the card is measured with its new content.
            (Some(open), Some(element)) => request_animation_frame(move || {
                position(&element, open, !embed);
                placed.set(Some(open.mention));
            }),
            _ => placed.set(None),
        }
    });

    let on_key_down = move |ev: KeyboardEvent| {
        if !is_tab(&ev) {
            return;
        }
        let (Some(open), Some(element)) = (state.current_untracked(), card.get_untracked()) else {
            return;
        };
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
    };

    let content = move || {
        state.current().map(|open| {
            let note = dataset.note_of(open.mention);
            let body = match &note.body {
                NoteBody::Actor(actor) => EitherOf3::A(view! { <ActorBody dataset note actor mention=open.mention /> }),
                NoteBody::Poll(figure) => EitherOf3::B(view! { <PollBody dataset note figure /> }),
                NoteBody::Context(context) => EitherOf3::C(view! { <ContextBody context /> }),
            };
            view! {
                <div class="card__head">
                    <p class="card__kind">{kind_label(note)}</p>
                    <h2 class="card__title" id=TITLE_ID>{note.title.clone()}</h2>
                    <button type="button" class="card__close" on:click=move |_| {
                        state.dismiss();
                        focus_mark(open.mention);
                    }>
                        <span aria-hidden="true">"×"</span>
                        <span class="visually-hidden">"Close note"</span>
                    </button>
                </div>
                <div class="card__body">{body}</div>
                <SourceList sources=&note.sources />
                <CopyLink note=note.id.as_str() />
            }
        })
    };

    view! {
        <div
            id=CARD_ID
            node_ref=card
            class=move || format!("card card--{}", state.current().map_or("closed", |o| dataset.note_of(o.mention).kind().as_str()))
            role="dialog"
            aria-labelledby=TITLE_ID
            tabindex="-1"
            hidden=move || state.current().is_none()
            data-placed=move || (placed.get().is_some() && placed.get() == state.current().map(|o| o.mention)).then_some("")
            on:pointerenter=move |ev| if ev.pointer_type() == "mouse" { state.pointer_back() }
            on:pointerleave=move |ev| if ev.pointer_type() == "mouse" { state.pointer_left() }
            on:keydown=on_key_down
        >
            {content}
        </div>
    }
}

/// "Actor · Person", "Poll figure", "Context": the line above the title.
fn kind_label(note: &crate::model::Note) -> String {
    match &note.body {
        NoteBody::Actor(actor) => format!("Actor · {}", actor.kind.label()),
        NoteBody::Poll(_) => "Poll figure".to_owned(),
        NoteBody::Context(_) => "Context".to_owned(),
    }
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
    let Ok(list) = card.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
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
