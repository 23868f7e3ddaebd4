//! What can be wrong with a dataset. Every problem names where it is, as a JSON path
//! (`notes[3].anchors[0]`), and what is wrong, typed; `crate::i18n::problems` says it in words a
//! dataset author understands, in each language (and displays it in English).

use super::near_miss::NearMiss;
use super::url::UrlFault;

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

impl Problem {
    pub(crate) fn new(path: impl Into<String>, kind: ProblemKind) -> Self {
        Self { path: path.into(), kind }
    }
}

impl std::error::Error for DatasetError {}
