//! The embedded dataset: it parses, every note anchors as intended, and the article text survives
//! intact from headline to disclaimer. One file, longer than most, because each test reads the
//! same dataset and the sentences of the article it must hold.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use reading_companion::data;
use reading_companion::model::{BlockKind, Dataset, DatasetError, NoteBody, NoteKind, Problem, ProblemKind, Segment};

/// The seed article as published, kept beside the tests so they run anywhere.
const SEED: &str = include_str!("fixtures/bound-to-russia.txt");

fn dataset() -> &'static Dataset {
    match data::embedded() {
        Ok(dataset) => dataset,
        Err(error) => panic!("{error}"),
    }
}

/// Mention texts of one note, in reading order.
fn mentions_of(id: &str) -> Vec<&'static str> {
    let ds = dataset();
    let note = ds.notes.iter().find(|n| n.id == id).unwrap_or_else(|| panic!("no note {id}"));
    note.mentions.iter().map(|&m| ds.mention_text(m)).collect()
}

#[test]
fn embedded_dataset_is_valid() {
    dataset();
}

#[test]
fn every_seed_sentence_from_headline_to_disclaimer_is_in_a_block() {
    let blocks: Vec<&str> = dataset().article.blocks.iter().map(|b| b.text.as_str()).collect();
    let end = SEED.find("\n\nAuthor").expect("seed has an author line");
    let mut sentences = 0;
    for line in SEED[..end].lines().filter(|l| l.chars().any(char::is_alphabetic)) {
        for sentence in line.split_inclusive(". ").map(str::trim) {
            sentences += 1;
            assert!(blocks.iter().any(|b| b.contains(sentence)), "missing from the blocks: {sentence:?}");
        }
    }
    assert!(sentences > 50, "only {sentences} sentences checked");
}

#[test]
fn blocks_follow_the_seed_order_and_leave_out_the_newsletter_boilerplate() {
    let ds = dataset();
    let mut from = 0;
    for block in &ds.article.blocks {
        let at = SEED[from..].find(&block.text).unwrap_or_else(|| panic!("block {} out of order", block.id));
        from += at + block.text.len();
    }
    let kinds: Vec<BlockKind> = ds.article.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(kinds.first(), Some(&BlockKind::Headline));
    assert_eq!(kinds.last(), Some(&BlockKind::Disclaimer));
    assert!(kinds.contains(&BlockKind::Pullquote) && kinds.contains(&BlockKind::Caption));
    assert!(ds.article.blocks.iter().all(|b| !b.text.contains("newsletter") && !b.text.contains("privacy")));
}

#[test]
fn segments_reproduce_every_block_exactly() {
    for block in &dataset().article.blocks {
        let rebuilt: String = block.segments.iter().map(|s| &block.text[s.range()]).collect();
        assert_eq!(rebuilt, block.text, "block {}", block.id);
    }
}

#[test]
fn the_headline_has_no_marks() {
    let ds = dataset();
    let headline = ds.article.blocks.iter().position(|b| b.kind == BlockKind::Headline).expect("a headline");
    assert!(ds.article.blocks[headline].text.contains("Russia"), "the headline names a note");
    assert!(ds.mentions.iter().all(|m| m.block != headline));
    assert!(ds.article.blocks[headline].segments.iter().all(|s| matches!(s, Segment::Plain(_))));
}

#[test]
fn every_actor_occurrence_is_a_mention() {
    let counts = |word: &str| {
        SEED.split("\n\nAuthor").next().map_or(0, |text| {
            reading_companion::model::occurrences(
                text,
                reading_companion::model::Quote { exact: word, prefix: "", suffix: "" },
            )
            .len()
        })
    };
    // The seed repeats the caption's first sentence as a credit line, which is not a block, and
    // the headline is not marked.
    assert_eq!(mentions_of("serbia").len(), counts("Serbia") - 2 + 3, "Serbia plus three government 'Belgrade's");
    assert_eq!(mentions_of("russia").len(), counts("Russia") - 2 + counts("Moscow") + counts("Kremlin"));
    assert_eq!(mentions_of("vucic").len(), counts("Vucic"));
    assert_eq!(mentions_of("putin").len(), counts("Putin"));
    assert_eq!(mentions_of("kosovo").len(), counts("Kosovo"));
    assert_eq!(mentions_of("nato").len(), counts("NATO"));
    assert_eq!(mentions_of("ukraine").len(), counts("Ukraine"));
    assert_eq!(mentions_of("montenegro").len(), counts("Montenegro"));
    assert_eq!(mentions_of("democratic-front").len(), counts("Democratic Front") + 1, "plus 'the party'");
}

