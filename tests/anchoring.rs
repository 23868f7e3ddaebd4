//! Anchoring on hard text: Unicode normalisation, other scripts, emoji, invisible characters,
//! and properties that must hold for any text.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use reading_companion::model::position::{code_points, utf16_units};
use reading_companion::model::{
    Dataset, DatasetError, Difference, MentionId, ProblemKind, Quote, Segment, occurrences, segment,
};

/// A one-paragraph dataset with one context note anchored by `anchor` (a JSON object).
fn dataset(text: &str, anchor: &str) -> String {
    let text = serde_json::to_string(text).expect("a string");
    format!(
        r#"{{"format":2,"article":{{"publisher":"P","url":"https://example.org/","published":"2022",
        "blocks":[{{"id":"h","kind":"headline","text":"Headline"}},{{"id":"p","kind":"paragraph","text":{text}}}]}},
        "notes":[{{"kind":"context","id":"n","title":"T","dates":"D","summary":"S","anchors":[{anchor}],
        "sources":[{{"url":"https://example.org/s","label":"S"}}]}}]}}"#
    )
}

fn marked(text: &str, anchor: &str) -> Result<Vec<String>, DatasetError> {
    let ds = Dataset::from_json(&dataset(text, anchor))?;
    Ok(ds.mentions.iter().enumerate().map(|(i, _)| ds.mention_text(MentionId(i)).to_owned()).collect())
}

const NFC: &str = "Vu\u{10D}i\u{107}";
const NFD: &str = "Vuc\u{30C}ic\u{301}";

