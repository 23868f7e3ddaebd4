//! The dataset model: plain Rust, no UI.
//!
//! Vocabulary: a **dataset** is one JSON file, the article and its notes. A **block** is a
//! paragraph, heading, caption, pull quote or disclaimer. A **note** is one annotation (an actor,
//! a poll figure or a context note). An **anchor** says where a note attaches: an exact quote with
//! optional prefix and suffix. A **mention** is one anchored occurrence of a note in the text.

mod anchor;
pub(crate) mod characters;
mod dataset;
mod draft;
mod encoding;
mod error;
pub mod in_page;
mod index;
mod near_miss;
pub mod position;
mod raw;
mod reading;
mod retext;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
mod segment;
mod unicode;
mod url;
mod validate;
pub mod w3c;

pub use anchor::{Blocks, Quote, occurrences};
pub use characters::invisible;
pub use dataset::{
    Actor, ActorKind, Article, Author, BLOCK_SEPARATOR, Block, BlockKind, Context, DESCRIPTION_CHARS, Dataset,
    Direction, FORMAT, FORMAT_CHANGES, Mention, MentionId, Note, NoteBody, NoteId, NoteKind, Poll, PollFigure, Source,
    Written,
};
pub use draft::{Draft, DraftError, Opened, anchor_for, slug, whole_words};
pub use error::{DatasetError, Problem, ProblemKind};
pub use index::{IndexedNote, NoteIndex};
pub use near_miss::{Difference, NearMiss};
pub use raw::{NoteFields, RawAnchor, RawArticle, RawBlock, RawSource};
pub use reading::{Checked, Unchecked};
pub use segment::{Segment, segment};
pub use url::{SafeUrl, UrlFault};
