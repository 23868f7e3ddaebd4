//! `companion-check`: checks datasets with the same validation the companion uses, or exports
//! one as W3C Web Annotations.
//!
//! ```text
//! companion-check [--json] FILE...      one line per problem (FILE:PATH: message), then a summary
//! companion-check export --w3c FILE     an AnnotationCollection (JSON-LD) on standard output
//! ```
//!
//! Exit status: 0 when every file is clean, 1 when there are problems, 2 when a file cannot be
//! read or the command line is wrong.

use std::process::ExitCode;

use reading_companion::model::{Checked, Dataset, DatasetError, NoteKind, Problem, w3c};
use serde_json::{Value, json};

const USAGE: &str = "usage: companion-check [--json] FILE...\n       companion-check export --w3c FILE";

/// What checking one file found.
enum Outcome {
    /// The file could not be read.
    Unreadable(String),
    /// It was read; the parser's answer.
    Read(Result<Box<Checked>, DatasetError>),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["export", "--w3c", file] => export(file),
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
    let outcomes: Vec<(&str, Outcome)> = files
        .iter()
        .map(|&file| {
            let outcome = match std::fs::read_to_string(file) {
                Ok(text) => Outcome::Read(Dataset::check(&text).map(Box::new)),
                Err(error) => Outcome::Unreadable(error.to_string()),
            };
            (file, outcome)
        })
        .collect();
    if as_json {
        let report: Vec<Value> = outcomes.iter().map(|(file, outcome)| report_json(file, outcome)).collect();
        println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default());
    } else {
        for (file, outcome) in &outcomes {
            for line in report_lines(file, outcome) {
                println!("{line}");
            }
        }
    }
    let status = outcomes
        .iter()
        .map(|(_, outcome)| match outcome {
            Outcome::Unreadable(_) => 2,
            Outcome::Read(Ok(checked)) if checked.problems.is_empty() => 0,
            Outcome::Read(_) => 1,
        })
        .max()
        .unwrap_or(0);
    ExitCode::from(status)
}

/// `FILE:PATH: message` lines, then the summary.
fn report_lines(file: &str, outcome: &Outcome) -> Vec<String> {
    match outcome {
        Outcome::Unreadable(error) => vec![format!("{file}: cannot read: {error}")],
        Outcome::Read(Err(DatasetError::Json { path, line, column, message })) => {
            vec![format!("{file}:{line}:{column}: {path}: {message}")]
        }
        Outcome::Read(Err(DatasetError::Invalid(problems))) => problem_lines(file, problems),
        Outcome::Read(Ok(checked)) => {
            let mut lines = problem_lines(file, &checked.problems);
            lines.push(format!("{file}: {}", Summary::of(&checked.dataset).text(checked.problems.len())));
            lines
        }
    }
}

fn problem_lines(file: &str, problems: &[Problem]) -> Vec<String> {
    problems.iter().map(|p| format!("{file}:{p}")).collect()
}

/// What a dataset holds, counted.
struct Summary {
    notes: usize,
    by_kind: [usize; 3],
    mentions: usize,
    blocks: usize,
    words: usize,
}

impl Summary {
    fn of(dataset: &Dataset) -> Self {
        Self {
            notes: dataset.notes.len(),
            by_kind: NoteKind::ALL.map(|kind| dataset.notes.iter().filter(|n| n.kind() == kind).count()),
            mentions: dataset.mentions.len(),
            blocks: dataset.article.blocks.len(),
            words: dataset.article.blocks.iter().map(|b| b.text.split_whitespace().count()).sum(),
        }
    }

    fn text(&self, problems: usize) -> String {
        let [actors, polls, context] = self.by_kind;
        let verdict = if problems == 0 { "clean".to_owned() } else { counted(problems, "problem") };
        format!(
            "{} ({}, {}, {}), {}, {}, {}; {verdict}",
            counted(self.notes, "note"),
            counted(actors, "actor"),
            counted(polls, "poll figure"),
            counted(context, "context note"),
            counted(self.mentions, "mention"),
            counted(self.blocks, "block"),
            counted(self.words, "word"),
        )
    }

    fn json(&self) -> Value {
        let [actor, poll, context] = self.by_kind;
        json!({
            "notes": { "actor": actor, "poll": poll, "context": context },
            "mentions": self.mentions,
            "blocks": self.blocks,
            "words": self.words,
        })
    }
}

/// "1 note", "3 notes".
fn counted(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

fn report_json(file: &str, outcome: &Outcome) -> Value {
    let problem = |p: &Problem| json!({ "path": p.path, "message": p.kind.to_string() });
    match outcome {
        Outcome::Unreadable(error) => json!({ "file": file, "readable": false, "error": error }),
        Outcome::Read(Err(DatasetError::Json { path, line, column, message })) => json!({
            "file": file, "readable": true, "clean": false,
            "problems": [{ "path": path, "line": line, "column": column, "message": message }],
        }),
        Outcome::Read(Err(DatasetError::Invalid(problems))) => json!({
            "file": file, "readable": true, "clean": false, "problems": problems.iter().map(problem).collect::<Vec<_>>(),
        }),
        Outcome::Read(Ok(checked)) => json!({
            "file": file, "readable": true, "clean": checked.problems.is_empty(),
            "problems": checked.problems.iter().map(problem).collect::<Vec<_>>(),
            "summary": Summary::of(&checked.dataset).json(),
        }),
    }
}

fn export(file: &str) -> ExitCode {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{file}: cannot read: {error}");
            return ExitCode::from(2);
        }
    };
    match Dataset::from_json(&text) {
        Ok(dataset) => {
            println!("{}", serde_json::to_string_pretty(&w3c::annotation_collection(&dataset)).unwrap_or_default());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{file}: not exported, the dataset has problems (run companion-check {file}): {error}");
            ExitCode::from(1)
        }
    }
}
