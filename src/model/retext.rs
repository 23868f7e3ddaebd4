//! Changing a draft's text once it has notes: a typo put right, a sentence rewritten. A note's
//! anchor is a quote, so most anchors find their phrase in the new text as they did; one whose
//! words stand where they stood but whose context changed (a word beside it put right) is written
//! again for that place, and one whose words are gone is named, so the editor can say which notes
//! lost their phrase rather than dropping them.

use std::ops::Range;

use super::anchor::{Blocks, Quote, occurrences};
use super::dataset::BlockKind;
use super::draft::{Draft, anchor_for};
use super::raw::RawBlock;
use super::unicode::nfc;

impl Draft {
    /// Puts `text` in place of block `block`'s text (in Unicode NFC, as the companion reads it)
    /// and keeps every note on its phrase. Each anchor that found one place before is checked
    /// again: still one place, it stays as written; otherwise, while its words still stand in the
    /// same block (the nearest to where they were) or its block was not the one changed, it is
    /// written again for that place. Returns the notes, by index and in order, with an anchor
    /// whose phrase is gone; they keep their anchors, which the checker then reports.
    pub fn set_block_text(&mut self, block: usize, text: &str) -> Vec<usize> {
        if block >= self.article.blocks.len() {
            return Vec::new();
        }
        let before = self.single_places();
        self.article.blocks[block].text = nfc(text);
        let texts: Vec<(String, String)> = self.article.blocks.iter().map(|b| (b.id.clone(), b.text.clone())).collect();
        let texts: Vec<(&str, &str)> = texts.iter().map(|(id, text)| (id.as_str(), text.as_str())).collect();
        let search = Blocks::new(&texts);
        let mut lost = Vec::new();
        for (note, anchor, (at, range)) in before {
            let written = &self.notes[note].anchors[anchor];
            let quote = Quote { exact: &written.exact, prefix: &written.prefix, suffix: &written.suffix };
            if search.occurrences(quote).len() == 1 {
                continue;
            }
            let place = if at == block {
                let exact = Quote { exact: &written.exact, prefix: "", suffix: "" };
                nearest(occurrences(texts[at].1, exact), range.start)
            } else {
                Some(range)
            };
            match place.and_then(|range| anchor_for(&texts, at, range)) {
                Some(again) => self.notes[note].anchors[anchor] = again,
                None => lost.push(note),
            }
        }
        lost.dedup();
        lost
    }

    /// Makes the headline the first block of the text and puts an empty headline before it, for
    /// the person to write: a text pasted without a headline line has its first paragraph taken
    /// for one, which no note can mark. An empty headline, still to be written, stays.
    pub fn headline_to_paragraph(&mut self) {
        let ids: Vec<String> = self.article.blocks.iter().map(|b| b.id.clone()).collect();
        let Some(first) =
            self.article.blocks.first_mut().filter(|b| b.kind == BlockKind::Headline && !b.text.trim().is_empty())
        else {
            return;
        };
        let headline = std::mem::take(&mut first.id);
        first.kind = BlockKind::Paragraph;
        first.id = (1..)
            .map(|n| if n == 1 { "p0".to_owned() } else { format!("p0-{n}") })
            .find(|id| !ids.contains(id))
            .unwrap_or_default();
        self.article.blocks.insert(0, RawBlock { id: headline, kind: BlockKind::Headline, text: String::new() });
    }

    /// Every anchor (note, anchor, place) that finds exactly one place, and so says where its
    /// phrase is: an anchor marking every occurrence, or already finding none or several, has
    /// no one place to keep.
    fn single_places(&self) -> Vec<(usize, usize, (usize, Range<usize>))> {
        let texts = self.texts();
        let search = Blocks::new(&texts);
        let mut places = Vec::new();
        for (note, fields) in self.notes.iter().enumerate() {
            for (index, anchor) in fields.anchors.iter().enumerate().filter(|(_, a)| !a.every) {
                let quote = Quote { exact: &anchor.exact, prefix: &anchor.prefix, suffix: &anchor.suffix };
                if let [place] = search.occurrences(quote).as_slice() {
                    places.push((note, index, place.clone()));
                }
            }
        }
        places
    }
}

/// Of `ranges`, the one starting nearest to `start`.
fn nearest(ranges: Vec<Range<usize>>, start: usize) -> Option<Range<usize>> {
    ranges.into_iter().min_by_key(|r| r.start.abs_diff(start))
}

#[cfg(test)]
mod tests {
    use crate::model::{BlockKind, Draft, NoteKind, RawAnchor};

    const TEXT: &str = "A talk to the garden club\n\nThe students planted beans in the east garden. \
        The students kept a diary.\n\nCompost from the kitchen fed the beds.";

    fn anchor(exact: &str, prefix: &str, suffix: &str) -> RawAnchor {
        RawAnchor { exact: exact.into(), prefix: prefix.into(), suffix: suffix.into(), ..RawAnchor::default() }
    }

