//! What the page's interactive parts know of a dataset: each note's id, kind, endnote number and
//! mentions, each mention's note, and which mentions repeat their note within a paragraph. Not
//! its text: on the article's page the text is in the
//! prerendered HTML, and only this, as an island's props, reaches the wasm.

use serde::{Deserialize, Serialize};

use super::{Dataset, MentionId, NoteId, NoteKind};

/// The notes and mentions of a dataset, without their text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "Notes")]
pub struct NoteIndex {
    /// Every note, in dataset order.
    notes: Vec<IndexedNote>,
    /// The mentions that are not their note's first in their block, in reading order: marked only
    /// when the reader asks for every mention.
    repeats: Vec<MentionId>,
    /// Each mention's note, in reading order (derived from the notes).
    #[serde(skip)]
    mentions: Vec<NoteId>,
    /// The language the notes are written in, where the dataset gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<String>,
}

/// One note as the interactive parts know it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndexedNote {
    /// Its id in the dataset, used in links and the cards' ids.
    pub id: String,
    /// Actor, poll figure or context note.
    pub kind: NoteKind,
    /// Its endnote number, which its marks carry on paper.
    pub number: usize,
    /// Its mentions, in reading order.
    pub mentions: Vec<MentionId>,
}

/// What the index is read from: the notes alone.
#[derive(Deserialize)]
struct Notes {
    notes: Vec<IndexedNote>,
    #[serde(default)]
    repeats: Vec<MentionId>,
    #[serde(default)]
    language: Option<String>,
}

impl From<Notes> for NoteIndex {
    fn from(Notes { notes, repeats, language }: Notes) -> Self {
        let count = notes.iter().map(|n| n.mentions.len()).sum();
        let mut mentions = vec![NoteId(0); count];
        for (i, note) in notes.iter().enumerate() {
            for mention in note.mentions.iter().filter(|m| m.0 < count) {
                mentions[mention.0] = NoteId(i);
            }
        }
        Self { notes, repeats, mentions, language }
    }
}

impl NoteIndex {
    /// The index of a validated dataset.
    pub fn of(dataset: &Dataset) -> Self {
        let notes = dataset.notes.iter().map(|note| IndexedNote {
            id: note.id.clone(),
            kind: note.kind(),
            number: note.number,
            mentions: note.mentions.clone(),
        });
        let note_mentions = |m: &super::Mention| &dataset.notes[m.note.0].mentions;
        let repeats = (dataset.mentions.iter().enumerate())
            .filter(|(_, m)| {
                m.ordinal
                    .checked_sub(1)
                    .and_then(|before| note_mentions(m).get(before))
                    .is_some_and(|before| dataset.mentions[before.0].block == m.block)
            })
            .map(|(i, _)| MentionId(i));
        Self {
            notes: notes.collect(),
            repeats: repeats.collect(),
            mentions: dataset.mentions.iter().map(|m| m.note).collect(),
            language: dataset.language.clone(),
        }
    }

    /// The language the notes are written in, where the dataset gives it: an element's `lang`.
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// Whether `mention` repeats its note in a block that mentions it before.
    pub(crate) fn is_repeat(&self, mention: MentionId) -> bool {
        self.repeats.binary_search(&mention).is_ok()
    }

    /// Every note, in dataset order.
    pub fn notes(&self) -> &[IndexedNote] {
        &self.notes
    }

    /// How many mentions there are.
    pub fn mention_count(&self) -> usize {
        self.mentions.len()
    }

    /// A note, if there is one at `id`.
    pub fn note(&self, id: NoteId) -> Option<&IndexedNote> {
        self.notes.get(id.0)
    }

    /// The note a mention belongs to, if there is such a mention.
    pub fn note_of(&self, mention: MentionId) -> Option<NoteId> {
        self.mentions.get(mention.0).copied()
    }

    /// The note with this id in the dataset.
    pub fn find(&self, id: &str) -> Option<NoteId> {
        self.notes.iter().position(|n| n.id == id).map(NoteId)
    }

    /// A note's endnote number among the notes of the kinds `shown` (in reading order, from 1):
    /// the number its marks carry on paper, where the endnotes of hidden kinds are not printed.
    pub(crate) fn shown_number(&self, note: NoteId, shown: impl Fn(NoteKind) -> bool) -> usize {
        let Some(number) = self.note(note).map(|n| n.number) else { return 0 };
        self.notes.iter().filter(|n| n.number <= number && shown(n.kind)).count()
    }

