//! `companion-check`, run as a user runs it: its lines, its JSON, its exit status, and the W3C
//! export, which must re-anchor to the same positions.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

use reading_companion::model::position::bytes_of_code_points;
use reading_companion::model::{Dataset, MentionId};
use serde_json::Value;

fn run(args: &[&str]) -> (String, i32) {
    let Output { stdout, status, .. } =
        Command::new(env!("CARGO_BIN_EXE_companion-check")).args(args).output().expect("companion-check runs");
    (String::from_utf8(stdout).expect("UTF-8"), status.code().expect("an exit status"))
}

#[test]
fn the_shipped_datasets_are_clean() {
    for file in ["data/bound-to-russia.json", "data/examples/primer.json"] {
        let (out, status) = run(&[file]);
        assert_eq!(status, 0, "{out}");
        assert!(out.trim_end().ends_with("; clean"), "{out}");
    }
    let (out, _) = run(&["data/bound-to-russia.json"]);
    assert_eq!(
        out.trim(),
        "data/bound-to-russia.json: 42 notes (17 actors, 3 poll figures, 22 context notes), 160 mentions, 15 blocks, \
         1163 words; clean"
    );
}

#[test]
fn each_broken_fixture_is_reported_with_its_location() {
    let cases = [
        ("bad-json", "tests/fixtures/broken/bad-json.json:8:5: article: expected `,` or `}`"),
        ("missing-field", "tests/fixtures/broken/missing-field.json:46:5: notes[0]: missing field `summary`"),
        (
            "wrong-type",
            "tests/fixtures/broken/wrong-type.json:17:18: article.blocks[1].text: invalid type: integer `42`, expected a string",
        ),
        (
            "orphan-anchor",
            "tests/fixtures/broken/orphan-anchor.json:notes[1].anchors[0]: anchor \"President Vucic\" matches nothing; \
             nearest: \"President Vučić\" in block \"p2\" (differs in diacritics)",
        ),
        (
            "ambiguous-anchor",
            "tests/fixtures/broken/ambiguous-anchor.json:notes[0].anchors[0]: anchor \"Serbia\" matches 3 times; add a \
             prefix or suffix to pick one: block \"headline\": \"[Serbia] and the Union\"; block \"p1\": \"[Serbia] voted \
             for the resolution.…\"; block \"p1\": \"…voted for the resolution. [Serbia] did not join the…\"",
        ),
        (
            "overlap",
            "tests/fixtures/broken/overlap.json:notes[1].anchors[0]: mention overlaps a mention of \"serbia\" in block \
             \"p1\" at \"Serbia\"",
        ),
        ("duplicate-id", "tests/fixtures/broken/duplicate-id.json:notes[1].id: id \"serbia\" is used more than once"),
        (
            "javascript-url",
            "tests/fixtures/broken/javascript-url.json:notes[1].sources[0].url: \"javascript:alert(document.cookie)\" is \
             not an https URL: it is a javascript: address; it is left out",
        ),
        (
            "wrong-format",
            "tests/fixtures/broken/wrong-format.json:format: format 3 is not supported (this version reads formats 1 and 2)",
        ),
        (
            "unknown-kind",
            "tests/fixtures/broken/unknown-kind.json:29:22: notes[0].kind: unknown variant `rumour`, expected one of \
             `actor`, `poll`, `context`",
        ),
    ];
    for (name, line) in cases {
        let (out, status) = run(&[&format!("tests/fixtures/broken/{name}.json")]);
        // What the companion cannot read at all it refuses (3); the rest it shows in part (1).
        let refused = ["bad-json", "missing-field", "wrong-type", "wrong-format", "unknown-kind"].contains(&name);
        assert_eq!(status, if refused { 3 } else { 1 }, "{name}: {out}");
        assert_eq!(out.lines().next(), Some(line), "{name}");
    }
}

#[test]
fn json_output_lists_problems_and_the_summary() {
    let (out, status) = run(&["--json", "tests/fixtures/broken/orphan-anchor.json", "data/examples/primer.json"]);
    assert_eq!(status, 1);
    let report: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(report[0]["clean"], false);
    assert_eq!(report[0]["problems"][0]["path"], "notes[1].anchors[0]");
    assert_eq!(report[1]["clean"], true);
    assert_eq!(report[1]["summary"]["notes"]["poll"], 2);
    assert_eq!(report[1]["summary"]["blocks"], 8);
}

