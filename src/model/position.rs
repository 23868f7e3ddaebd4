//! Text positions in the three units that meet here: bytes (Rust strings), Unicode code points
//! (the W3C Web Annotation model) and UTF-16 code units (the DOM).

use std::ops::Range;

/// A byte range of `text` in code points.
pub fn code_points(text: &str, range: Range<usize>) -> Range<usize> {
    let start = text[..range.start].chars().count();
    start..start + text[range].chars().count()
}

/// A byte range of `text` in UTF-16 code units, as DOM `Range` offsets count.
pub fn utf16_units(text: &str, range: Range<usize>) -> Range<usize> {
    let start = text[..range.start].encode_utf16().count();
    start..start + text[range].encode_utf16().count()
}

/// A code-point range of `text` in bytes; `None` when it runs past the end.
pub fn bytes_of_code_points(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let mut offsets = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len()));
    let start = offsets.nth(range.start)?;
    let end = if range.is_empty() { start } else { offsets.nth(range.end - range.start - 1)? };
    Some(start..end)
}

#[cfg(test)]
mod tests {
    use super::{bytes_of_code_points, code_points, utf16_units};

    #[test]
    fn counts_diacritics_as_one_code_point_and_one_utf16_unit() {
        let text = "Vučić met Putin";
        let putin = text.find("Putin").expect("in text");
        assert_eq!(putin, 12, "č and ć take two bytes each");
        assert_eq!(code_points(text, putin..putin + 5), 10..15);
        assert_eq!(utf16_units(text, putin..putin + 5), 10..15);
    }

    #[test]
    fn counts_an_emoji_zwj_sequence_in_each_unit() {
        let text = "👨‍👩‍👧 Вучић";
        let at = text.find("Вучић").expect("in text");
        assert_eq!(at, 19, "three 4-byte emoji, two 3-byte joiners, a space");
        assert_eq!(code_points(text, at..text.len()), 6..11);
        assert_eq!(utf16_units(text, at..text.len()), 9..14, "each emoji is a surrogate pair");
    }

    #[test]
    fn converts_code_points_back_to_bytes() {
        let text = "a\u{A0}b\u{AD}c 👍";
        for (start, end) in [(0, 0), (0, 1), (1, 3), (2, 6), (6, 6)] {
            let bytes = bytes_of_code_points(text, start..end).expect("in range");
            assert_eq!(code_points(text, bytes), start..end);
        }
        assert_eq!(bytes_of_code_points(text, 3..9), None);
    }
}
