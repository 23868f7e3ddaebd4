//! Segmentation: a block's text cut into plain runs and marked runs, one per mention.
//!
//! Segments always tile the whole text, so what a reader sees is the dataset text exactly,
//! whatever the mentions: nothing lost, nothing doubled. The page's runs stand for mentions; the
//! editor's, which mark notes still being written, for the notes themselves.

use std::ops::Range;

use super::MentionId;

/// A run of block text: plain, or covered by one mention (`M`: what a marked run stands for).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<M = MentionId> {
    /// Text with no note.
    Plain(Range<usize>),
    /// Text that opens a card.
    Marked {
        /// Byte range in the block text.
        range: Range<usize>,
        /// The mention this run stands for.
        mention: M,
    },
}

impl<M> Segment<M> {
    /// The byte range this segment covers in its block.
    pub fn range(&self) -> Range<usize> {
        match self {
            Self::Plain(range) | Self::Marked { range, .. } => range.clone(),
        }
    }
}

/// Cuts `len` bytes of text into segments around `marks`, which must be sorted and disjoint
/// (the dataset validation guarantees both). Out-of-order or overlapping marks are skipped rather
/// than allowed to lose or double text.
pub fn segment<M: Copy>(len: usize, marks: &[(Range<usize>, M)]) -> Vec<Segment<M>> {
    let mut segments = Vec::with_capacity(marks.len() * 2 + 1);
    let mut at = 0;
    for (range, mention) in marks {
        if range.start < at || range.end > len || range.is_empty() {
            continue;
        }
        if range.start > at {
            segments.push(Segment::Plain(at..range.start));
        }
        segments.push(Segment::Marked { range: range.clone(), mention: *mention });
        at = range.end;
    }
    if at < len || segments.is_empty() {
        segments.push(Segment::Plain(at..len));
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::{Segment, segment};
    use crate::model::MentionId;

    fn rebuild<M>(text: &str, segments: &[Segment<M>]) -> String {
        segments.iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn segments_tile_the_text_with_diacritics() {
        let text = "President Aleksandar Vučić met Putin.";
        let vucic = text.find("Aleksandar Vučić").expect("in text");
        let putin = text.find("Putin").expect("in text");
        let marks =
            [(vucic..vucic + "Aleksandar Vučić".len(), MentionId(0)), (putin..putin + "Putin".len(), MentionId(1))];
        let segments = segment(text.len(), &marks);
        assert_eq!(rebuild(text, &segments), text);
        assert_eq!(segments.len(), 5);
        assert_eq!(&text[segments[1].range()], "Aleksandar Vučić");
    }

    #[test]
    fn marks_at_both_ends_leave_no_empty_plain_runs() {
        let text = "Serbia and Russia";
        let marks = [(0..6, MentionId(0)), (11..17, MentionId(1))];
        let segments = segment(text.len(), &marks);
        assert_eq!(segments.len(), 3);
        assert_eq!(rebuild(text, &segments), text);
    }

    #[test]
    fn overlapping_or_out_of_range_marks_never_lose_or_double_text() {
        let text = "abcdefghij";
        let marks = [(2..6, MentionId(0)), (4..8, MentionId(1)), (9..40, MentionId(2))];
        assert_eq!(rebuild(text, &segment(text.len(), &marks)), text);
    }

    #[test]
    fn empty_text_is_one_empty_plain_segment() {
        assert_eq!(segment::<MentionId>(0, &[]), vec![Segment::Plain(0..0)]);
    }

    #[test]
    fn a_run_stands_for_whatever_marks_it() {
        let marks = [(3..5, 7_usize)];
        assert_eq!(
            segment(6, &marks),
            vec![Segment::Plain(0..3), Segment::Marked { range: 3..5, mention: 7 }, Segment::Plain(5..6)]
        );
    }
}
