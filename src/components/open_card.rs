//! The open card in the page: shown and the card before hidden, read right after the block that
//! holds its phrase, placed beside its phrase or as a sheet, and taken over from the browser when
//! the app starts. Measuring and placing is layout work the browser does at once, so it is done
//! on the elements themselves rather than through reactive attributes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement};

use super::{panel_edge, right_to_left};
use crate::card_state::{OpenCard, Via};
use crate::focus::card_element;
use crate::i18n::decimal;
use crate::ids::{card_id, opener_id, trigger_id};
use crate::model::{MentionId, NoteId, NoteIndex};
use crate::placement::{MARGIN, Placement, Rect, Room, pick_line, place_in};
use crate::state::CardState;

/// Shows the open card and hides the one before, then places it at once, in the same task, so it
/// is first painted where it belongs; and again after the frame's updates, in case its content
/// changed with the mention (another mention of the same note). Where `sheets` is false (an
/// embed) a card always floats beside its phrase.
pub fn show_open_card(index: &'static NoteIndex, state: CardState, sheets: bool) {
    let resized = RwSignal::new(0u32);
    Effect::new(move |_| {
        let handle = window_event_listener(leptos::ev::resize, move |_| resized.update(|n| *n = n.wrapping_add(1)));
        on_cleanup(move || handle.remove());
    });
    Effect::new(move |before: Option<(Option<OpenCard>, u32)>| {
        let (open, size) = (state.current(), resized.get());
        let (was, was_size) = before.unwrap_or((None, size));
        let note_of = |o: OpenCard| index.note_of(o.mention);
        if let Some(card) =
            was.filter(|w| open.is_none_or(|o| note_of(o) != note_of(*w))).and_then(|w| card_of(index, w.mention))
        {
            _ = card.hide_popover();
        }
        if open.is_none() {
            sheet_room(false);
        }
        if was.map(|w| w.mention) != open.map(|o| o.mention) {
            read_after_its_block(index, was, open);
        }
        if let Some((open, card)) = open.and_then(|o| Some((o, card_of(index, o.mention)?))) {
            // A card the browser opened before the app took over keeps its place until it moves.
            let adopted = was.is_none() && is_open(&card) && size == was_size;
            if !is_open(&card) {
                // Marked as the app's to place before it shows: else the browser would first
                // place it by the stylesheet's rules for a card it opens itself (anchored to the
                // phrase, with fallbacks: a layout of each, in the task that opens the card).
                if !card.has_attribute("data-side") {
                    _ = card.set_attribute("data-side", "below");
                }
                _ = card.show_popover();
            }
            // The same mention's card, opened another way (a hover card the reader clicked
            // into, which then stays), stays where it is: placing it again would move what the
            // reader is about to click from under the pointer.
            let opened = was.is_none_or(|w| w.mention != open.mention);
            if !adopted && (opened || size != was_size) {
                // Only a card just opened starts at its top and brings its phrase into view: after
                // a resize (a phone's address bar comes and goes as the reader scrolls) the card
                // and the page stay where the reader has them.
                let reveal = opened;
                position(&card, open, sheets, reveal);
                request_animation_frame(move || {
                    if state.current_untracked() == Some(open) {
                        position(&card, open, sheets, reveal);
                    }
                });
            }
        }
        (open, size)
    });
}

/// The app takes the cards over from the browser, before it answers any input: every closed card
/// becomes `popover="manual"`, opened and closed by the app alone; a card the browser has open
/// becomes the app's open card, for the mention whose mark opened it, and stays the browser's
/// (`auto`) until it closes. No card takes focus from then on: a screen reader reads a focusable
/// dialog whole whenever reading moves into it, and then line by line.
pub fn take_over(index: &NoteIndex, state: CardState) {
    for note in index.notes() {
        let Some(card) = document().get_element_by_id(&card_id(&note.id)) else { continue };
        _ = card.remove_attribute("tabindex");
        if !is_open(&card) {
            _ = card.set_attribute("popover", "manual");
        } else if let Some(mention) = opener_of(&card, &note.mentions) {
            // On a phone the browser shows it as a sheet, with room under the page's last line
            // that its stylesheet gives only until the app has the page: the app keeps it.
            if browsers_sheet() {
                sheet_room(true);
            }
            state.press(mention, None);
        }
    }
}

