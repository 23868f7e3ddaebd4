//! What can be wrong with a dataset. Every problem names where it is, as a JSON path
//! (`notes[3].anchors[0]`), and says what is wrong in words a dataset author understands.

use std::fmt;

use super::characters::{Quoted, described};
use super::near_miss::NearMiss;
use super::url::UrlFault;

/// What [`ProblemKind::NotInPage`] says.
pub const NOT_IN_PAGE: &str = "the page holds no dataset this build can read: it was not written by this build's \
                               companion-site, or was changed since";

/// Why a dataset could not be used at all.
#[derive(Debug)]
pub enum DatasetError {
    /// The text is not JSON, or not of the expected shape (a missing field, a wrong type).
    Json {
        /// Where the reader stopped, as a JSON path (`notes[2].kind`), or `.` for the top.
        path: String,
        /// 1-based line of the error in the file.
        line: usize,
        /// 1-based column of the error in the file.
        column: usize,
        /// What was wrong.
        message: String,
    },
    /// The JSON was read, but its content breaks one or more rules.
    Invalid(Vec<Problem>),
}

/// One broken rule, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The JSON path of the offending value (`notes[3].anchors[0]`).
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong, without where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The `format` number is not one this build reads.
    UnsupportedFormat(u32),
    /// The page holds no built-in dataset this build can read (missing, damaged, or written by
    /// another build).
    NotInPage,
    /// The article has no blocks, or its first block is not the headline.
    NoHeadline,
    /// A block, note or poll id is used twice.
    DuplicateId(String),
    /// A required text is empty, or only spaces and invisible characters.
    Empty,
    /// An id holds a character a reader could not see or type into a link.
    HiddenInId { id: String, hidden: char },
    /// A URL is not used, and why.
    UnsafeUrl { url: String, fault: UrlFault },
    /// A note has no source.
    NoSources,
    /// None of a note's sources can be linked, so the note is left out.
    NoUsableSource,
    /// A date that is not one of the three forms, or not in the calendar.
    NotADate(String),
    /// A language that is not a BCP 47 tag.
    NotALanguage(String),
    /// A headline block after the first block.
    HeadlineNotFirst,
    /// An anchor with no letter or digit: its mark would have nothing to see or point at.
    NoLetter(String),
    /// A note has no anchor.
    NoAnchors,
    /// None of a note's anchors marks the article's text (all failed, or all are in the
    /// headline), so the note is left out: a reader could not reach it.
    NeverMarked,
    /// An anchor starts or ends inside a letter: between a letter and a combining mark (or a
    /// joiner) that belongs to it, so its mark would tear the letter apart.
    SplitsLetter { exact: String, mark: char },
    /// A poll figure names a poll the dataset does not have.
    UnknownPoll(String),
    /// A poll figure is not a percentage.
    NotAPercentage,
    /// An anchor matches nothing in the article; the nearest near-miss, if any.
    AnchorNotFound { exact: String, near: Option<NearMiss> },
    /// A single-occurrence anchor matches more than once: every place, with context.
    AnchorAmbiguous { exact: String, places: Vec<String> },
    /// A mention of this note covers text that another note's mention already covers.
    Overlap { other: String, block: String, text: String },
}

/// How many places, ids or problems a list names before it says how many more there are.
const LISTED: usize = 10;

/// `items` joined by `separator`, at most [`LISTED`] of them, then "and N more".
fn listed(items: &[String], separator: &str) -> String {
    let mut text = items[..items.len().min(LISTED)].join(separator);
    if items.len() > LISTED {
        text.push_str(&format!("{separator}and {} more", items.len() - LISTED));
    }
    text
}

impl Problem {
    pub(crate) fn new(path: impl Into<String>, kind: ProblemKind) -> Self {
        Self { path: path.into(), kind }
    }
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Json { path, line, column, message } => {
                write!(f, "line {line}, column {column} (at {path}): {message}")
            }
            Self::Invalid(problems) => {
                write!(f, "{} problem(s):", problems.len())?;
                problems.iter().try_for_each(|p| write!(f, "\n{p}"))
            }
        }
    }
}

impl std::error::Error for DatasetError {}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnsupportedFormat(n) => {
                write!(f, "format {n} is not supported (this version reads formats 1 and {})", super::FORMAT)
            }
            Self::NotInPage => f.write_str(NOT_IN_PAGE),
            Self::NoHeadline => write!(f, "the first block must be of kind \"headline\""),
            Self::DuplicateId(id) => write!(f, "id {} is used more than once", Quoted(id)),
            Self::Empty => write!(f, "must not be empty (spaces and invisible characters do not count)"),
            Self::HiddenInId { id, hidden } => {
                write!(
                    f,
                    "id {} holds {}; an id may hold no spaces or invisible characters",
                    Quoted(id),
                    described(*hidden)
                )
            }
            Self::UnsafeUrl { url, fault } => write!(f, "{} {fault}; it is left out", Quoted(url)),
            Self::NoSources => write!(f, "the note has no source, so it is left out"),
            Self::NoUsableSource => write!(f, "none of the note's sources can be linked, so the note is left out"),
            Self::NotADate(date) => {
                write!(
                    f,
                    "{} is not a date: write \"2022\", \"2022-03\" or \"2022-03-14\"; it is not shown",
                    Quoted(date)
                )
            }
            Self::NotALanguage(tag) => {
                write!(
                    f,
                    "{} is not a BCP 47 language tag (such as \"en\" or \"sr-Latn\"); it is not used",
                    Quoted(tag)
                )
            }
            Self::HeadlineNotFirst => {
                write!(f, "only the first block can be the headline; this one is set as a paragraph")
            }
            Self::NoLetter(exact) => {
                write!(f, "anchor {} has no letter or digit, so its mark would have nothing to see", Quoted(exact))
            }
            Self::NoAnchors => write!(f, "the note has no anchor, so it is never mentioned and is left out"),
            Self::NeverMarked => {
                write!(f, "none of the note's anchors marks the article's text, so the note is left out")
            }
            Self::SplitsLetter { exact, mark } => write!(
                f,
                "anchor {} starts or ends inside a letter: U+{:04X} belongs to the letter before it, so the anchor \
                 must take in the whole letter",
                Quoted(exact),
                u32::from(*mark)
            ),
            Self::UnknownPoll(poll) => write!(f, "poll {} does not exist", Quoted(poll)),
            Self::NotAPercentage => write!(f, "must be a percentage from 0 to 100"),
            Self::AnchorNotFound { exact, near } => {
                write!(f, "anchor {} matches nothing", Quoted(exact))?;
                match near {
                    Some(near) => write!(f, "; nearest: {near}"),
                    None => Ok(()),
                }
            }
            Self::AnchorAmbiguous { exact, places } => {
                write!(
                    f,
                    "anchor {} matches {} times; add a prefix or suffix to pick one: ",
                    Quoted(exact),
                    places.len()
                )?;
                f.write_str(&listed(places, "; "))
            }
            Self::Overlap { other, block, text } => {
                write!(
                    f,
                    "mention overlaps a mention of {} in block {} at {}",
                    Quoted(other),
                    Quoted(block),
                    Quoted(text)
                )
            }
        }
    }
}
