//! Input on the marks, and the document's listeners that dismiss a card. Marks are found from
//! the event by their `data-mention` (the phrase) or `data-opener` (its button), so a long
//! article costs one listener per kind of event on the page, not one per mark.

use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent, Node, PointerEvent};

use crate::focus::{closest, focus_by_id, focus_first_in_card, focus_in_place, focus_mark, in_card};
use crate::ids::{ARTICLE_END_ID, opener_id};
use crate::model::{MentionId, NoteIndex, NoteKind};
use crate::state::{CardState, Ready, ShownNotes};

/// What the page's handlers for input on marks share: the notes, the open card, which marks are
/// shown, whether the app has the page yet, and where the mouse was.
#[derive(Clone, Copy)]
pub(super) struct MarkInput {
    index: &'static NoteIndex,
    state: CardState,
    shown: ShownNotes,
    ready: Ready,
    pointer: StoredValue<Pointer>,
}

impl MarkInput {
    pub(super) fn new(index: &'static NoteIndex, state: CardState, shown: ShownNotes, ready: Ready) -> Self {
        Self { index, state, shown, ready, pointer: StoredValue::new(Pointer::default()) }
    }

    /// The shown mark an event happened on, once the app has the page: until then the browser
    /// has the marks, whose buttons open cards themselves.
    fn mark(self, ev: &Event) -> Option<(MentionId, NoteKind)> {
        (self.ready.get_untracked().then(|| mark_of(self.index, ev)).flatten())
            .filter(|&(mention, kind)| self.shown.marks_untracked(kind, self.index.is_repeat(mention)))
    }

    /// Hover opens a card for a pointer that moved onto a mark, not for a mark that the page's
    /// scrolling brought under a resting pointer (browsers report that as the pointer entering
    /// it, at the same place on the screen). Such a mark waits for the pointer to move on it.
    pub(super) fn pointer_over(self, ev: PointerEvent) {
        let (true, Some((mention, _))) = (ev.pointer_type() == "mouse" && !from_same_mark(&ev), self.mark(&ev)) else {
            return;
        };
        if self.pointer.try_update_value(|p| p.moved(&ev)).unwrap_or(true) {
            self.state.hover(mention, (f64::from(ev.client_x()), f64::from(ev.client_y())));
        } else {
            self.pointer.update_value(|p| p.waiting = Some(mention));
        }
    }

    /// The pointer moving on a mark it came to rest over opens that mark's card.
    pub(super) fn pointer_move(self, ev: PointerEvent) {
        if ev.pointer_type() != "mouse" || !self.pointer.try_update_value(|p| p.moved(&ev)).unwrap_or(false) {
            return;
        }
        if let Some(waiting) = self.pointer.try_update_value(|p| p.waiting.take()).flatten()
            && self.mark(&ev).is_some_and(|(mention, _)| mention == waiting)
        {
            self.state.hover(waiting, (f64::from(ev.client_x()), f64::from(ev.client_y())));
        }
    }

    pub(super) fn pointer_out(self, ev: PointerEvent) {
        if ev.pointer_type() == "mouse" && !from_same_mark(&ev) && self.mark(&ev).is_some() {
            self.pointer.update_value(|p| p.waiting = None);
            self.state.pointer_left();
        }
    }

    /// A click on the phrase, or on its button (which Enter and Space click), opens the card:
    /// the app's, not the browser's popover, which the app has taken over.
    pub(super) fn click(self, ev: MouseEvent) {
        // The link past the article moves focus without touching the address, which holds the
        // reader's options.
        if self.ready.get_untracked() && closest(&ev, "a.skip").is_some() {
            ev.prevent_default();
            focus_by_id(ARTICLE_END_ID);
            return;
        }
        if let Some((mention, _)) = self.mark(&ev) {
            ev.prevent_default();
            let pointer = (ev.detail() > 0).then(|| (f64::from(ev.client_x()), f64::from(ev.client_y())));
            self.state.press(mention, pointer);
            // As a click on a label would: the button takes focus for its phrase, which is where
            // the reader clicked, in view.
            focus_in_place(&opener_id(mention));
        }
    }

    pub(super) fn key_down(self, ev: KeyboardEvent) {
        let Some((mention, _)) = self.mark(&ev) else { return };
        match ev.key().as_str() {
            // A held Enter would click the button again and again.
            "Enter" if ev.repeat() => ev.prevent_default(),
            // Tab from an open card's mark moves into the card (when it has something to focus).
            "Tab"
                if !ev.shift_key()
                    && self.state.is_open_untracked(mention)
                    && focus_first_in_card(self.index, mention) =>
            {
                ev.prevent_default()
            }
            _ => {}
        }
    }
}

/// The mention whose mark (its phrase or its button) an event happened on (or inside), and its
/// kind of note.
fn mark_of(index: &NoteIndex, ev: &Event) -> Option<(MentionId, NoteKind)> {
    let mark = closest(ev, "[data-mention], [data-opener]")?;
    let number = mark.get_attribute("data-mention").or_else(|| mark.get_attribute("data-opener"))?;
    let mention = MentionId(number.parse().ok()?);
    Some((mention, index.note(index.note_of(mention)?)?.kind))
}

/// Where the mouse was last seen on the screen, and the mark it came to rest over while the
/// page scrolled under it.
#[derive(Default)]
struct Pointer {
    at: Option<(i32, i32)>,
    waiting: Option<MentionId>,
}

impl Pointer {
    /// Whether the pointer of `ev` is somewhere else on the screen than last seen; remembers where.
    fn moved(&mut self, ev: &PointerEvent) -> bool {
        let at = (ev.screen_x(), ev.screen_y());
        self.at.replace(at) != Some(at)
    }
}

/// Whether the pointer moved between a mark and something inside it: not an entry or exit.
fn from_same_mark(ev: &PointerEvent) -> bool {
    let mark = closest(ev, "[data-mention]");
    let other = ev.related_target().and_then(|t| t.dyn_into::<Node>().ok());
    mark.is_some_and(|mark| other.is_some_and(|other| mark.contains(Some(&other))))
}

/// Dismisses the card the way a non-modal dialog is dismissed: Esc anywhere (focus returns to
/// the mark if it was in the card), a press outside the card and the marks, or focus moving
/// elsewhere. The listeners are the document's and go with the app.
pub(super) fn listen_to_the_document(state: CardState) {
    let document = document();
    let on_key = EventListener::new(&document, "keydown", move |ev| {
        let Some(ev) = ev.dyn_ref::<KeyboardEvent>() else { return };
        let Some(open) = state.current_untracked().filter(|_| ev.key() == "Escape") else { return };
        let focus_in_card = leptos::prelude::document().active_element().is_some_and(|el| in_card(&el));
        state.dismiss();
        if focus_in_card {
            focus_mark(open.mention);
        }
    });
    let on_press = EventListener::new(&document, "pointerdown", move |ev| {
        let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        let on_card_or_mark =
            target.is_some_and(|el| in_card(&el) || el.closest("[data-mention]").ok().flatten().is_some());
        if !on_card_or_mark && state.current_untracked().is_some() {
            state.dismiss();
        }
    });
    let on_focus = EventListener::new(&document, "focusin", move |ev: &Event| {
        let Some(open) = state.current_untracked() else { return };
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        if in_card(&target) {
            state.engaged();
        } else if target.id() != opener_id(open.mention) {
            state.dismiss();
        }
    });
    // Removed when the app's owner is cleaned up, which drops them.
    StoredValue::new_local([on_key, on_press, on_focus]);
}
