//! A mention's mark: the phrase that opens its note, and the button that does.

use leptos::prelude::*;

use crate::ids::{card_id, opener_id, trigger_id};
use crate::model::{MentionId, NoteId, NoteIndex, NoteKind};
use crate::settings::Settings;
use crate::state::{CardState, Highlight, Ready, ShownNotes};

/// One mention's mark around its text: a `<label>` for the phrase, so that it wraps across lines
/// like the text around it, and after it a transparent `<button>` for its note's card, named by
/// the phrase. A click or tap on the phrase is a click on the button, and the button is the tab
/// stop. Until the app takes over the button is a `popovertarget`, so the page's HTML opens,
/// closes and focuses cards with no script at all (the popover's light dismiss, Esc and focus
/// order are the browser's). The phrase is hidden from assistive technology, which meets it
/// once, as the button's name.
///
/// Once the app has taken over, the button opens the app's card, and is read as the phrase and
/// "button" only: the browser would call every `popovertarget` "collapsed" and each open card
/// "details" of every mark of its note, which interrupts reading the article aloud. It says
/// "expanded" while its card is open. A mark whose kind the reader hides, or that repeats its note
/// in a paragraph while only first mentions are marked, is plain text, read as such, its label
/// tied to nothing and its button disabled and hidden.
///
/// Not an island: a mark is drawn here as things stand when it is rendered, and from then on the
/// app keeps its attributes in step (`crate::app`'s `marks`), touching only the marks a change
/// concerns, as it answers input on every mark from one listener (see [`crate::app::Companion`]),
/// which finds the mark by `data-mention` (the phrase) or `data-opener` (its button). So a mark
/// costs the page no hydration and no reactive work, however long the article.
#[component]
pub fn Mark(
    /// The mention this mark stands for.
    mention: MentionId,
    /// The text it marks.
    text: String,
) -> impl IntoView {
    let index = expect_context::<&'static NoteIndex>();
    let looks = MarkLooks::of(
        index,
        mention,
        expect_context::<ShownNotes>().get_untracked(),
        expect_context::<Ready>().get_untracked(),
        expect_context::<Highlight>().current_untracked(),
        expect_context::<CardState>().current_untracked().map(|o| o.mention),
    );
    let id = index.note_of(mention).unwrap_or(NoteId(0));
    let (note, kind) = index.note(id).map_or(("", NoteKind::Context), |n| (n.id.as_str(), n.kind));
    view! {
        <label
            id=trigger_id(mention)
            for=looks.marked.then(|| opener_id(mention))
            class=looks.class(kind)
            aria-hidden=looks.marked.then_some("true")
            data-highlight=looks.highlighted.then_some("")
            data-mention=mention.0
            data-kind=kind.as_str()
            data-note=note
            data-ref=looks.number
        >
            {text}
        </label>
        <button
            type="button"
            id=opener_id(mention)
            class="opener"
            popovertarget=(!looks.ready).then(|| card_id(note))
            // Chromium's tree for screen readers (AT-SPI, which Orca reads) keeps a button
            // "expandable" after its `popovertarget` goes, until an attribute it watches changes:
            // a button's own tab stop, said once the app has it, has it read the button again.
            tabindex=looks.focusable().then_some("0")
            aria-labelledby=trigger_id(mention)
            disabled=!looks.marked
            hidden=!looks.marked
            aria-expanded=looks.expanded.then_some("true")
            data-opener=mention.0
        ></button>
    }
}

/// How one mark looks in a state of the page: what [`Mark`] renders, and what the app changes
/// when that state changes.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct MarkLooks {
    /// It opens its note (its kind is shown, and it is not a repeat the reader left unmarked).
    pub marked: bool,
    /// The app has taken the page over.
    pub ready: bool,
    /// Its note's endnote number among the shown kinds'.
    pub number: usize,
    /// Its note is highlighted from the panel.
    pub highlighted: bool,
    /// Its card is open, opened from it, and the app has the page.
    pub expanded: bool,
}

impl MarkLooks {
    /// How `mention`'s mark looks with these settings, before or after the take-over, with this
    /// note highlighted and this mention's card open.
    pub fn of(
        index: &NoteIndex,
        mention: MentionId,
        settings: Settings,
        ready: bool,
        highlighted: Option<NoteId>,
        open: Option<MentionId>,
    ) -> Self {
        let note = index.note_of(mention).unwrap_or(NoteId(0));
        let kind = index.note(note).map_or(NoteKind::Context, |n| n.kind);
        Self {
            marked: settings.marks(kind, index.is_repeat(mention)),
            ready,
            number: index.shown_number(note, |k| settings.shows(k)),
            highlighted: highlighted == Some(note),
            expanded: ready && open == Some(mention),
        }
    }

    /// The phrase's class: its kind's colours, or none when it is plain text.
    pub fn class(self, kind: NoteKind) -> &'static str {
        match (self.marked, kind) {
            (false, _) => "mark-off",
            (true, NoteKind::Actor) => "mark mark--actor",
            (true, NoteKind::Poll) => "mark mark--poll",
            (true, NoteKind::Context) => "mark mark--context",
        }
    }

    /// Whether the button is a tab stop of its own (see [`Mark`]).
    pub fn focusable(self) -> bool {
        self.ready && self.marked
    }
}

#[cfg(test)]
mod tests {
    use super::MarkLooks;
    use crate::model::{Dataset, MentionId, NoteIndex};
    use crate::settings::Settings;

    #[test]
    fn a_marks_looks_follow_the_readers_choices_the_take_over_and_the_open_card() {
        let dataset = Dataset::from_json(crate::data::EMBEDDED_JSON).expect("valid");
        let index = NoteIndex::of(&dataset);
        let count = index.mention_count();
        let first = MentionId(0);
        let repeat = (0..count).map(MentionId).find(|&m| index.is_repeat(m)).expect("a note repeats in a paragraph");
        let note = index.note_of(first).expect("a note");
        let kind = index.note(note).expect("indexed").kind;
        let default = Settings::default();
        let looks = |mention, settings, ready, open| MarkLooks::of(&index, mention, settings, ready, Some(note), open);

        let before = looks(first, default, false, Some(first));
        assert!(
            before.marked && before.highlighted && !before.expanded,
            "{before:?}: not expanded before the take-over"
        );
        assert!(!before.focusable(), "the browser's popover button is no tab stop of its own");
        let taken = looks(first, default, true, Some(first));
        assert!(taken.expanded && taken.focusable(), "{taken:?}");
        assert_eq!(taken.class(kind), format!("mark mark--{}", kind.as_str()));

        assert!(!looks(repeat, default, true, None).marked, "a repeat is plain text by default");
        assert!(looks(repeat, Settings { every: true, ..default }, true, None).marked, "marked when every mention is");
        let hidden = looks(first, default.with_kind(kind, false), true, None);
        assert!(!hidden.marked && !hidden.focusable() && hidden.class(kind) == "mark-off", "{hidden:?}");
        let clean = looks(first, Settings { clean: true, ..default }, true, None);
        assert!(!clean.marked, "clean reading marks nothing");
        let number = index.note(note).expect("indexed").number;
        assert_eq!(looks(first, default, true, None).number, number, "every kind shown: the note's own number");
    }
}
