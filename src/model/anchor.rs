//! Quote anchoring: where a note's anchor occurs in a block of text.
//!
//! An anchor is an exact quote with an optional prefix and suffix, as in the W3C Web Annotation
//! `TextQuoteSelector`. A quote matches at word boundaries only, so "EU" never matches inside
//! "EURO" and "Serbia" never inside "Serbian"; the prefix must stand immediately before the quote
//! and the suffix immediately after it, inside the same block.

use std::ops::Range;

use super::unicode::is_alphanumeric;

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
    let edges = Edges::of(quote.exact);
    text.match_indices(quote.exact)
        .map(|(start, exact)| start..start + exact.len())
        .filter(|range| {
            let before = &text[..range.start];
            let after = &text[range.end..];
            before.ends_with(quote.prefix) && after.starts_with(quote.suffix) && edges.at_word_boundary(before, after)
        })
        .collect()
}

/// A whole article's blocks joined for searching: one search per quote over the article costs
/// far less than one per block when the article is long.
pub struct Blocks<'a> {
    texts: &'a [(&'a str, &'a str)],
    joined: String,
    starts: Vec<usize>,
}

/// What stands between blocks in [`Blocks`]: a character a quote is checked not to contain.
const BETWEEN: char = '\u{0}';

impl<'a> Blocks<'a> {
    /// The blocks, as (id, text) pairs in reading order.
    pub fn new(texts: &'a [(&'a str, &'a str)]) -> Self {
        let mut joined = String::with_capacity(texts.iter().map(|(_, t)| t.len() + 1).sum());
        let mut starts = Vec::with_capacity(texts.len());
        for (_, text) in texts {
            starts.push(joined.len());
            joined.push_str(text);
            joined.push(BETWEEN);
        }
        Self { texts, joined, starts }
    }

    /// Every occurrence of `quote` in any block, as (block index, byte range in that block), in
    /// reading order: what [`occurrences`] finds in each block, in turn.
    pub fn occurrences(&self, quote: Quote<'_>) -> Vec<(usize, Range<usize>)> {
        if quote.exact.contains(BETWEEN) {
            return (self.texts.iter().enumerate())
                .flat_map(|(block, (_, text))| occurrences(text, quote).into_iter().map(move |r| (block, r)))
                .collect();
        }
        if quote.exact.is_empty() {
            return Vec::new();
        }
        let edges = Edges::of(quote.exact);
        self.joined
            .match_indices(quote.exact)
            .filter_map(|(at, exact)| {
                let block = self.starts.partition_point(|&start| start <= at) - 1;
                let text = self.texts[block].1;
                let range = at - self.starts[block]..at - self.starts[block] + exact.len();
                let (before, after) = (&text[..range.start], &text[range.end..]);
                (before.ends_with(quote.prefix)
                    && after.starts_with(quote.suffix)
                    && edges.at_word_boundary(before, after))
                .then_some((block, range))
            })
            .collect()
    }
}

/// Whether a quote begins and ends with a letter or digit: what decides, for each place it is
/// found, whether the text around it must not be one. Worked out once per quote, since a quote
/// such as a name may be found thousands of times in a long article (and in the browser a
/// letter outside ASCII is classed by the JavaScript engine).
struct Edges {
    starts_in_word: bool,
    ends_in_word: bool,
}

impl Edges {
    fn of(exact: &str) -> Self {
        let in_word = |c: Option<char>| c.is_some_and(is_alphanumeric);
        Self { starts_in_word: in_word(exact.chars().next()), ends_in_word: in_word(exact.chars().next_back()) }
    }

    /// True when the quote, found between `before` and `after`, does not begin or end in the
    /// middle of a word.
    fn at_word_boundary(&self, before: &str, after: &str) -> bool {
        let in_word = |c: Option<char>| c.is_some_and(is_alphanumeric);
        let joins_before = self.starts_in_word && in_word(before.chars().next_back());
        let joins_after = self.ends_in_word && in_word(after.chars().next());
        !joins_before && !joins_after
    }
}

#[cfg(test)]
mod tests {
    use super::{Blocks, Quote, occurrences};

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
    fn the_whole_article_search_finds_what_each_block_search_finds() {
        let texts = [("a", "Serbia and Serbia"), ("b", ""), ("c", "Serbia\u{0}Serbia"), ("d", "NATO Serbia")];
        let blocks = Blocks::new(&texts);
        for q in [quote("Serbia"), quote("Serbia\u{0}Serbia"), Quote { exact: "Serbia", prefix: "NATO ", suffix: "" }] {
            let each: Vec<(usize, _)> = (texts.iter().enumerate())
                .flat_map(|(block, (_, text))| occurrences(text, q).into_iter().map(move |r| (block, r)))
                .collect();
            assert_eq!(blocks.occurrences(q), each, "{q:?}");
        }
        assert_eq!(blocks.occurrences(quote("Serbia")).len(), 5);
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
