//! Quote anchoring: where a note's anchor occurs in a block of text.
//!
//! An anchor is an exact quote with an optional prefix and suffix, as in the W3C Web Annotation
//! `TextQuoteSelector`. A quote matches at word boundaries only, so "EU" never matches inside
//! "EURO" and "Serbia" never inside "Serbian"; the prefix must stand immediately before the quote
//! and the suffix immediately after it, inside the same block.

use std::ops::Range;

/// What to look for: the quote, and the text that must surround it.
#[derive(Clone, Copy, Debug)]
pub struct Quote<'a> {
    /// The text to mark, exactly as the block has it.
    pub exact: &'a str,
    /// Text that must stand right before `exact` (empty: anything).
    pub prefix: &'a str,
    /// Text that must stand right after `exact` (empty: anything).
    pub suffix: &'a str,
}

/// Byte ranges of every occurrence of `quote` in `text`, in order, never overlapping.
pub fn occurrences(text: &str, quote: Quote<'_>) -> Vec<Range<usize>> {
    if quote.exact.is_empty() {
        return Vec::new();
    }
    text.match_indices(quote.exact)
        .map(|(start, exact)| start..start + exact.len())
        .filter(|range| {
            let before = &text[..range.start];
            let after = &text[range.end..];
            before.ends_with(quote.prefix)
                && after.starts_with(quote.suffix)
                && at_word_boundary(before, quote.exact, after)
        })
        .collect()
}

/// True when `exact` does not begin or end in the middle of a word.
fn at_word_boundary(before: &str, exact: &str, after: &str) -> bool {
    let joins = |a: Option<char>, b: Option<char>| matches!((a, b), (Some(a), Some(b)) if a.is_alphanumeric() && b.is_alphanumeric());
    !joins(before.chars().next_back(), exact.chars().next()) && !joins(exact.chars().next_back(), after.chars().next())
}

#[cfg(test)]
mod tests {
    use super::{Quote, occurrences};

    fn quote(exact: &str) -> Quote<'_> {
        Quote { exact, prefix: "", suffix: "" }
    }

    #[test]
    fn matches_whole_words_only() {
        let text = "Serbia’s Serbian Serbia-Kosovo Serbia";
        let found: Vec<&str> = occurrences(text, quote("Serbia")).into_iter().map(|r| &text[..r.end]).collect();
        assert_eq!(found, ["Serbia", "Serbia’s Serbian Serbia", "Serbia’s Serbian Serbia-Kosovo Serbia"]);
    }

    #[test]
    fn prefix_and_suffix_pick_one_occurrence() {
        let text = "between Belgrade and Moscow has long; Belgrade will turn";
        let q = Quote { exact: "Belgrade", prefix: "", suffix: " will" };
        assert_eq!(occurrences(text, q), vec![38..46]);
        let q = Quote { exact: "Belgrade", prefix: "between ", suffix: "" };
        assert_eq!(occurrences(text, q), vec![8..16]);
    }

    #[test]
    fn finds_quotes_with_diacritics_by_byte_range() {
        let text = "President Aleksandar Vučić and Vučić’s party";
        let found = occurrences(text, quote("Vučić"));
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|r| &text[r.clone()] == "Vučić"));
    }

    #[test]
    fn an_empty_quote_matches_nothing() {
        assert!(occurrences("anything", quote("")).is_empty());
    }

    #[test]
    fn quotes_that_start_or_end_with_punctuation_ignore_boundaries_there() {
        assert_eq!(occurrences("a (b) c", quote("(b)")), vec![2..5]);
    }
}