#[test]
fn a_quote_in_nfd_anchors_in_nfc_text_and_the_other_way_round() {
    assert_ne!(NFC, NFD);
    let nfd_quote = format!(r#"{{"exact":"{NFD}"}}"#);
    assert_eq!(marked(&format!("President {NFC} spoke."), &nfd_quote).expect("anchors"), [NFC]);
    let nfc_quote = format!(r#"{{"exact":"{NFC}"}}"#);
    assert_eq!(marked(&format!("President {NFD} spoke."), &nfc_quote).expect("anchors"), [NFC], "shown in NFC");
}

#[test]
fn cyrillic_quotes_anchor_at_word_boundaries() {
    let text = "Вучић и Путин; Вучићев кабинет";
    assert_eq!(marked(text, r#"{"exact":"Вучић","every":true}"#).expect("anchors"), ["Вучић"]);
}

#[test]
fn emoji_with_zero_width_joiners_keep_positions_right_in_every_unit() {
    let text = "👨‍👩‍👧 Vučić 🇷🇸 Putin";
    let ds = Dataset::from_json(&dataset(text, r#"{"exact":"Putin"}"#)).expect("anchors");
    let block = &ds.article.blocks[1];
    let range = ds.mentions[0].range.clone();
    assert_eq!(&block.text[range.clone()], "Putin");
    assert_eq!(code_points(&block.text, range.clone()), 15..20);
    assert_eq!(utf16_units(&block.text, range), 20..25);
    let whole = ds.plain_text();
    let cp = ds.code_point_range(MentionId(0));
    assert_eq!(whole.chars().skip(cp.start).take(cp.len()).collect::<String>(), "Putin");
}

#[test]
fn a_quote_typed_with_a_plain_space_is_a_near_miss_for_a_non_breaking_space() {
    let Err(DatasetError::Invalid(problems)) =
        Dataset::from_json(&dataset("Bosnia and\u{A0}Herzegovina", r#"{"exact":"and Herzegovina"}"#))
    else {
        panic!("a plain space must not match a non-breaking one");
    };
    let ProblemKind::AnchorNotFound { near: Some(near), .. } = &problems[0].kind else { panic!("{problems:?}") };
    assert_eq!(near.found, "and\u{A0}Herzegovina");
    assert_eq!(near.differences, [Difference::Spaces]);
}

#[test]
fn a_soft_hyphen_in_the_text_is_reported_as_the_difference() {
    let Err(DatasetError::Invalid(problems)) =
        Dataset::from_json(&dataset("his Zeiten\u{AD}wende", r#"{"exact":"Zeitenwende"}"#))
    else {
        panic!("a soft hyphen is a character of the text");
    };
    assert_eq!(
        problems[0].to_string(),
        "notes[0].anchors[0]: anchor \"Zeitenwende\" matches nothing; nearest: \"Zeiten\\u{ad}wende\" in block \"p\" (differs in soft hyphens)",
        "invisible characters are shown escaped"
    );
}

#[test]
fn segments_keep_non_breaking_spaces_and_soft_hyphens() {
    let text = "Bosnia\u{A0}and Herzegovina’s Zeiten\u{AD}wende";
    let ds = Dataset::from_json(&dataset(text, r#"{"exact":"Bosnia\u00a0and Herzegovina"}"#)).expect("anchors");
    let block = &ds.article.blocks[1];
    let rebuilt: String = block.segments.iter().map(|s| &block.text[s.range()]).collect();
    assert_eq!(rebuilt, text);
    assert!(matches!(block.segments[0], Segment::Marked { .. }));
}

/// A word of lower-case letters that can never contain an upper-case quote.
fn word() -> impl Strategy<Value = String> {
    "[a-zčćšž]{1,7}"
}

proptest! {
    #[test]
    fn segmentation_reproduces_any_text_exactly(
        text in "\\PC{0,80}",
        cuts in proptest::collection::vec((0usize..100, 0usize..100), 0..8),
    ) {
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
        let mut marks: Vec<(std::ops::Range<usize>, MentionId)> = Vec::new();
        let mut at = 0;
        let mut points: Vec<(usize, usize)> = cuts.iter().map(|&(a, b)| (bounds[a % bounds.len()], bounds[b % bounds.len()])).collect();
        points.sort();
        for (i, (a, b)) in points.into_iter().enumerate() {
            let (start, end) = (a.min(b), a.max(b));
            if start >= at && end > start {
                marks.push((start..end, MentionId(i)));
                at = end;
            }
        }
        let segments = segment(text.len(), &marks);
        let rebuilt: String = segments.iter().map(|s| &text[s.range()]).collect();
        prop_assert_eq!(rebuilt, text);
        let marked = segments.iter().filter(|s| matches!(s, Segment::Marked { .. })).count();
        prop_assert_eq!(marked, marks.len());
    }

    #[test]
    fn every_exact_occurrence_is_found_and_nothing_else(
        words in proptest::collection::vec(word(), 1..30),
        quote in "[A-ZČĆ]{2,5}",
        at in proptest::collection::vec(any::<proptest::sample::Index>(), 0..6),
        separators in proptest::collection::vec(prop_oneof![Just(" "), Just("\u{A0}"), Just(", "), Just("’s "), Just(" – ")], 31),
    ) {
        let mut words = words;
        let mut inserted: Vec<usize> = at.iter().map(|i| i.index(words.len() + 1)).collect();
        inserted.sort_unstable();
        inserted.dedup();
        for (shift, &i) in inserted.iter().enumerate() {
            words.insert(i + shift, quote.clone());
        }
        let mut text = String::new();
        let mut expected = Vec::new();
        for (i, w) in words.iter().enumerate() {
            if i > 0 {
                text.push_str(separators[i % separators.len()]);
            }
            if *w == quote {
                expected.push(text.len()..text.len() + quote.len());
            }
            text.push_str(w);
        }
        let found = occurrences(&text, Quote { exact: &quote, prefix: "", suffix: "" });
        prop_assert_eq!(found, expected);
    }

    #[test]
    fn no_input_makes_the_parser_panic(json in "\\PC{0,200}") {
        let _ = Dataset::check(&json);
    }

    #[test]
    fn no_corruption_of_the_real_dataset_makes_the_parser_panic(at in any::<proptest::sample::Index>(), cut in 0usize..40, insert in "\\PC{0,6}") {
        let json = reading_companion::data::EMBEDDED_JSON;
        let bounds: Vec<usize> = json.char_indices().map(|(i, _)| i).collect();
        let start = bounds[at.index(bounds.len())];
        let end = json[start..].char_indices().nth(cut).map_or(json.len(), |(i, _)| start + i);
        let corrupted = format!("{}{insert}{}", &json[..start], &json[end..]);
        let _ = Dataset::check(&corrupted);
    }
}
