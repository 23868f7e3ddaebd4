//! What can be wrong with a dataset, each problem naming the note, block or field at fault.

use std::fmt;

/// Why a dataset was rejected: the JSON could not be read, or it was read and has problems.
#[derive(Debug)]
pub enum DatasetError {
    /// The text is not JSON of the expected shape (syntax, a missing field, a wrong type).
    Json(serde_json::Error),
    /// The JSON was read, but its content breaks one or more rules.
    Invalid(Vec<Problem>),
}

/// One broken rule in a dataset that parsed as JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The `format` number is not one this build reads.
    UnsupportedFormat(u32),
    /// The article has no blocks, or its first block is not the headline.
    NoHeadline,
    /// Two blocks share an id.
    DuplicateBlockId(String),
    /// A block has no text.
    EmptyBlock(String),
    /// Two notes share an id.
    DuplicateNoteId(String),
    /// Two polls share an id.
    DuplicatePollId(String),
    /// A required text field is empty.
    EmptyField { note: String, field: &'static str },
    /// A URL is not an absolute `https:` URL.
    UnsafeUrl { note: String, url: String },
    /// A note has no source.
    NoSources(String),
    /// A note has no anchor.
    NoAnchors(String),
    /// A poll figure names a poll the dataset does not have.
    UnknownPoll { note: String, poll: String },
    /// A poll figure is not a percentage.
    PollValueOutOfRange { note: String },
    /// An anchor matches nothing in the article.
    AnchorNotFound { note: String, exact: String },
    /// A single-occurrence anchor matches more than once.
    AnchorAmbiguous { note: String, exact: String, count: usize },
    /// Two mentions of different notes cover the same text.
    Overlap { block: String, first: String, second: String, text: String },
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Json(error) => write!(f, "the dataset is not valid: {error}"),
            Self::Invalid(problems) => {
                write!(f, "the dataset has {} problem(s):", problems.len())?;
                problems.iter().try_for_each(|p| write!(f, "\n- {p}"))
            }
        }
    }
}

impl std::error::Error for DatasetError {}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnsupportedFormat(n) => {
                write!(f, "format {n} is not supported (this build reads format 1)")
            }
            Self::NoHeadline => write!(f, "article.blocks must start with a block of kind \"headline\""),
            Self::DuplicateBlockId(id) => write!(f, "block id \"{id}\" is used twice"),
            Self::EmptyBlock(id) => write!(f, "block \"{id}\" has no text"),
            Self::DuplicateNoteId(id) => write!(f, "note id \"{id}\" is used twice"),
            Self::DuplicatePollId(id) => write!(f, "poll id \"{id}\" is used twice"),
            Self::EmptyField { note, field } => write!(f, "note \"{note}\": {field} is empty"),
            Self::UnsafeUrl { note, url } => write!(f, "{note}: URL {url:?} is not an https URL"),
            Self::NoSources(id) => write!(f, "note \"{id}\" has no source"),
            Self::NoAnchors(id) => write!(f, "note \"{id}\" has no anchor"),
            Self::UnknownPoll { note, poll } => {
                write!(f, "note \"{note}\": poll \"{poll}\" does not exist")
            }
            Self::PollValueOutOfRange { note } => {
                write!(f, "note \"{note}\": value must be a percentage from 0 to 100")
            }
            Self::AnchorNotFound { note, exact } => {
                write!(f, "note \"{note}\": anchor {exact:?} matches nothing")
            }
            Self::AnchorAmbiguous { note, exact, count } => {
                write!(f, "note \"{note}\": anchor {exact:?} matches {count} times; add a prefix or suffix")
            }
            Self::Overlap { block, first, second, text } => {
                write!(f, "block \"{block}\": mentions of \"{first}\" and \"{second}\" overlap at {text:?}")
            }
        }
    }
}
