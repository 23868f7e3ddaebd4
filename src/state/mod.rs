//! The shared reactive state, each a named type with verbs, provided through context by the
//! root component ([`crate::app::App`]): whether the page answers input yet, the open card (with
//! its hover timers), which kinds of note are shown, the highlighted note, and the reader's
//! colours and text size.

use std::time::Duration;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use crate::card_state::{CardEvent, OpenCard, Via, reduce};
use crate::model::{MentionId, NoteId, NoteIndex, NoteKind};
use crate::settings::Settings;

mod appearance;

pub use appearance::{Appearance, TEXT_SIZES, Theme};

/// How long the pointer must rest on a mark before its card opens, so a passing pointer does
/// not flash cards.
pub const HOVER_INTENT: Duration = Duration::from_millis(120);
/// How long a hover-opened card waits after the pointer leaves, so the pointer can cross the
/// gap between mark and card.
pub const LEAVE_GRACE: Duration = Duration::from_millis(300);

/// Whether the page answers input: false in the prerendered page and while it is hydrated (so
/// the browser's DOM and the components' first render are the same), true from the moment the
/// app has taken it over. Until then the browser opens and closes the cards on its own.
#[derive(Clone, Copy)]
pub struct Ready(RwSignal<bool>);

impl Ready {
    /// Not ready: the app takes the page over in an effect, once it is whole.
    pub fn new() -> Self {
        Self(RwSignal::new(false))
    }

    /// Whether the app has taken over (tracked).
    pub fn get(&self) -> bool {
        self.0.get()
    }

    /// Whether the app has taken over, without subscribing.
    pub fn get_untracked(&self) -> bool {
        self.0.get_untracked()
    }

    /// The app has taken over (every mark follows, so only a change notifies).
    pub fn set(&self) {
        if !self.0.get_untracked() {
            self.0.set(true);
        }
    }
}

/// The open card, shared through context.
#[derive(Clone, Copy)]
pub struct CardState {
    open: RwSignal<Option<OpenCard>>,
    index: &'static NoteIndex,
    /// The open card's note and mention, so that a card follows its own note only: a change
    /// notifies the card of the note open before and the one open after, whatever the number
    /// of notes.
    cards: StoredValue<Selector<OpenNote>>,
    intent: StoredValue<Option<Timeout>, LocalStorage>,
    leave: StoredValue<Option<Timeout>, LocalStorage>,
}

impl CardState {
    /// A state with no card open, for the notes of `index`.
    pub fn new(index: &'static NoteIndex) -> Self {
        let open = RwSignal::new(None::<OpenCard>);
        let note_of = move |o: OpenCard| Some((index.note_of(o.mention)?, o.mention));
        let cards = Selector::new_with_fn(move || OpenNote(open.get().and_then(note_of)), OpenNote::same_note);
        Self {
            open,
            index,
            cards: StoredValue::new(cards),
            intent: StoredValue::new_local(None),
            leave: StoredValue::new_local(None),
        }
    }

    /// The open card (tracked).
    pub fn current(&self) -> Option<OpenCard> {
        self.open.get()
    }

    /// The open card, without subscribing.
    pub fn current_untracked(&self) -> Option<OpenCard> {
        self.open.get_untracked()
    }

    /// The open mention if it is one of `note`'s (tracked: only a change of the note open, or of
    /// the mention within it, notifies, when this note was or is open).
    pub fn open_in(&self, note: NoteId) -> Option<MentionId> {
        self.cards.with_value(|cards| cards.selected(&OpenNote(Some((note, MentionId(0))))));
        self.open.get_untracked().map(|o| o.mention).filter(|&m| self.index.note_of(m) == Some(note))
    }

    /// Whether `mention`'s card is open, without subscribing.
    pub fn is_open_untracked(&self, mention: MentionId) -> bool {
        self.open.get_untracked().is_some_and(|o| o.mention == mention)
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
        if self.is_open_untracked(mention) {
            return;
        }
        let state = *self;
        let event = CardEvent::HoverIntent { mention, pointer: Some(pointer) };
        self.intent.set_value(Some(after(HOVER_INTENT, move || state.dispatch(event))));
    }

    /// The pointer left a mark or the card: a hover-opened card closes after [`LEAVE_GRACE`]
    /// unless the pointer comes back to either.
    pub fn pointer_left(&self) {
        self.intent.set_value(None);
        if self.open.get_untracked().is_some_and(|o| o.via == Via::Hover) {
            let state = *self;
            self.leave.set_value(Some(after(LEAVE_GRACE, move || state.dispatch(CardEvent::PointerLeft))));
        }
    }

    /// The pointer is over the open card or its mark again: keep the card.
    pub fn pointer_back(&self) {
        self.leave.set_value(None);
    }

