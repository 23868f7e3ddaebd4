//! Following a link to a note (`#note=ID` in the address, or a banner's button that shows a
//! hidden kind and opens the note it was asked for): the note's card opens on its first mention,
//! or the reader is told why it cannot.

use leptos::prelude::*;

use crate::focus::{bring_into_view, has_mark};
use crate::model::NoteIndex;
use crate::state::{CardState, MissedLink, MissedLinks, ShownNotes};

/// Opens the card of a note's first mention and brings it into view, if the note exists and its
/// kind is shown; otherwise says why not (see [`MissedLinks`]). In a long article its mark may not
/// be rendered yet: it tries again each frame (for up to ten seconds) until it is.
pub fn open_note(
    index: &'static NoteIndex,
    state: CardState,
    shown: ShownNotes,
    missed: MissedLinks,
    id: String,
    frames_left: u32,
) {
    let Some(found) = index.find(&id) else {
        missed.set(Some(MissedLink::Unknown));
        return;
    };
    let Some(note) = index.note(found) else { return };
    let Some(&mention) = note.mentions.first() else {
        missed.set(Some(MissedLink::Unknown));
        return;
    };
    if !shown.shows_untracked(note.kind) {
        missed.set(Some(MissedLink::Hidden(found)));
        return;
    }
    if !has_mark(mention) {
        if frames_left > 0 {
            request_animation_frame(move || open_note(index, state, shown, missed, id, frames_left - 1));
        }
        return;
    }
    missed.set(None);
    bring_into_view(mention);
    state.press(mention, None);
}
