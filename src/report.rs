//! What checking a dataset file found, in the words a terminal shows: the verdict, one line per
//! problem and a summary. `companion-check` prints it, and `companion-site` prints it for each
//! dataset it builds (and for each it refuses), so both say the same of the same file.

use std::borrow::Cow;

use serde_json::{Value, json};

use crate::i18n::{Locale, ProblemWords, fill};
use crate::model::{Checked, Dataset, DatasetError, FORMAT, FORMAT_CHANGES, NoteKind, Problem, invisible};
use crate::notice::DETAIL_PROBLEMS;

/// The verdict on one file, from best to worst.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    Clean,
    Partial,
    Refused,
    Unreadable,
}

impl Verdict {
    /// The checker's exit status for it.
    pub fn code(self) -> u8 {
        match self {
            Self::Clean => 0,
            Self::Partial => 1,
            Self::Refused => 3,
            Self::Unreadable => 2,
        }
    }

    /// The word `--json` gives it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Clean => "clean",
            Self::Partial => "partial",
            Self::Refused => "refused",
            Self::Unreadable => "unreadable",
        }
    }
}

/// What checking one file found.
pub enum Outcome {
    /// The file could not be read.
    Unreadable(String),
    /// It was read; the parser's answer.
    Read(Result<Box<Checked>, DatasetError>),
}

impl Outcome {
    /// The verdict it comes to.
    pub fn verdict(&self) -> Verdict {
        match self {
            Self::Unreadable(_) => Verdict::Unreadable,
            Self::Read(Ok(checked)) if checked.problems.is_empty() => Verdict::Clean,
            Self::Read(Ok(_)) => Verdict::Partial,
            Self::Read(Err(_)) => Verdict::Refused,
        }
    }
}

/// `text` with every [`invisible`] character written as `\u{…}`.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(invisible) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars().map(|c| if invisible(c) { format!("\\u{{{:x}}}", u32::from(c)) } else { c.to_string() }).collect(),
    )
}

/// `FILE:PATH: message` lines, then the summary.
pub fn report_lines(file: &str, outcome: &Outcome) -> Vec<String> {
    match outcome {
        Outcome::Unreadable(error) => vec![format!("{file}: cannot read: {error}")],
        Outcome::Read(Err(DatasetError::Json { path, line, column, message })) => {
            vec![format!("{file}:{line}:{column}: {path}: {message}")]
        }
        Outcome::Read(Err(DatasetError::Invalid(problems))) => problem_lines(file, problems),
        Outcome::Read(Ok(checked)) => {
            let mut lines = problem_lines(file, &checked.problems);
            if let Some(older) = checked.older_format {
                lines.push(format!(
                    "{file}: written in format {older}, read as format {FORMAT}, which means the same; \
                     set \"format\": {FORMAT} to use what format {FORMAT} adds:"
                ));
                lines.extend(changes_since(older).map(|change| format!("{file}:   - {change}")));
            }
            lines.extend(interface_language(&checked.dataset).map(|line| format!("{file}: {line}")));
            lines.push(format!("{file}: {}", Summary::of(&checked.dataset).text(checked.problems.len())));
            lines
        }
    }
}

/// What the page's interface will speak, where it is not the dataset's language: said once, as
/// a note (it is no problem in the dataset).
pub(crate) fn interface_language(dataset: &Dataset) -> Option<String> {
    let language = dataset.language.as_deref()?;
    let negotiated = Locale::for_language(Some(language));
    (!negotiated.matched).then(|| {
        let spoken: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
        format!(
            "note: the interface has no words in “{language}”, so readers get it in English \
             (it speaks {}); they can choose another in the reading options",
            spoken.join(", ")
        )
    })
}

/// One line per problem, as many as the companion's banner lists, then how many more there are
/// (`--json` has every one).
fn problem_lines(file: &str, problems: &[Problem]) -> Vec<String> {
    let mut lines: Vec<String> = problems.iter().take(DETAIL_PROBLEMS).map(|p| format!("{file}:{p}")).collect();
    if problems.len() > DETAIL_PROBLEMS {
        let more = fill(ProblemWords::ENGLISH.and_more, &[("n", &Locale::En.number(problems.len() - DETAIL_PROBLEMS))]);
        lines.push(format!("{file}: {more} (--json lists every one)"));
    }
    lines
}

/// What changed in the format since `older`, oldest first.
pub fn changes_since(older: u32) -> impl Iterator<Item = &'static str> {
    FORMAT_CHANGES.iter().filter(move |(format, _)| *format >= older).flat_map(|(_, changes)| changes.iter().copied())
}

/// What a dataset holds, counted.
pub struct Summary {
    notes: usize,
    by_kind: [usize; 3],
    mentions: usize,
    blocks: usize,
    words: usize,
}

impl Summary {
    /// What `dataset` holds.
    pub fn of(dataset: &Dataset) -> Self {
        Self {
            notes: dataset.notes.len(),
            by_kind: NoteKind::ALL.map(|kind| dataset.notes.iter().filter(|n| n.kind() == kind).count()),
            mentions: dataset.mentions.len(),
            blocks: dataset.article.blocks.len(),
            words: dataset.article.blocks.iter().map(|b| b.text.split_whitespace().count()).sum(),
        }
    }

    /// One line: the counts, then `clean` or how many problems.
    pub fn text(&self, problems: usize) -> String {
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

    /// The counts for `--json`.
    pub fn json(&self) -> Value {
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
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

impl Outcome {
    /// Reads and checks the file at `path`.
    pub fn of_file(path: &std::path::Path) -> Self {
        match std::fs::read(path) {
            Ok(bytes) => Self::of_bytes(&bytes),
            Err(error) => Self::Unreadable(error.to_string()),
        }
    }

    /// Checks a file's bytes.
    pub(crate) fn of_bytes(bytes: &[u8]) -> Self {
        Self::Read(Dataset::check_bytes(bytes).map(Box::new))
    }
}