    /// Focus moved into the card, or the reader pressed inside it (to select its text, say): keep
    /// it open until dismissed.
    pub fn engaged(&self) {
        if self.open.get_untracked().is_some_and(|o| o.via == Via::Hover) {
            self.dispatch(CardEvent::Engaged);
        }
    }

    /// Cancels pending timers (dropping a gloo `Timeout` clears it); called on every change.
    fn cancel_timers(&self) {
        self.intent.set_value(None);
        self.leave.set_value(None);
    }
}

impl Default for Ready {
    fn default() -> Self {
        Self::new()
    }
}

/// The open card's note and its mention: a key of [`CardState`]'s selector, which compares a
/// card's key (its note, any mention) with the open one by note alone.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct OpenNote(Option<(NoteId, MentionId)>);

impl OpenNote {
    /// Whether `open` is a mention of `key`'s note.
    fn same_note(key: &Self, open: &Self) -> bool {
        key.0.is_some() && key.0.map(|(note, _)| note) == open.0.map(|(note, _)| note)
    }
}

/// A timer that calls `callback` after `delay` unless it is dropped first.
fn after(delay: Duration, callback: impl FnOnce() + 'static) -> Timeout {
    Timeout::new(u32::try_from(delay.as_millis()).unwrap_or(u32::MAX), callback)
}

/// What the reader chose to see (see [`crate::settings`]), shared through context.
#[derive(Clone, Copy)]
pub struct ShownNotes(RwSignal<Settings>);

impl ShownNotes {
    /// Starts from `settings`.
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

    /// Whether marks of `kind` are shown, without subscribing.
    pub fn shows_untracked(&self, kind: NoteKind) -> bool {
        self.0.with_untracked(|s| s.shows(kind))
    }

    /// Whether a mention is marked, without subscribing.
    pub fn marks_untracked(&self, kind: NoteKind, repeat: bool) -> bool {
        self.0.with_untracked(|s| s.marks(kind, repeat))
    }

    /// Replaces every choice at once (from the page address); every mark follows, so only a
    /// change notifies.
    pub fn set(&self, settings: Settings) {
        if self.0.get_untracked() != settings {
            self.0.set(settings);
        }
    }

    /// Shows or hides one kind of note.
    pub fn set_kind(&self, kind: NoteKind, shown: bool) {
        self.0.update(|s| *s = s.with_kind(kind, shown));
    }

    /// Turns clean reading (no marks at all) on or off.
    pub fn set_clean(&self, clean: bool) {
        self.0.update(|s| s.clean = clean);
    }

    /// Marks every mention, or each note's first in a paragraph.
    pub fn set_every(&self, every: bool) {
        self.0.update(|s| s.every = every);
    }
}

/// A `#note=` link the page could not follow, said over the article instead of dropped.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MissedLink {
    /// No note has the link's id, or the note is not marked anywhere in the text.
    Unknown,
    /// The note exists but its kind is not marked (or clean reading is on).
    Hidden(NoteId),
}

impl MissedLink {
    /// The note, where it exists but is hidden.
    pub fn hidden(self) -> Option<NoteId> {
        match self {
            Self::Hidden(note) => Some(note),
            Self::Unknown => None,
        }
    }
}

/// The link the page could not follow, if any, shared through context.
#[derive(Clone, Copy)]
pub struct MissedLinks(RwSignal<Option<MissedLink>>);

impl MissedLinks {
    /// None missed.
    pub fn new() -> Self {
        Self(RwSignal::new(None))
    }

    /// The link missed (tracked).
    pub fn get(&self) -> Option<MissedLink> {
        self.0.get()
    }

    /// The link missed, without subscribing.
    pub fn get_untracked(&self) -> Option<MissedLink> {
        self.0.get_untracked()
    }

    /// Says that a link was missed, or (`None`) that the last one is dealt with.
    pub fn set(&self, missed: Option<MissedLink>) {
        self.0.set(missed);
    }
}

impl Default for MissedLinks {
    fn default() -> Self {
        Self::new()
    }
}

/// The note whose marks are highlighted (chosen in the Who's who panel), shared through context.
#[derive(Clone, Copy)]
pub struct Highlight {
    note: RwSignal<Option<NoteId>>,
}

impl Highlight {
    /// Nothing highlighted.
    pub fn new() -> Self {
        Self { note: RwSignal::new(None) }
    }

    /// Highlights the marks of `note`.
    pub fn set(&self, note: NoteId) {
        self.note.set(Some(note));
    }

    /// The note whose marks are highlighted (tracked).
    pub fn current(&self) -> Option<NoteId> {
        self.note.get()
    }

    /// The note whose marks are highlighted, without subscribing.
    pub fn current_untracked(&self) -> Option<NoteId> {
        self.note.get_untracked()
    }

    /// Highlights nothing.
    pub fn clear(&self) {
        if self.note.get_untracked().is_some() {
            self.note.set(None);
        }
    }
}

impl Default for Highlight {
    fn default() -> Self {
        Self::new()
    }
}