/// Which of `mentions` opened the browser's open `card`: the one whose mark has focus (a keyboard,
/// and most mice, focus the button they press), else the one whose mark is nearest the card,
/// which hangs from it (or, as a sheet, is nearest the phrase the reader was at).
fn opener_of(card: &Element, mentions: &[MentionId]) -> Option<MentionId> {
    let marks = mentions.iter().filter_map(|&m| Some((m, document().get_element_by_id(&opener_id(m))?)));
    let active = document().active_element();
    if let Some((mention, _)) = marks.clone().find(|(_, mark)| Some(mark) == active.as_ref()) {
        return Some(mention);
    }
    let area = card.get_bounding_client_rect();
    let distance = |mark: &Element| {
        let y = mark.get_bounding_client_rect().y();
        (area.top() - y).max(y - area.bottom()).max(0.0)
    };
    marks.min_by(|(_, a), (_, b)| distance(a).total_cmp(&distance(b))).map(|(mention, _)| mention)
}

/// A card closed: when the browser closed it (light dismiss or Esc on a card it had opened
/// before the app took over), it becomes the app's like the others, and the app's open card,
/// if it was this one, closes too.
pub(super) fn closed_by_the_browser(state: CardState, index: &NoteIndex, note: NoteId, ev: &Event) {
    let Some(card) = ev.current_target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    if is_open(&card) {
        return;
    }
    _ = card.set_attribute("popover", "manual");
    if state.current_untracked().is_some_and(|o| index.note_of(o.mention) == Some(note)) {
        state.dismiss();
    }
}

/// The card of `mention`'s note.
fn card_of(index: &NoteIndex, mention: MentionId) -> Option<HtmlElement> {
    card_element(index, mention)?.dyn_into().ok()
}

/// Has assistive technology read the open card right after the block of the article (paragraph,
/// heading, quote; in a long article, in its part) that holds its phrase, and no longer the card before: the block `aria-owns`
/// it. In the document every card follows the article (a popover is drawn above the page wherever
/// it is, and inside the article it would take the article's styles), so a screen reader would
/// otherwise read it after "End of the article", and reading up out of it would leave the card
/// and the reader's place behind.
fn read_after_its_block(index: &NoteIndex, was: Option<OpenCard>, open: Option<OpenCard>) {
    let block_of = |mention: MentionId| {
        document()
            .get_element_by_id(&opener_id(mention))?
            .closest(".article > *, .article__part > *, .article__header > *")
            .ok()
            .flatten()
    };
    if let Some(block) = was.and_then(|w| block_of(w.mention)) {
        _ = block.remove_attribute("aria-owns");
    }
    if let Some((block, note)) = open.and_then(|o| Some((block_of(o.mention)?, index.note(index.note_of(o.mention)?)?)))
    {
        _ = block.set_attribute("aria-owns", &card_id(&note.id));
    }
}

/// Whether the browser shows its open card as a bottom sheet: the stylesheet does in a window
/// narrower than 600 px (`style/card.css`, `max-width: 599.98px`).
fn browsers_sheet() -> bool {
    window().inner_width().ok().and_then(|width| width.as_f64()).is_some_and(|width| width < 600.0)
}

/// Gives the page room under its last line while a sheet is open, or takes it back (see
/// `style/card.css`): the root's `data-sheet`.
fn sheet_room(open: bool) {
    if let Some(root) = document().document_element() {
        _ = if open { root.set_attribute("data-sheet", "") } else { root.remove_attribute("data-sheet") };
    }
}

/// A window shorter than this (CSS pixels) brings a phrase up under the header to give its card
/// the room below it.
const SHORT_WINDOW: f64 = 520.0;

/// Whether a card is showing.
pub fn is_open(card: &Element) -> bool {
    card.matches(":popover-open").unwrap_or(false)
}

