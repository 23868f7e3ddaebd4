//! Near-misses: where an anchor that matches nothing *almost* matches, and why it does not.
//!
//! Both the quote and the text are folded (lower case, no diacritics, no soft hyphens, one kind
//! of space, straight quote marks, one hyphen for every dash and for `--`); a match of the folded quote in the folded text is a
//! near-miss, reported with the differences that were folded away.

use std::ops::Range;

use super::unicode::{base_letters, lowercase};

/// A place where an anchor's quote nearly matches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NearMiss {
    /// The block's id.
    pub block: String,
    /// The text there, as the block has it.
    pub found: String,
    /// How it differs from the quote.
    pub differences: Vec<Difference>,
}

/// What a near-miss differs in from the anchor: each a difference the search forgave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Difference {
    Case,
    Diacritics,
    Spaces,
    QuoteMarks,
    SoftHyphens,
    Dashes,
}

impl Difference {
    /// Every difference, in the order a message names them.
    pub const ALL: [Difference; 6] =
        [Self::Case, Self::Diacritics, Self::Spaces, Self::QuoteMarks, Self::SoftHyphens, Self::Dashes];
}

/// The folds, each named for the difference it forgives.
#[derive(Clone, Copy)]
struct Folds {
    case: bool,
    diacritics: bool,
    spaces: bool,
    quotes: bool,
    soft_hyphens: bool,
    /// Hyphens and dashes of every length, and `--` typed for one, as one hyphen.
    dashes: bool,
}

const ALL: Folds = Folds { case: true, diacritics: true, spaces: true, quotes: true, soft_hyphens: true, dashes: true };

/// Text folded for comparison, with the byte range in the original of each folded char.
struct Folded {
    text: String,
    origin: Vec<Range<usize>>,
}

fn fold(text: &str, folds: Folds) -> Folded {
    let mut folded = Folded { text: String::new(), origin: Vec::new() };
    let mut push = |c: char, range: Range<usize>| {
        folded.text.push(c);
        folded.origin.extend(std::iter::repeat_n(range, c.len_utf8()));
    };
    let mut last = '\0';
    for (start, c) in text.char_indices() {
        let range = start..start + c.len_utf8();
        let mut decomposed: Vec<char> = if folds.diacritics { base_letters(c) } else { vec![c] };
        if folds.soft_hyphens {
            decomposed.retain(|&d| d != '\u{AD}');
        }
        for d in decomposed {
            let d = match d {
                '‘' | '’' | '‛' | '′' | '`' if folds.quotes => '\'',
                '“' | '”' | '„' | '″' if folds.quotes => '"',
                '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' if folds.dashes => '-',
                d if folds.spaces && d.is_whitespace() => ' ',
                d => d,
            };
            if (folds.spaces && d == ' ' && last == ' ') || (folds.dashes && d == '-' && last == '-') {
                continue;
            }
            last = d;
            if folds.case {
                lowercase(d).into_iter().for_each(|l| push(l, range.clone()));
            } else {
                push(d, range.clone());
            }
        }
    }
    folded
}

/// The first near-miss of `exact` in `blocks` (id, text), if any.
pub fn near_miss<'a>(blocks: impl IntoIterator<Item = (&'a str, &'a str)>, exact: &str) -> Option<NearMiss> {
    let quote = fold(exact, ALL).text;
    if quote.trim().is_empty() {
        return None;
    }
    blocks.into_iter().find_map(|(id, text)| {
        let folded = fold(text, ALL);
        let at = folded.text.find(&quote)?;
        let start = folded.origin[at].start;
        let end = folded.origin[at + quote.len() - 1].end;
        let found = &text[start..end];
        Some(NearMiss { block: id.to_owned(), found: found.to_owned(), differences: differences(found, exact) })
    })
}

/// The folds without which `found` and `exact` would not match.
fn differences(found: &str, exact: &str) -> Vec<Difference> {
    let without: [(Difference, Folds); 6] = [
        (Difference::Case, Folds { case: false, ..ALL }),
        (Difference::Diacritics, Folds { diacritics: false, ..ALL }),
        (Difference::Spaces, Folds { spaces: false, ..ALL }),
        (Difference::QuoteMarks, Folds { quotes: false, ..ALL }),
        (Difference::SoftHyphens, Folds { soft_hyphens: false, ..ALL }),
        (Difference::Dashes, Folds { dashes: false, ..ALL }),
    ];
    without
        .into_iter()
        .filter(|(_, folds)| fold(found, *folds).text != fold(exact, *folds).text)
        .map(|(name, _)| name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::Difference::{Case, Dashes, Diacritics, QuoteMarks, SoftHyphens, Spaces};
    use super::{Difference, near_miss};

    fn miss(text: &str, exact: &str) -> Option<(String, Vec<Difference>)> {
        near_miss([("p1", text)], exact).map(|m| (m.found, m.differences))
    }

    #[test]
    fn finds_a_quote_that_differs_only_in_diacritics() {
        assert_eq!(miss("President Vučić said", "Vucic"), Some(("Vučić".into(), vec![Diacritics])));
    }

    #[test]
    fn finds_case_spacing_quote_and_soft_hyphen_differences() {
        assert_eq!(
            miss("the Kremlin’s spies", "the kremlin's"),
            Some(("the Kremlin’s".into(), vec![Case, QuoteMarks]))
        );
        assert_eq!(miss("Bosnia\u{A0}and  Herzegovina", "Bosnia and Herzegovina").map(|m| m.1), Some(vec![Spaces]));
        assert_eq!(miss("Zeiten\u{AD}wende", "Zeitenwende").map(|m| m.1), Some(vec![SoftHyphens]));
    }

    #[test]
    fn finds_a_quote_typed_with_another_dash() {
        for typed in ["1990-1995", "1990--1995", "1990—1995", "1990‐1995"] {
            assert_eq!(miss("in 1990–1995 and after", typed), Some(("1990–1995".into(), vec![Dashes])), "{typed}");
        }
        assert_eq!(miss("a pro-Russian party", "pro–Russian").map(|m| m.1), Some(vec![Dashes]));
        assert_eq!(miss("Serbia — and Russia", "Serbia - and Russia").map(|m| m.1), Some(vec![Dashes]));
    }

    #[test]
    fn reports_nothing_when_nothing_is_close() {
        assert_eq!(miss("Serbia and Russia", "Belgrade"), None);
        assert_eq!(miss("Serbia", "   "), None);
    }

    #[test]
    fn maps_back_to_the_original_text_across_multibyte_chars() {
        let (found, _) = miss("Ο Βούτσιτς και ο Πούτιν", "πουτιν").expect("a near miss in Greek");
        assert_eq!(found, "Πούτιν");
    }
}