    /// The text each note's anchors mark, block and words, as the companion would find them.
    fn marked(draft: &Draft) -> Vec<Vec<(usize, String)>> {
        let texts = draft.texts();
        let search = crate::model::Blocks::new(&texts);
        (draft.notes.iter())
            .map(|note| {
                (note.anchors.iter())
                    .flat_map(|a| {
                        search.occurrences(crate::model::Quote {
                            exact: &a.exact,
                            prefix: &a.prefix,
                            suffix: &a.suffix,
                        })
                    })
                    .map(|(block, range)| (block, texts[block].1[range].to_owned()))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_typo_put_right_keeps_every_note_on_its_phrase() {
        let mut draft = Draft::from_text(TEXT);
        // "The students" twice in one paragraph: the second is told apart by what follows it.
        let students = draft.add_note(NoteKind::Actor, "The students", anchor("The students", "", " kept"));
        let compost = draft.add_note(NoteKind::Context, "Compost", anchor("Compost", "", ""));
        let lost =
            draft.set_block_text(1, "The students planted beans in the east garden. The students keept a diary.");
        assert_eq!(lost, Vec::<usize>::new());
        // Its context changed ("keept"): written again for the same place, the second.
        assert_eq!(marked(&draft)[students], [(1, "The students".to_owned())]);
        let again = &draft.notes[students].anchors[0];
        assert!(again.prefix.contains("garden") || again.suffix.contains("keept"), "{again:?}");
        assert_eq!(marked(&draft)[compost], [(2, "Compost".to_owned())]);
        let texts = draft.texts();
        let at = texts[1].1.rfind("The students").expect("the second");
        let search = crate::model::Blocks::new(&texts);
        let a = &draft.notes[students].anchors[0];
        let places = search.occurrences(crate::model::Quote { exact: &a.exact, prefix: &a.prefix, suffix: &a.suffix });
        assert_eq!(places, [(1, at..at + "The students".len())], "the second mention, not the first");
    }

    #[test]
    fn a_note_whose_words_are_gone_is_named_and_keeps_its_anchor() {
        let mut draft = Draft::from_text(TEXT);
        draft.add_note(NoteKind::Actor, "The students", anchor("diary", "", ""));
        let compost = draft.add_note(NoteKind::Context, "Compost", anchor("Compost", "", ""));
        let before = draft.notes[compost].anchors.clone();
        let lost = draft.set_block_text(2, "Scraps from the kitchen fed the beds.");
        assert_eq!(lost, [compost]);
        assert_eq!(draft.notes[compost].anchors, before);
        assert_eq!(draft.article.blocks[2].text, "Scraps from the kitchen fed the beds.");
    }

    #[test]
    fn words_added_elsewhere_do_not_take_a_note_from_its_place() {
        let mut draft = Draft::from_text(TEXT);
        let beans = draft.add_note(NoteKind::Context, "Beans", anchor("beans", "", ""));
        // The edit puts "beans" in another paragraph too: the note stays on the first.
        let lost = draft.set_block_text(2, "Compost from the kitchen fed the beans.");
        assert_eq!(lost, Vec::<usize>::new());
        assert_eq!(marked(&draft)[beans], [(1, "beans".to_owned())]);
    }

    #[test]
    fn a_first_paragraph_taken_for_the_headline_becomes_text_under_a_headline_to_write() {
        let mut draft = Draft::from_text("The students planted beans in the east garden. They kept a diary.");
        assert_eq!(draft.article.blocks.len(), 1, "one long line is taken for the headline");
        draft.headline_to_paragraph();
        let blocks: Vec<(&str, BlockKind, &str)> =
            draft.article.blocks.iter().map(|b| (b.id.as_str(), b.kind, b.text.as_str())).collect();
        assert_eq!(
            blocks,
            [
                ("headline", BlockKind::Headline, ""),
                ("p0", BlockKind::Paragraph, "The students planted beans in the east garden. They kept a diary.")
            ]
        );
        // Done once: the empty headline is the one to write, and stays.
        draft.headline_to_paragraph();
        assert_eq!(draft.article.blocks.len(), 2);
        let problems: Vec<String> = draft.check().expect("readable").problems.iter().map(|p| p.path.clone()).collect();
        assert!(
            problems.contains(&"article.blocks[0].text".to_owned()),
            "the empty headline is asked for: {problems:?}"
        );
    }

    #[test]
    fn the_text_is_kept_as_the_companion_reads_it() {
        let mut draft = Draft::from_text(TEXT);
        draft.set_block_text(2, "Cafe\u{301} scraps fed the beds.");
        assert_eq!(draft.article.blocks[2].text, "Caf\u{e9} scraps fed the beds.");
        assert_eq!(draft.set_block_text(9, "nothing"), Vec::<usize>::new());
    }
}
