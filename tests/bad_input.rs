//! Bad input gets a clear error and nothing is lost: every case of the corpus through the same
//! parser and checks the app uses, what the reader is told about it, and the prerendered page of
//! the hostile case, which must show every payload as text. (The same corpus runs in three
//! browsers in the acceptance suite.) Also: no code builds HTML from strings.
#![cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]

#[path = "common/bad_input.rs"]
mod bad_input;

use std::path::Path;
use std::time::Instant;

use bad_input::{Expect, HOSTILE_URLS, cases, payloads};
use reading_companion::model::{Dataset, ProblemKind};
use reading_companion::notice::LoadNotice;
use reading_companion::prerender::page;

#[test]
fn every_case_is_refused_shown_in_part_or_shown_as_the_reader_is_told() {
    for case in cases() {
        let started = Instant::now();
        let checked = Dataset::check(&case.json);
        let name = case.name;
        match (case.expect, checked) {
            (Expect::Rejected(explained), Err(error)) => {
                let notice = LoadNotice::Unusable { url: format!("/__bad/{name}.json"), error };
                assert!(notice.explanation().contains(explained), "{name}: {}", notice.explanation());
                assert!(notice.detail().len() >= 2, "{name}: the detail says what is wrong");
            }
            (Expect::Partial(count), Ok(checked)) => {
                assert_eq!(checked.problems.len(), count, "{name}: {:#?}", checked.problems);
                assert_eq!(checked.dataset.article.title(), case.headline, "{name}");
            }
            (Expect::Shown(marks), Ok(checked)) => {
                assert!(checked.problems.is_empty(), "{name}: {:#?}", checked.problems);
                let noted = checked.dataset.notes.iter().filter(|n| !n.mentions.is_empty()).count();
                assert_eq!(noted, marks, "{name}: notes with a mark");
            }
            (_, Ok(checked)) => panic!("{name}: accepted with problems {:?}", checked.problems),
            (_, Err(error)) => panic!("{name}: refused: {error}"),
        }
        // Debug builds are slow; the release wasm does the largest case in well under a second.
        assert!(started.elapsed().as_secs() < 20, "{name} took {:?}", started.elapsed());
    }
}

#[test]
fn hostile_strings_stay_text_and_hostile_urls_are_dropped_with_a_warning() {
    let hostile = cases().into_iter().find(|c| c.name == "hostile-strings-and-urls").expect("the hostile case");
    let checked = Dataset::check(&hostile.json).expect("the hostile dataset is shown");
    let dropped: Vec<&str> = checked
        .problems
        .iter()
        .map(|p| match &p.kind {
            ProblemKind::UnsafeUrl(url) => url.as_str(),
            other => panic!("unexpected problem {other}"),
        })
        .collect();
    for url in HOSTILE_URLS {
        assert!(dropped.contains(&url), "{url:?} is reported as dropped");
    }
    let dataset: &'static _ = Box::leak(Box::new(checked.dataset));
    assert!(dataset.article.url.is_none());
    assert!(dataset.notes.iter().flat_map(|n| &n.sources).all(|s| s.url.as_str().starts_with("https://")));
    assert!(dataset.article.title().contains(&payloads()[0]), "the headline keeps its text as written");

    let html = page(dataset);
    assert!(html.contains("&lt;script&gt;"), "payloads are shown as text");
    for tag in html.split('<').skip(1).map(|rest| &rest[..rest.find('>').unwrap_or(rest.len())]) {
        let name: String = tag.chars().take_while(char::is_ascii_alphanumeric).collect();
        // The only SVG is the poll cards' own bar chart.
        let chart = name == "svg" && tag.contains("class=\"chart__bar\"");
        assert!(
            chart || !["script", "img", "svg", "iframe", "object", "embed", "style"].contains(&name.as_str()),
            "<{tag}>"
        );
        // Attribute values are quoted, and a quote inside one is escaped: what is left is names.
        let names: String = tag.split('"').step_by(2).collect();
        assert!(!names.split_whitespace().any(|a| a.starts_with("on") && a.contains('=')), "a handler in <{tag}>");
        if let Some(href) = tag.split("href=\"").nth(1) {
            assert!(href.starts_with("https://") || href.starts_with('#'), "unsafe href in <{tag}>");
        }
    }
}

#[test]
fn no_code_writes_html_from_strings() {
    let mut offending = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/ is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for needle in
                ["inner_html", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "set_outer_html"]
            {
                if text.contains(needle) {
                    offending.push(format!("{}: {needle}", path.display()));
                }
            }
        }
    }
    assert!(offending.is_empty(), "HTML from strings: {offending:?}");
}
