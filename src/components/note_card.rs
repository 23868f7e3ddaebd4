//! The card: a non-modal dialog with the open note's content, placed beside its mark.
//!
//! There is one card element for the whole article. It follows the ARIA Authoring Practices
//! non-modal dialog pattern: the mark keeps focus when the card opens; Tab from the mark moves
//! into the card, Tab past the card's last control continues after the mark, Shift+Tab from its
//! first control returns to the mark, and Esc closes it (handled by the app, which owns the
//! document's listeners).

use leptos::html::Div;
use leptos::prelude::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, PointerEvent};

use super::{CARD_ID, CardContent, TITLE_ID, trigger_id};
use crate::card_state::OpenCard;
use crate::focus::{focus_mark, focusables};
use crate::keys::is_tab;
use crate::labels::decimal;
use crate::model::{Dataset, MentionId};
use crate::placement::{MARGIN, Placement, Rect, pick_line, place};
use crate::state::CardState;

/// The card for whichever mention is open. In an embed (`embed`) it always floats beside its
/// phrase: no bottom sheet.
#[component]
pub fn NoteCard(
    /// The dataset whose notes the card shows.
    dataset: &'static Dataset,
    /// Whether the page is embedded in another (no bottom sheet).
    embed: bool,
) -> impl IntoView {
    let state = expect_context::<CardState>();
    let card = NodeRef::<Div>::new();
    // The content is rendered anew when another mention opens: not on resizes, nor when a
    // hovered card is pinned.
    let open_mention = Memo::new(move |_| state.current().map(|o| o.mention));
    let placed = RwSignal::new(None::<MentionId>);
    let resized = RwSignal::new(0u32);
    Effect::new(move |_| {
        let handle = window_event_listener(leptos::ev::resize, move |_| resized.update(|n| *n = n.wrapping_add(1)));
        on_cleanup(move || handle.remove());
    });
    Effect::new(move |_| {
        resized.track();
        match state.current() {
            // After the frame's DOM updates, so the card is measured with its new content.
            Some(open) => request_animation_frame(move || {
                if let Some(element) = card.get_untracked() {
                    position(&element, open, !embed);
                    _ = placed.try_set(Some(open.mention));
                }
            }),
            None => placed.set(None),
        }
    });
    let class = move || {
        let kind = open_mention.get().map_or("closed", |m| dataset.note_of(m).kind().as_str());
        format!("card card--{kind}")
    };
    let on_key_down = move |ev: KeyboardEvent| {
        let (true, Some(open), Some(element)) = (is_tab(&ev), state.current_untracked(), card.get_untracked()) else {
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
    view! {
        <div
            id=CARD_ID
            node_ref=card
            class=class
            role="dialog"
            aria-labelledby=TITLE_ID
            tabindex="-1"
            hidden=move || open_mention.get().is_none()
            data-placed=move || (open_mention.get().is_some() && placed.get() == open_mention.get()).then_some("")
            on:pointerenter=move |ev: PointerEvent| {
                if ev.pointer_type() == "mouse" {
                    state.pointer_back()
                }
            }
            on:pointerleave=move |ev: PointerEvent| {
                if ev.pointer_type() == "mouse" {
                    state.pointer_left()
                }
            }
            on:keydown=on_key_down
        >
            {move || open_mention.get().map(|mention| view! { <CardContent dataset mention /> })}
        </div>
    }
}

/// Places the card beside the open mention's mark, or clears its position for the bottom sheet.
/// Measuring and placing is layout work the browser does at once, so it is done on the element
/// itself, after the frame's updates, rather than through reactive attributes.
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
