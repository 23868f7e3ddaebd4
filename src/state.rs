//! The shared reactive state, each a named type with verbs: the open card (with its hover timers)
//! and which kinds of note are shown.

use std::time::Duration;

use crate::dom::{TimeoutHandle, set_timeout_with_handle};
use reactive_graph::owner::{StoredValue, use_context};
use reactive_graph::prelude::*;
use reactive_graph::signal::RwSignal;

use crate::card_state::{CardEvent, OpenCard, Via, reduce};
use crate::model::{MentionId, NoteId, NoteKind};
use crate::settings::Settings;

/// The piece of shared state `T` that the companion provides to every component below it. Its
/// absence is a bug; the panic says so without the type-name formatting that `expect_context`
/// would add to the download.
pub fn shared<T: Clone + 'static>() -> T {
    use_context::<T>().unwrap_or_else(|| panic!("the companion provides its shared state before any component"))
}

/// How long the pointer must rest on a mark before its card opens, so a passing pointer does
/// not flash cards.
pub const HOVER_INTENT: Duration = Duration::from_millis(120);
/// How long a hover-opened card waits after the pointer leaves, so the pointer can cross the
/// gap between mark and card.
pub const LEAVE_GRACE: Duration = Duration::from_millis(300);

/// The open card, shared through context.
#[derive(Clone, Copy)]
pub struct CardState {
    open: RwSignal<Option<OpenCard>>,
    intent: StoredValue<Option<TimeoutHandle>>,
    leave: StoredValue<Option<TimeoutHandle>>,
}

impl CardState {
    /// A state with no card open.
    pub fn new() -> Self {
        Self { open: RwSignal::new(None), intent: StoredValue::new(None), leave: StoredValue::new(None) }
    }

    /// The open card (tracked).
    pub fn current(&self) -> Option<OpenCard> {
        self.open.get()
    }

    /// The open card, without subscribing.
    pub fn current_untracked(&self) -> Option<OpenCard> {
        self.open.get_untracked()
    }

    /// Applies `event` now, cancelling any pending hover timers.
    pub fn dispatch(&self, event: CardEvent) {
        self.cancel_timers();
        let next = reduce(self.open.get_untracked(), event);
        if next != self.open.get_untracked() {
            self.open.set(next);
        }
    }

    /// Opens or pins `mention`'s card (click, tap, Enter, Space).
    pub fn press(&self, mention: MentionId, pointer: Option<(f64, f64)>) {
        self.dispatch(CardEvent::Press { mention, pointer });
    }

    /// Closes the open card.
    pub fn dismiss(&self) {
        self.dispatch(CardEvent::Dismiss);
    }

    /// The pointer came to rest on a mark: open its card after [`HOVER_INTENT`].
    pub fn hover(&self, mention: MentionId, pointer: (f64, f64)) {
        self.pointer_back();
        if self.is_open_untracked_for(mention) {
            return;
        }
        let state = *self;
        let event = CardEvent::HoverIntent { mention, pointer: Some(pointer) };
        Self::replace(self.intent, set_timeout_with_handle(move || state.dispatch(event), HOVER_INTENT));
    }

    /// The pointer left a mark or the card: a hover-opened card closes after [`LEAVE_GRACE`]
    /// unless the pointer comes back to either.
    pub fn pointer_left(&self) {
        Self::replace(self.intent, None);
        if self.open.get_untracked().is_some_and(|o| o.via == Via::Hover) {
            let state = *self;
            Self::replace(
                self.leave,
                set_timeout_with_handle(move || state.dispatch(CardEvent::PointerLeft), LEAVE_GRACE),
            );
        }
    }

    /// The pointer is over the open card or its mark again: keep the card.
    pub fn pointer_back(&self) {
        Self::replace(self.leave, None);
    }

    /// Focus moved into the card: keep it open until dismissed.
    pub fn focus_entered(&self) {
        if self.open.get_untracked().is_some_and(|o| o.via == Via::Hover) {
            self.dispatch(CardEvent::FocusEntered);
        }
    }

    /// Clears pending timers; called on every change and when the app unmounts.
    pub fn cancel_timers(&self) {
        Self::replace(self.intent, None);
        Self::replace(self.leave, None);
    }

    /// Whether `mention`'s card is open, without subscribing.
    pub fn is_open_untracked_for(&self, mention: MentionId) -> bool {
        self.open.get_untracked().is_some_and(|o| o.mention == mention)
    }

    fn replace(slot: StoredValue<Option<TimeoutHandle>>, next: Option<TimeoutHandle>) {
        if let Some(Some(previous)) = slot.try_update_value(|handle| std::mem::replace(handle, next)) {
            previous.clear();
        }
    }
}

impl Default for CardState {
    fn default() -> Self {
        Self::new()
    }
}

/// What the reader chose to see (see [`crate::settings`]), shared through context.
#[derive(Clone, Copy)]
pub struct ShownNotes(RwSignal<Settings>);

impl ShownNotes {
    /// Starts from `settings` (usually read from the URL).
    pub fn new(settings: Settings) -> Self {
        Self(RwSignal::new(settings))
    }

    /// The settings (tracked).
    pub fn get(&self) -> Settings {
        self.0.get()
    }

    /// The settings, without subscribing.
    pub fn get_untracked(&self) -> Settings {
        self.0.get_untracked()
    }

    /// Whether marks of `kind` are shown (tracked).
    pub fn shows(&self, kind: NoteKind) -> bool {
        self.0.with(|s| s.shows(kind))
    }

    /// Whether marks of `kind` are shown, without subscribing.
    pub fn shows_untracked(&self, kind: NoteKind) -> bool {
        self.0.with_untracked(|s| s.shows(kind))
    }

    /// Shows or hides one kind of note.
    pub fn set_kind(&self, kind: NoteKind, shown: bool) {
        self.0.update(|s| *s = s.with_kind(kind, shown));
    }

    /// Turns clean reading (no marks at all) on or off.
    pub fn set_clean(&self, clean: bool) {
        self.0.update(|s| s.clean = clean);
    }
}

/// The note whose marks are highlighted (chosen in the Who's who panel), shared through context.
#[derive(Clone, Copy)]
pub struct Highlight(RwSignal<Option<NoteId>>);

impl Highlight {
    /// Nothing highlighted.
    pub fn new() -> Self {
        Self(RwSignal::new(None))
    }

    /// Highlights the marks of `note`.
    pub fn set(&self, note: NoteId) {
        self.0.set(Some(note));
    }

    /// The highlighted note, if any (tracked).
    pub fn current(&self) -> Option<NoteId> {
        self.0.get()
    }

    /// The highlighted note, if any, without subscribing.
    pub fn current_untracked(&self) -> Option<NoteId> {
        self.0.get_untracked()
    }
}

impl Default for Highlight {
    fn default() -> Self {
        Self::new()
    }
}
