//! `companion-check`: checks datasets with the same validation the companion uses, or exports
//! one as W3C Web Annotations.
//!
//! ```text
//! companion-check [--json] FILE...      one line per problem (FILE:PATH: message; after 50, how
//!                                       many more), then a summary
//! companion-check export --w3c FILE     an AnnotationCollection (JSON-LD) on standard output
//! companion-check schema                the format's JSON Schema (`data/schema.json`), generated
//!                                       from the types that read it
//! ```
//!
//! Exit status, for the worst file: 0 clean; 1 shown in part (the companion shows the article
//! but leaves out what broke a rule); 3 refused (the companion would not show it, and falls back
//! to its built-in article); 2 unreadable (or a wrong command line). `--json` gives each file's
//! verdict in the same words.
//!
//! Everything printed comes from the files, so control characters, bidi controls and invisible
//! format characters in ids, quotes and field names are printed escaped (`\u{1b}`), terminal or
//! not: a dataset cannot clear the screen, recolour it or reverse a line.

use std::borrow::Cow;
use std::process::ExitCode;

use reading_companion::model::{Checked, Dataset, DatasetError, Problem, SafeUrl, invisible, w3c};
use reading_companion::report::{Outcome, Summary, Verdict, changes_since, printable, report_lines};
use serde_json::{Value, json};

const USAGE: &str = "usage: companion-check [--json] FILE...\n       companion-check export --w3c [--base URL] FILE\n       companion-check schema\n\n\
exit status (the worst file's): 0 clean, 1 shown in part, 3 refused (the companion shows its\n\
built-in article instead), 2 unreadable or a wrong command line";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["export", "--w3c", file] => export(file, None),
        ["export", "--w3c", "--base", base, file] => export(file, Some(base)),
        // The schema comes from the native build's schemars (this tool is built for wasm only by
        // the browser tests, which build every binary).
        #[cfg(not(target_arch = "wasm32"))]
        ["schema"] => {
            println!(
                "{}",
                serde_json::to_string_pretty(&reading_companion::model::schema::json_schema()).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        ["--help" | "-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        [] | ["export", ..] => usage(),
        [flags @ .., _] if flags.iter().any(|f| f.starts_with('-') && *f != "--json") => usage(),
        files => {
            let json = files.contains(&"--json");
            let files: Vec<&str> = files.iter().copied().filter(|f| *f != "--json").collect();
            if files.is_empty() {
                return usage();
            }
            check(&files, json)
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

fn check(files: &[&str], as_json: bool) -> ExitCode {
    let outcomes: Vec<(&str, Outcome)> =
        files.iter().map(|&file| (file, Outcome::of_file(std::path::Path::new(file)))).collect();
    if as_json {
        let report: Vec<Value> = outcomes.iter().map(|(file, outcome)| report_json(file, outcome)).collect();
        println!("{}", json_printable(&serde_json::to_string_pretty(&report).unwrap_or_default()));
    } else {
        for (file, outcome) in &outcomes {
            for line in report_lines(file, outcome) {
                println!("{}", printable(&line));
            }
        }
    }
    let worst = outcomes.iter().map(|(_, outcome)| outcome.verdict()).max().unwrap_or(Verdict::Clean);
    ExitCode::from(worst.code())
}

/// JSON text with every [`invisible`] character that serde_json leaves as it is (all but C0, which it
/// escapes inside strings, and whose newlines lay the text out) written as a JSON escape; they
/// only occur inside strings, where the escape means the same character.
fn json_printable(json: &str) -> Cow<'_, str> {
    let raw = |c: char| invisible(c) && c > '\u{1f}';
    if !json.chars().any(raw) {
        return Cow::Borrowed(json);
    }
    Cow::Owned(json.chars().map(|c| if raw(c) { format!("\\u{:04x}", u32::from(c)) } else { c.to_string() }).collect())
}

fn report_json(file: &str, outcome: &Outcome) -> Value {
    let problem = |p: &Problem| json!({ "path": p.path, "message": p.kind.to_string() });
    match outcome {
        Outcome::Unreadable(error) => {
            json!({ "file": file, "verdict": outcome.verdict().name(), "readable": false, "error": error })
        }
        Outcome::Read(Err(DatasetError::Json { path, line, column, message })) => json!({
            "file": file, "verdict": outcome.verdict().name(), "readable": true, "clean": false,
            "problems": [{ "path": path, "line": line, "column": column, "message": message }],
        }),
        Outcome::Read(Err(DatasetError::Invalid(problems))) => json!({
            "file": file, "verdict": outcome.verdict().name(), "readable": true, "clean": false, "problems": problems.iter().map(problem).collect::<Vec<_>>(),
        }),
        Outcome::Read(Ok(checked)) => json!({
            "file": file, "verdict": outcome.verdict().name(), "readable": true, "clean": checked.problems.is_empty(),
            "problems": checked.problems.iter().map(problem).collect::<Vec<_>>(),
            "summary": Summary::of(&checked.dataset).json(),
            "older_format": checked.older_format,
            "format_changes": checked.older_format.map(|older| changes_since(older).collect::<Vec<_>>()),
        }),
    }
}

/// The W3C export of `file`, its ids made from `base` or else the article's address.
fn export(file: &str, base: Option<&str>) -> ExitCode {
    let base = match base.map(SafeUrl::parse) {
        Some(Ok(base)) => Some(base),
        Some(Err(fault)) => {
            eprintln!("{}", printable(&format!("--base {}: {fault}", base.unwrap_or_default())));
            return ExitCode::from(2);
        }
        None => None,
    };
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("{file}: cannot read: {error}");
            return ExitCode::from(2);
        }
    };
    match Dataset::check_bytes(&bytes).and_then(Checked::into_clean) {
        Ok(dataset) => {
            let Some(base) = base.as_ref().or_else(|| w3c::default_base(&dataset)) else {
                eprintln!(
                    "{}",
                    printable(&format!(
                        "{file}: the article has no url, and each annotation's id is made from one: give --base URL, \
                         the address the annotations will be read at"
                    ))
                );
                return ExitCode::from(2);
            };
            println!(
                "{}",
                serde_json::to_string_pretty(&w3c::annotation_collection(&dataset, base)).unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            let line = format!("{file}: not exported, the dataset has problems (run companion-check {file}): {error}");
            eprintln!("{}", printable(&line));
            ExitCode::from(1)
        }
    }
}