/// Places the card beside the open mention's mark, or clears its position for the bottom sheet.
/// A card just opened (`reveal`) starts at its top, with its title and close button in view,
/// whatever the reader scrolled to in it (or in another mention's) before, and its phrase is
/// brought into view (scrolled up out from under a sheet). Measuring and placing is layout work
/// the browser does at once, so it is done on the element itself rather than through reactive
/// attributes; the card is scrolled once it is measured, when the layout is already up to date
/// (scrolling it before would have the browser lay the page out once more).
fn position(card: &HtmlElement, open: OpenCard, sheets: bool, reveal: bool) {
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
    let width = f64::from(document().document_element().map_or(0, |e| e.client_width()));
    // Beside an open panel, the card keeps to the article's side of it (over the article, the
    // panel steps aside for the card it opens): the panel is on the right, or the left in a
    // right-to-left page.
    let rtl = right_to_left();
    let edge = panel_edge();
    let (from, width) = if rtl { (edge.unwrap_or(0.0), width) } else { (0.0, edge.unwrap_or(width)) };
    let viewport = (width, number(window.inner_height()));
    let style = card.style();
    _ = style.remove_property("max-height");
    // Measured as a floating card: 100vw counts a vertical scrollbar; the room it has does not.
    _ = card.set_attribute("data-side", "below");
    _ = style.set_property("max-width", &px((viewport.0 - from - 2.0 * MARGIN).max(0.0)));
    let size = card.get_bounding_client_rect();
    if reveal {
        card.set_scroll_top(0);
    }
    let Some(line) = pick_line(&lines, open.pointer) else {
        return;
    };
    // In an embed, the card keeps to the part of the frame the host shows (where it has said).
    let (shown_top, viewport) = match crate::host_view::visible() {
        Some((top, height)) if !sheets => {
            // A phrase outside that part was just scrolled to (from the panel, Next, a note
            // link): the host centres it, as `scrollIntoView` asks, and says so only after the
            // card is placed. The card is placed for that view: a screen as tall as the part
            // seen so far, centred on the phrase, cut by the frame's top and bottom, less a tenth
            // at each end for a host that centres it a little off (WebKit, a host's own header).
            let middle = line.top + line.height / 2.0;
            if middle < top || middle > top + height {
                let frame = f64::from(document().document_element().map_or(0, |e| e.scroll_height()));
                let (top, bottom) = ((middle - 0.4 * height).max(0.0), (middle + 0.4 * height).min(frame));
                (top, (viewport.0, bottom - top))
            } else {
                (top, (viewport.0, height))
            }
        }
        _ => (0.0, viewport),
    };
    let line = Rect { top: line.top - shown_top, ..line };
    let room = Room { left: from, right: viewport.0, height: viewport.1, rtl };
    let placement = place_in(line, (size.width(), size.height()), room, sheets);
    // In a short window (a laptop at 200 % zoom), a card cut to the room beside a phrase in the
    // middle shows a line or two: a card the reader asked for (not a passing hover, which a
    // scroll would move from under the pointer) gets the window's height below the phrase,
    // brought up under the header.
    if let Placement::Floating { max_height: Some(_), .. } = placement
        && reveal
        && open.via == Via::Press
        && shown_top == 0.0
        && viewport.1 < SHORT_WINDOW
    {
        let header = document()
            .query_selector(".page__brand")
            .ok()
            .flatten()
            .map_or(0.0, |h| h.get_bounding_client_rect().bottom());
        let lift = (line.top - header - MARGIN).floor();
        if lift > 1.0 {
            window.scroll_by_with_x_and_y(0.0, lift);
            return position(card, open, sheets, false);
        }
    }
    match placement {
        Placement::Sheet => {
            _ = style.remove_property("max-width");
            _ = style.remove_property("left");
            _ = style.remove_property("top");
            _ = card.set_attribute("data-side", "sheet");
            sheet_room(true);
            // The phrase stays in view above the sheet: the page scrolls it up if the sheet
            // would cover it.
            let sheet_top = card.get_bounding_client_rect().top();
            let covered = line.top + line.height + MARGIN - sheet_top;
            if reveal && covered > 0.0 {
                window.scroll_by_with_x_and_y(0.0, covered.ceil());
            }
        }
        Placement::Floating { left, top, above, max_height } => {
            sheet_room(false);
            let (x, y) = (window.scroll_x().unwrap_or(0.0), window.scroll_y().unwrap_or(0.0));
            if let Some(max_height) = max_height {
                _ = style.set_property("max-height", &px(max_height.floor()));
            }
            _ = style.set_property("left", &px(left + x));
            _ = style.set_property("top", &px(top + shown_top + y));
            _ = card.set_attribute("data-side", if above { "above" } else { "below" });
        }
    }
}

/// A length in whole CSS pixels.
fn px(value: f64) -> String {
    format!("{}px", decimal(value, 0))
}