#[test]
fn variants_are_mentions_of_their_actor() {
    assert_eq!(mentions_of("vucic").first(), Some(&"Aleksandar Vucic"));
    assert!(mentions_of("vucic")[1..].iter().all(|m| *m == "Vucic"));
    assert_eq!(mentions_of("putin"), ["Vladimir Putin", "Putin"]);
    assert_eq!(mentions_of("eu").iter().filter(|m| ["the bloc", "the union"].contains(m)).count(), 2);
    assert!(mentions_of("eu").contains(&"European Union"));
    let russia = mentions_of("russia");
    for variant in ["Moscow", "the Kremlin", "Kremlin"] {
        assert!(russia.contains(&variant), "{variant} is a mention of Russia");
    }
    assert_eq!(mentions_of("un"), ["UN", "the United Nations"]);
    assert_eq!(mentions_of("ecfr").len(), 3);
}

#[test]
fn belgrade_is_marked_only_where_it_means_the_government() {
    let ds = dataset();
    let serbia = ds.notes.iter().find(|n| n.id == "serbia").expect("serbia");
    let blocks: Vec<&str> = serbia
        .mentions
        .iter()
        .filter(|&&m| ds.mention_text(m) == "Belgrade")
        .map(|&m| ds.article.blocks[ds.mentions[m.0].block].id.as_str())
        .collect();
    assert_eq!(blocks, ["standfirst", "p1", "p6"]);
    let caption = ds.article.blocks.iter().find(|b| b.kind == BlockKind::Caption).expect("caption");
    let city = caption.text.find("Belgrade").expect("caption names the city");
    assert!(caption.segments.iter().any(|s| matches!(s, Segment::Plain(r) if r.contains(&city))));
}

#[test]
fn required_notes_exist_with_their_kinds() {
    let ds = dataset();
    let kind_of: HashMap<&str, NoteKind> = ds.notes.iter().map(|n| (n.id.as_str(), n.kind())).collect();
    let actors = [
        "serbia",
        "russia",
        "ukraine",
        "eu",
        "nato",
        "un",
        "united-states",
        "vucic",
        "putin",
        "nsc",
        "belarus",
        "kosovo",
        "montenegro",
        "bosnia",
        "democratic-front",
        "sps",
        "ecfr",
    ];
    let polls = ["poll-russia-ally", "poll-russia-ally-or-partner", "poll-eu-ally"];
    let contexts = [
        "invasion",
        "nsc-session",
        "eu-sanctions",
        "unga-es-11-1",
        "crimea",
        "nato-1999",
        "saa",
        "pfp",
        "nis-centre",
        "mod-office",
        "plates",
        "coup-2016",
        "montenegro-nato",
        "zeitenwende",
        "gas",
        "arms",
        "rallies",
        "eu-assistance",
    ];
    for (ids, kind) in
        [(&actors[..], NoteKind::Actor), (&polls[..], NoteKind::Poll), (&contexts[..], NoteKind::Context)]
    {
        for id in ids {
            assert_eq!(kind_of.get(id), Some(&kind), "note {id}");
        }
    }
}

#[test]
fn poll_figures_are_one_poll_and_mark_their_percentages() {
    let ds = dataset();
    let figures: Vec<(f64, &str)> =
        ds.poll_figures(0).map(|(note, f)| (f.value, ds.mention_text(note.mentions[0]))).collect();
    assert_eq!(figures, [(54.0, "54 per cent"), (95.0, "95 per cent"), (11.0, "11 per cent")]);
    assert_eq!(ds.polls[0].when, "Summer 2021");
    assert!(ds.polls[0].unverified.is_some(), "unverified poll details are said to be unverified");
}

#[test]
fn every_note_has_an_https_source_and_a_mention() {
    for note in &dataset().notes {
        assert!(!note.sources.is_empty(), "{} has no source", note.id);
        assert!(note.sources.iter().all(|s| s.url.as_str().starts_with("https://")), "{}", note.id);
        assert!(!note.mentions.is_empty(), "{} is never mentioned", note.id);
    }
}

#[test]
fn wording_flags_have_a_record_note() {
    let ds = dataset();
    for id in ["nis-centre", "mod-office", "ambassador-visit", "jets", "eu-sanctions", "saa"] {
        let note = ds.notes.iter().find(|n| n.id == id).expect(id);
        assert!(matches!(&note.body, NoteBody::Context(c) if c.record.is_some()), "{id} says what the record shows");
    }
}

#[test]
fn no_note_names_the_unverified_author() {
    assert!(!data::EMBEDDED_JSON.contains("Morina"));
    assert_eq!(dataset().article.author.name, None);
}

