//! The draft's texts as slices of it (Leptos's `create_slice`): each field reads and writes only
//! its own text, and a field renders again only when its text changes, not on every keystroke
//! elsewhere in the draft.

use leptos::prelude::*;

use crate::model::{Draft, NoteFields, Poll, RawSource};

/// One text of the draft: what it holds, and how to change it.
pub(super) type Text = (Signal<String>, SignalSetter<String>);

/// Where a text is in a part of the draft (`T`), read and written: `place!(Poll, by)`.
pub(super) type Place<T, V> = (fn(&T) -> &V, fn(&mut T) -> &mut V);

/// The two accessors of `$part.$field`, as a [`Place`].
macro_rules! place {
    ($part:ty, $($field:ident).+) => {
        (|part: &$part| &part.$($field).+, |part: &mut $part| &mut part.$($field).+)
    };
}
pub(super) use place;

/// A text as the draft keeps it: a `String` the format requires, as typed (the checker reports it
/// empty), or an optional one, left out when empty unless its note's kind requires it.
pub(super) trait Kept: Clone + Send + Sync + 'static {
    /// What the field shows.
    fn shown(&self) -> String;
    /// What is kept of `text`, typed into the field.
    fn typed(text: String, required: bool) -> Self;
}

impl Kept for String {
    fn shown(&self) -> String {
        self.clone()
    }
    fn typed(text: String, _: bool) -> Self {
        text
    }
}

impl Kept for Option<String> {
    fn shown(&self) -> String {
        self.clone().unwrap_or_default()
    }
    fn typed(text: String, required: bool) -> Self {
        (required || !text.trim().is_empty()).then_some(text)
    }
}

/// The text at `place` of note `index`; `required` where its kind requires an optional field.
pub(super) fn note_text<V: Kept>(
    draft: RwSignal<Draft>,
    index: usize,
    place: Place<NoteFields, V>,
    required: bool,
) -> Text {
    let (read, write) = place;
    create_slice(
        draft,
        move |d| d.notes.get(index).map(|n| read(n).shown()).unwrap_or_default(),
        move |d, text| {
            if let Some(note) = d.notes.get_mut(index) {
                *write(note) = V::typed(text, required);
            }
        },
    )
}

/// The text at `place` of poll `index`.
pub(super) fn poll_text<V: Kept>(draft: RwSignal<Draft>, index: usize, place: Place<Poll, V>) -> Text {
    let (read, write) = place;
    create_slice(
        draft,
        move |d| d.polls.get(index).map(|p| read(p).shown()).unwrap_or_default(),
        move |d, text| {
            if let Some(poll) = d.polls.get_mut(index) {
                *write(poll) = V::typed(text, false);
            }
        },
    )
}

/// The text at `place` of note `note`'s source `index`.
pub(super) fn source_text<V: Kept>(
    draft: RwSignal<Draft>,
    note: usize,
    index: usize,
    place: Place<RawSource, V>,
) -> Text {
    let (read, write) = place;
    create_slice(
        draft,
        move |d| d.notes.get(note).and_then(|n| n.sources.get(index)).map(|s| read(s).shown()).unwrap_or_default(),
        move |d, text| {
            if let Some(source) = d.notes.get_mut(note).and_then(|n| n.sources.get_mut(index)) {
                *write(source) = V::typed(text, false);
            }
        },
    )
}

/// The optional text at `place` of the draft as a whole (the article's details, its language).
pub(super) fn draft_text(draft: RwSignal<Draft>, place: Place<Draft, Option<String>>) -> Text {
    let (read, write) = place;
    create_slice(draft, move |d| read(d).shown(), move |d, text| *write(d) = Kept::typed(text, false))
}