#[test]
fn an_unreadable_file_or_a_wrong_command_line_exits_2() {
    assert_eq!(run(&["tests/fixtures/no-such-file.json"]).1, 2);
    assert_eq!(run(&[]).1, 2);
    assert_eq!(run(&["--verbose", "data/bound-to-russia.json"]).1, 2);
    assert_eq!(run(&["export", "data/bound-to-russia.json"]).1, 2);
}

/// Code-point ranges where `exact` occurs in `text` with `prefix` right before and `suffix`
/// right after, as a W3C client re-anchors a `TextQuoteSelector`.
fn quote_matches(text: &str, exact: &str, prefix: &str, suffix: &str) -> Vec<std::ops::Range<usize>> {
    let needle = format!("{prefix}{exact}{suffix}");
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find(&needle) {
        let start = text[..from + at + prefix.len()].chars().count();
        found.push(start..start + exact.chars().count());
        from += at + text[from + at..].chars().next().map_or(1, char::len_utf8);
    }
    found
}

#[test]
fn the_w3c_export_re_anchors_to_the_same_positions() {
    let (out, status) = run(&["export", "--w3c", "data/bound-to-russia.json"]);
    assert_eq!(status, 0);
    let collection: Value = serde_json::from_str(&out).expect("JSON-LD");
    assert_eq!(collection["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(collection["type"], "AnnotationCollection");
    let dataset = Dataset::from_json(reading_companion::data::EMBEDDED_JSON).expect("valid");
    let text = dataset.plain_text();
    let items = collection["first"]["items"].as_array().expect("items");
    assert_eq!(items.len(), dataset.mentions.len());
    assert_eq!(collection["total"], items.len());
    let article = "https://ecfr.eu/article/bound-to-russia-serbias-disruptive-neutrality/";
    assert_eq!(collection["id"], article, "the collection is named by the article's address");
    for (index, item) in items.iter().enumerate() {
        assert_eq!(item["target"]["source"], article);
        let id = item["id"].as_str().expect("an id");
        assert!(id.starts_with(&format!("{article}#")), "{id}: an absolute id, the same wherever the file is read");
        let quote = &item["target"]["selector"][0];
        let position = &item["target"]["selector"][1];
        assert_eq!(quote["type"], "TextQuoteSelector");
        assert_eq!(position["type"], "TextPositionSelector");
        let field = |v: &Value, k: &str| v[k].as_str().expect(k).to_owned();
        let matches = quote_matches(&text, &field(quote, "exact"), &field(quote, "prefix"), &field(quote, "suffix"));
        let start = position["start"].as_u64().expect("start") as usize;
        let end = position["end"].as_u64().expect("end") as usize;
        assert_eq!(
            matches,
            vec![std::ops::Range { start, end }],
            "annotation {index} re-anchors to exactly its position"
        );
        assert_eq!(dataset.code_point_range(MentionId(index)), start..end);
        let bytes = bytes_of_code_points(&text, start..end).expect("in range");
        assert_eq!(&text[bytes], dataset.mention_text(MentionId(index)));
    }
}

#[test]
fn the_w3c_export_takes_a_base_address_and_asks_for_one_where_the_article_has_none() {
    let (out, status) =
        run(&["export", "--w3c", "--base", "https://notes.example/serbia.jsonld", "data/bound-to-russia.json"]);
    assert_eq!(status, 0);
    let collection: Value = serde_json::from_str(&out).expect("JSON-LD");
    assert_eq!(collection["id"], "https://notes.example/serbia.jsonld");
    let first = collection["first"]["items"][0]["id"].as_str().expect("an id");
    assert!(first.starts_with("https://notes.example/serbia.jsonld#") && first.ends_with("-1"), "{first}");
    let (_, status) = run(&["export", "--w3c", "tests/fixtures/valid/no-article-url.json"]);
    assert_eq!(status, 2, "no address to name the annotations by");
    let (out, status) =
        run(&["export", "--w3c", "--base", "https://example.org/a/", "tests/fixtures/valid/no-article-url.json"]);
    assert_eq!(status, 0);
    let collection: Value = serde_json::from_str(&out).expect("JSON-LD");
    let ids: Vec<&str> =
        collection["first"]["items"].as_array().into_iter().flatten().filter_map(|i| i["id"].as_str()).collect();
    assert!(!ids.is_empty() && ids.iter().all(|id| id.starts_with("https://example.org/a/#")), "{ids:?}");
    let (_, status) = run(&["export", "--w3c", "--base", "javascript:x", "data/bound-to-russia.json"]);
    assert_eq!(status, 2, "a base that is not an https address");
}

#[test]
fn exit_codes_say_whether_the_article_appears() {
    let (_, clean) = run(&["data/bound-to-russia.json"]);
    assert_eq!(clean, 0, "clean");
    // An anchor that matches nothing leaves its note out: the article is shown in part.
    let (out, partial) = run(&["tests/fixtures/broken/orphan-anchor.json"]);
    assert_eq!(partial, 1, "shown in part: {out}");
    // Not JSON at all: the companion would show its built-in article instead.
    let (out, refused) = run(&["tests/fixtures/broken/bad-json.json"]);
    assert_eq!(refused, 3, "refused: {out}");
    let (out, unreadable) = run(&["tests/fixtures/no-such-file.json"]);
    assert_eq!(unreadable, 2, "unreadable: {out}");
    // The worst file decides; `--json` gives each file's verdict in the same words.
    let (out, worst) = run(&[
        "--json",
        "data/bound-to-russia.json",
        "tests/fixtures/broken/orphan-anchor.json",
        "tests/fixtures/broken/bad-json.json",
    ]);
    assert_eq!(worst, 3);
    let report: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let verdicts: Vec<&str> = report.as_array().expect("a list").iter().filter_map(|f| f["verdict"].as_str()).collect();
    assert_eq!(verdicts, ["clean", "partial", "refused"]);
}

#[test]
fn nothing_from_a_dataset_reaches_the_terminal_unescaped() {
    let file = "tests/fixtures/hostile/terminal-escapes.json";
    for args in [vec![file], vec!["--json", file]] {
        let (out, _) = run(&args);
        let raw: Vec<char> =
            out.chars().filter(|&c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c)).collect();
        assert!(raw.is_empty(), "{args:?} printed {raw:?}: {out}");
        assert!(out.contains("1b"), "{args:?}: the escape is shown, escaped: {out}");
    }
    let (out, _) = run(&[file]);
    assert!(
        out.contains(r#"id "vote\u{1b}[2J\u{1b}[32mAll good\u{202e}" holds a control character (U+001B)"#),
        "{out}"
    );
    assert!(out.contains(r#"anchor "voted\u{1b}]0;owned\u{7}" matches nothing"#), "{out}");
}

#[test]
fn a_file_in_the_older_format_is_read_and_told_what_changed() {
    let current = std::fs::read_to_string("data/bound-to-russia.json").expect("the built-in dataset");
    let older = current.replacen("\"format\": 2,", "\"format\": 1,", 1);
    assert_ne!(older, current, "the built-in dataset is in format 2");
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("format-1.json");
    std::fs::write(&file, older).expect("written");
    let file = file.to_str().expect("a UTF-8 path");
    let (out, status) = run(&[file]);
    assert_eq!(status, 0, "an older file is not a problem: {out}");
    assert!(out.contains("written in format 1, read as format 2"), "{out}");
    assert!(out.contains("- `article.publisher` and `article.published` may be left out"), "{out}");
    assert!(out.contains("actors may also be a \"group\""), "{out}");
    assert!(out.trim_end().ends_with("1163 words; clean"), "the same dataset: {out}");
    let (out, _) = run(&["--json", file]);
    let report: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(report[0]["older_format"], 1);
    assert_eq!(report[0]["format_changes"].as_array().map(Vec::len), Some(7));
    let (out, _) = run(&["--json", "data/bound-to-russia.json"]);
    let report: Value = serde_json::from_str(&out).expect("JSON");
    assert!(report[0]["older_format"].is_null(), "{out}");
}

#[test]
fn a_language_the_interface_does_not_speak_is_said_once_and_is_no_problem() {
    let dataset = std::fs::read_to_string("data/examples/primer.json").expect("the primer");
    let mut json: Value = serde_json::from_str(&dataset).expect("JSON");
    json["language"] = "pt-BR".into();
    let file = std::env::temp_dir().join(format!("companion-portuguese-{}.json", std::process::id()));
    std::fs::write(&file, json.to_string()).expect("written");
    let (out, status) = run(&[file.to_str().expect("a path")]);
    _ = std::fs::remove_file(&file);
    assert_eq!(status, 0, "only a note: {out}");
    let notes: Vec<&str> = out.lines().filter(|line| line.contains("note: the interface")).collect();
    assert_eq!(notes.len(), 1, "{out}");
    assert!(notes[0].contains("no words in “pt-BR”, so readers get it in English"), "{out}");
    let (serbian, _) = run(&["data/bound-to-russia.json"]);
    assert!(!serbian.contains("note: the interface"), "English is spoken: {serbian}");
}
