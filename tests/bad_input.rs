//! Bad input gets a clear error and nothing is lost: every case of the corpus through the same
//! parser and checks the app uses, what the reader is told about it, and the prerendered page of
//! the hostile case, which must show every payload as text. (The same corpus runs in three
//! browsers in the acceptance suite.) Also: no code builds HTML from strings.
#![cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]

#[path = "common/bad_input.rs"]
mod bad_input;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use bad_input::{Expect, HOSTILE_URLS, cases, payloads};
use reading_companion::i18n::{Locale, ProblemWords};
use reading_companion::model::{Dataset, ProblemKind, invisible};
use reading_companion::notice::{DETAIL_PROBLEMS, LoadNotice};

/// The sentences the checker writes.
const ENGLISH: &ProblemWords = ProblemWords::ENGLISH;
use reading_companion::prerender::page;

#[test]
fn every_case_is_refused_shown_in_part_or_shown_as_the_reader_is_told() {
    for case in cases() {
        let started = Instant::now();
        let checked = Dataset::check_bytes(&case.bytes);
        let name = case.name;
        let url = format!("/__bad/{name}.json");
        let detail = match (case.expect, checked) {
            (Expect::Rejected(explained), Err(error)) => {
                let notice = LoadNotice::Unusable { url, error };
                let explanation = notice.explanation(ENGLISH, Locale::En);
                assert!(explanation.contains(explained), "{name}: {explanation}");
                let detail = notice.detail(ENGLISH, Locale::En);
                assert!(detail.len() >= 2, "{name}: the detail says what is wrong");
                detail
            }
            (Expect::Partial(count), Ok(checked)) => {
                assert_eq!(checked.problems.len(), count, "{name}: {:#?}", checked.problems);
                assert_eq!(checked.dataset.article.title(), case.headline, "{name}");
                let hosts = first_hosts(&checked.dataset);
                assert!(case.hosts.is_empty() || hosts == case.hosts, "{name}: {hosts:?}");
                LoadNotice::Partial { url, problems: checked.problems }.detail(ENGLISH, Locale::En)
            }
            (Expect::Shown(marks), Ok(checked)) => {
                assert!(checked.problems.is_empty(), "{name}: {:#?}", checked.problems);
                let noted = checked.dataset.notes.iter().filter(|n| !n.mentions.is_empty()).count();
                assert_eq!(noted, marks, "{name}: notes with a mark");
                let hosts = first_hosts(&checked.dataset);
                assert!(case.hosts.is_empty() || hosts == case.hosts, "{name}: {hosts:?}");
                Vec::new()
            }
            (_, Ok(checked)) => panic!("{name}: accepted with problems {:?}", checked.problems),
            (_, Err(error)) => panic!("{name}: refused: {error}"),
        };
        if let Some(says) = case.says {
            assert!(detail.iter().any(|line| line.contains(says)), "{name}: {says:?} not in {detail:#?}");
        }
        // However long the values, each line of the banner's detail is one a reader can take in.
        let longest = detail.iter().map(|line| line.chars().count()).max().unwrap_or(0);
        assert!(
            longest < 1200 && detail.len() <= DETAIL_PROBLEMS + 2,
            "{name}: {longest} characters, {} lines",
            detail.len()
        );
        // Debug builds are slow; the release wasm does the largest case in well under a second.
        assert!(started.elapsed().as_secs() < 20, "{name} took {:?}", started.elapsed());
    }
}

#[test]
fn hostile_strings_stay_text_and_hostile_urls_are_dropped_with_a_warning() {
    let hostile = cases().into_iter().find(|c| c.name == "hostile-strings-and-urls").expect("the hostile case");
    let checked = Dataset::check_bytes(&hostile.bytes).expect("the hostile dataset is shown");
    let dropped: Vec<&str> = checked
        .problems
        .iter()
        .map(|p| match &p.kind {
            ProblemKind::UnsafeUrl { url, .. } => url.as_str(),
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

    let html = page(dataset, reading_companion::i18n::Locale::for_dataset(dataset), &[]);
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

/// `./run check` on every case: its exit status says whether the article appears, what it prints
/// holds no character that would act on a terminal, and no line of it runs on and on.
#[test]
fn the_checker_gives_every_case_its_verdict_and_prints_it_safely() {
    let dir = std::env::temp_dir().join(format!("companion-corpus-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    for case in cases() {
        let file = dir.join(format!("{}.json", case.name));
        std::fs::write(&file, &case.bytes).expect("the case is written");
        let output = Command::new(env!("CARGO_BIN_EXE_companion-check")).arg(&file).output().expect("the checker runs");
        let out = String::from_utf8_lossy(&output.stdout);
        let name = case.name;
        let expected = match case.expect {
            Expect::Rejected(_) => 3,
            Expect::Partial(_) => 1,
            Expect::Shown(_) => 0,
        };
        assert_eq!(output.status.code(), Some(expected), "{name}: {}", &out[..out.len().min(2000)]);
        let acting: Vec<char> = out.chars().filter(|&c| c != '\n' && invisible(c)).collect();
        assert!(acting.is_empty(), "{name}: printed {acting:?}");
        let longest = out.lines().map(|line| line.chars().count()).max().unwrap_or(0);
        assert!(longest < 1500, "{name}: a line of {longest} characters");
        if let Some(says) = case.says {
            assert!(out.contains(says), "{name}: {says:?} not in {}", &out[..out.len().min(2000)]);
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// The hosts beside the sources of the card of the article's first mark.
fn first_hosts(dataset: &Dataset) -> Vec<&str> {
    let first = dataset.mentions.first().map(|m| &dataset.notes[m.note.0]);
    first.into_iter().flat_map(|note| &note.sources).map(|source| source.url.host()).collect()
}