fn problems(json: &str) -> Vec<Problem> {
    match Dataset::from_json(json) {
        Err(DatasetError::Invalid(problems)) => problems,
        other => panic!("expected problems, got {other:?}"),
    }
}

fn small(notes: &str) -> String {
    format!(
        r#"{{"format":2,"article":{{"publisher":"P","url":"https://example.org/","published":"2022",
        "blocks":[{{"id":"h","kind":"headline","text":"Serbia and Russia"}},
                  {{"id":"p","kind":"paragraph","text":"Serbia met Russia. Serbia left."}}]}},
        "notes":[{notes}]}}"#
    )
}

const SOURCE: &str = r#"[{"url":"https://example.org/s","label":"S"}]"#;

fn context(id: &str, anchors: &str) -> String {
    format!(
        r#"{{"kind":"context","id":"{id}","title":"T","dates":"D","summary":"S","anchors":{anchors},"sources":{SOURCE}}}"#
    )
}

#[test]
fn an_anchor_that_matches_nothing_is_rejected_with_its_path() {
    let found = problems(&small(&context("x", r#"[{"exact":"Belgrade"}]"#)));
    assert_eq!(
        found,
        [
            Problem {
                path: "notes[0].anchors[0]".into(),
                kind: ProblemKind::AnchorNotFound { exact: "Belgrade".into(), near: None }
            },
            Problem { path: "notes[0].anchors".into(), kind: ProblemKind::NeverMarked },
        ]
    );
}

#[test]
fn an_ambiguous_anchor_lists_every_place_and_a_suffix_resolves_it() {
    let found = problems(&small(&context("x", r#"[{"exact":"Serbia"}]"#)));
    let [
        Problem { path, kind: ProblemKind::AnchorAmbiguous { places, .. } },
        Problem { kind: ProblemKind::NeverMarked, .. },
    ] = found.as_slice()
    else {
        panic!("expected one ambiguity, got {found:?}");
    };
    assert_eq!(path, "notes[0].anchors[0]");
    assert_eq!(
        places,
        &[
            r#"block "h": "[Serbia] and Russia""#.to_owned(),
            r#"block "p": "[Serbia] met Russia. Serbia left.""#.to_owned(),
            r#"block "p": "Serbia met Russia. [Serbia] left.""#.to_owned(),
        ]
    );
    let ok = Dataset::from_json(&small(&context("x", r#"[{"exact":"Serbia","suffix":" left"}]"#))).expect("valid");
    assert_eq!(ok.mentions.len(), 1);
    assert_eq!(ok.mentions[0].block, 1);
}

#[test]
fn overlapping_mentions_of_two_notes_are_rejected() {
    let notes =
        format!("{},{}", context("a", r#"[{"exact":"Serbia met"}]"#), context("b", r#"[{"exact":"met Russia"}]"#));
    let found = problems(&small(&notes));
    assert_eq!(
        found,
        [
            Problem {
                path: "notes[1].anchors[0]".into(),
                kind: ProblemKind::Overlap { other: "a".into(), block: "p".into(), text: "met".into() }
            },
            Problem { path: "notes[1].anchors".into(), kind: ProblemKind::NeverMarked },
        ]
    );
}

#[test]
fn unsafe_urls_duplicate_ids_and_missing_sources_are_all_reported_and_left_out() {
    let notes = format!(
        r#"{},{},{{"kind":"context","id":"c","title":"T","dates":"D","summary":"S","anchors":[{{"exact":"left"}}],"sources":[{{"url":"javascript:alert(1)","label":"x"}}]}},{{"kind":"context","id":"d","title":"T","dates":"D","summary":"S","anchors":[{{"exact":"and"}}],"sources":[]}}"#,
        context("a", r#"[{"exact":"met"}]"#),
        context("a", r#"[{"exact":"Russia","every":true}]"#)
    );
    let found: Vec<String> = problems(&small(&notes)).iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            r#"notes[1].id: id "a" is used more than once"#,
            r#"notes[2].sources[0].url: "javascript:alert(1)" is not an https URL: it is a javascript: address; it is left out"#,
            "notes[2].sources: none of the note's sources can be linked, so the note is left out",
            "notes[3].sources: the note has no source, so it is left out",
        ]
    );
    // A note without a source to check it by is not shown at all.
    let checked = Dataset::check(&small(&notes)).expect("the article is shown");
    let ids: Vec<&str> = checked.dataset.notes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["a"]);
}

#[test]
fn a_lenient_check_keeps_what_passed_and_leaves_out_a_note_no_reader_can_reach() {
    let notes = [
        context("good", r#"[{"exact":"met"}]"#),
        context("orphan", r#"[{"exact":"Belgrade"}]"#),
        context("in-the-title-only", r#"[{"exact":"and"}]"#),
        context("second", r#"[{"exact":"left"}]"#),
    ]
    .join(",");
    let checked = Dataset::check(&small(&notes)).expect("the article can be shown");
    let found: Vec<String> = checked.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            r#"notes[1].anchors[0]: anchor "Belgrade" matches nothing"#,
            "notes[1].anchors: none of the note's anchors marks the article's text, so the note is left out",
            "notes[2].anchors: none of the note's anchors marks the article's text, so the note is left out",
        ]
    );
    let ids: Vec<&str> = checked.dataset.notes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["good", "second"], "only notes a reader can open are kept");
    let marked: Vec<&str> =
        checked.dataset.mentions.iter().map(|m| checked.dataset.notes[m.note.0].id.as_str()).collect();
    assert_eq!(marked, ["good", "second"], "each mark opens its own note");
}

#[test]
fn shape_errors_name_the_json_path_line_and_column() {
    let cases = [
        (
            small(&context("x", r#"[{"exact":"met","colour":"red"}]"#)),
            "notes[0].anchors[0].colour",
            "unknown field `colour`",
        ),
        (
            small(&context("x", r#"[{"exact":"met"}]"#).replace(r#""sources""#, r#""source""#)),
            "notes[0].source",
            "unknown field `source`",
        ),
        (small("").replace(r#""published""#, r#""date""#), "article.date", "unknown field `date`"),
        (
            small("").replace(r#""id":"p","kind":"paragraph""#, r#""id":"p","kind":"chapter""#),
            "article.blocks[1].kind",
            "unknown variant `chapter`",
        ),
        (small(r#"{"kind":"rumour","id":"x"}"#), "notes[0].kind", "unknown variant `rumour`"),
        (small(&context("x", r#"[{"exact":42}]"#)), "notes[0].anchors[0].exact", "invalid type: integer `42`"),
        (
            small(&context("x", r#"[{"exact":"met"}]"#).replace(r#""dates""#, r#""role""#)),
            "notes[0].role",
            "unknown field `role`",
        ),
        (
            small(&context("x", r#"[{"exact":"met"}]"#).replace(r#""summary":"#, r#""summary":null,"s":"#)),
            "notes[0].summary",
            "invalid type: null, expected a string",
        ),
        (small("").replace(r#""notes":[]"#, r#""notes":null"#), "notes", "invalid type: null"),
        ("{\"format\":2,\"article\":".to_owned(), "article", "EOF while parsing"),
    ];
    for (json, path, message) in cases {
        match Dataset::from_json(&json) {
            Err(DatasetError::Json { path: p, line, column, message: m }) => {
                assert_eq!(p, path, "{m}");
                assert!(m.starts_with(message), "{path}: {m}");
                assert!(line >= 1 && column >= 1);
            }
            other => panic!("expected a JSON error, got {other:?}"),
        }
    }
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let json = format!("\u{feff}{}", small(&context("x", r#"[{"exact":"met"}]"#)));
    assert!(Dataset::from_json(&json).is_ok());
}

#[test]
fn a_long_article_is_checked_in_steps_with_the_same_result() {
    // A hundred paragraphs of a thousand bytes, and a hundred notes anchored in the last one:
    // every anchor searches the whole article.
    let paragraph = "Serbia met Russia and the talks went on. ".repeat(25);
    let blocks: Vec<String> = std::iter::once(r#"{"id":"h","kind":"headline","text":"A long article"}"#.to_owned())
        .chain((0..100).map(|p| format!(r#"{{"id":"p{p}","kind":"paragraph","text":"{paragraph}Name{p:03}."}}"#)))
        .collect();
    let notes: Vec<String> =
        (0..100).map(|n| context(&format!("n{n}"), &format!(r#"[{{"exact":"Name{n:03}"}}]"#))).collect();
    let json = format!(
        r#"{{"format":2,"article":{{"publisher":"P","published":"2022","blocks":[{}]}},"notes":[{}]}}"#,
        blocks.join(","),
        notes.join(",")
    );
    let pauses = std::cell::Cell::new(0);
    let in_steps = futures::executor::block_on(Dataset::read(&json).expect("read").check_in_steps(|| {
        pauses.set(pauses.get() + 1);
        std::future::ready(())
    }))
    .expect("valid");
    assert!(pauses.get() >= 2, "{} pauses for 10 MB of searching", pauses.get());
    let at_once = Dataset::read(&json).expect("read").check().expect("valid");
    assert_eq!(format!("{:?}", in_steps.dataset), format!("{:?}", at_once.dataset));
    assert_eq!(at_once.dataset.mentions.len(), 100);
}