    /// Where `mention` stands among its note's mentions (from 0), and their number.
    pub(crate) fn ordinal(&self, mention: MentionId) -> Option<(usize, usize)> {
        let mentions = &self.note(self.note_of(mention)?)?.mentions;
        Some((mentions.iter().position(|&m| m == mention)?, mentions.len()))
    }

    /// The mentions before and after `mention` among its note's.
    pub(crate) fn neighbours(&self, mention: MentionId) -> (Option<MentionId>, Option<MentionId>) {
        let mentions = self.note_of(mention).and_then(|n| self.note(n)).map_or(&[][..], |n| &n.mentions);
        let Some(at) = mentions.iter().position(|&m| m == mention) else { return (None, None) };
        (at.checked_sub(1).map(|i| mentions[i]), mentions.get(at + 1).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::NoteIndex;
    use crate::model::{Dataset, MentionId, NoteId, NoteKind};

    #[test]
    fn the_index_reads_back_from_its_json_with_every_mentions_note() {
        let dataset = Dataset::from_json(crate::data::EMBEDDED_JSON).expect("valid");
        let index = NoteIndex::of(&dataset);
        let json = serde_json::to_string(&index).expect("serialises");
        assert!(!json.contains("\"mentions\":[{"), "mentions are numbers: {json}");
        assert_eq!(serde_json::from_str::<NoteIndex>(&json).expect("reads back"), index);
        assert_eq!(index.mention_count(), dataset.mentions.len());
        for (i, mention) in dataset.mentions.iter().enumerate() {
            assert_eq!(index.note_of(MentionId(i)), Some(mention.note));
        }
        for (i, mention) in dataset.mentions.iter().enumerate() {
            let earlier = dataset.mentions[..i].iter().any(|m| m.note == mention.note && m.block == mention.block);
            assert_eq!(index.is_repeat(MentionId(i)), earlier, "mention {i}");
        }
        let vucic = index.find("vucic").expect("Vučić is a note");
        let note = index.note(vucic).expect("found");
        assert_eq!((note.kind, note.number), (NoteKind::Actor, dataset.notes[vucic.0].number));
    }

    #[test]
    fn endnote_numbers_follow_reading_order_and_skip_hidden_kinds() {
        let dataset = Dataset::from_json(crate::data::EMBEDDED_JSON).expect("valid");
        let index = NoteIndex::of(&dataset);
        let firsts: Vec<NoteId> = dataset.mentions.iter().filter(|m| m.ordinal == 0).map(|m| m.note).collect();
        for (i, &note) in firsts.iter().enumerate() {
            assert_eq!(dataset.notes[note.0].number, i + 1, "{}", dataset.notes[note.0].id);
        }
        let polls: Vec<usize> = firsts
            .iter()
            .filter(|n| dataset.notes[n.0].kind() == NoteKind::Poll)
            .map(|&n| index.shown_number(n, |k| k == NoteKind::Poll))
            .collect();
        assert_eq!(polls, [1, 2, 3], "with only polls shown, they are numbered 1, 2, 3");
    }

    #[test]
    fn neighbours_walk_a_notes_mentions_and_stop_at_either_end() {
        let index: NoteIndex =
            serde_json::from_str(r#"{"notes":[{"id":"a","kind":"actor","number":1,"mentions":[0,2,3]},{"id":"b","kind":"poll","number":2,"mentions":[1]}]}"#)
                .expect("reads");
        assert_eq!(index.note_of(MentionId(2)), Some(NoteId(0)));
        assert_eq!(index.note_of(MentionId(1)), Some(NoteId(1)));
        assert_eq!(index.note_of(MentionId(9)), None);
        assert_eq!(index.neighbours(MentionId(0)), (None, Some(MentionId(2))));
        assert_eq!(index.neighbours(MentionId(2)), (Some(MentionId(0)), Some(MentionId(3))));
        assert_eq!(index.neighbours(MentionId(3)), (Some(MentionId(2)), None));
        assert_eq!(index.neighbours(MentionId(1)), (None, None));
        assert_eq!(index.ordinal(MentionId(3)), Some((2, 3)));
        assert_eq!(index.ordinal(MentionId(1)), Some((0, 1)));
        assert_eq!(index.find("c"), None);
    }
}
