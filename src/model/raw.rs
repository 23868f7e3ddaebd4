//! The JSON as written: serde types that mirror `data/README.md` field for field. Unknown
//! fields are errors, so a misspelt field is reported rather than silently ignored.

use serde::Deserialize;

use super::dataset::{ActorKind, Author, BlockKind, Poll};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDataset {
    /// Required here; its value is checked before this is read (see `Dataset::check`).
    #[expect(dead_code, reason = "read by the format check that runs first")]
    pub(super) format: u32,
    #[serde(default)]
    pub(super) language: Option<String>,
    pub(super) article: RawArticle,
    #[serde(default)]
    pub(super) polls: Vec<Poll>,
    pub(super) notes: Vec<RawNote>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawArticle {
    pub(super) publisher: String,
    #[serde(default)]
    pub(super) url: Option<String>,
    pub(super) published: String,
    #[serde(default)]
    pub(super) published_note: Option<String>,
    #[serde(default)]
    pub(super) author: Author,
    pub(super) blocks: Vec<RawBlock>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBlock {
    pub(super) id: String,
    pub(super) kind: BlockKind,
    pub(super) text: String,
}

#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub(super) enum RawNote {
    Actor {
        id: String,
        title: String,
        actor_kind: ActorKind,
        role: String,
        summary: String,
        #[serde(default)]
        stance: Option<String>,
        anchors: Vec<RawAnchor>,
        sources: Vec<RawSource>,
    },
    Poll {
        id: String,
        title: String,
        poll: String,
        value: f64,
        label: String,
        anchors: Vec<RawAnchor>,
        sources: Vec<RawSource>,
    },
    Context {
        id: String,
        title: String,
        dates: String,
        summary: String,
        #[serde(default)]
        figure: Option<String>,
        #[serde(default)]
        record: Option<String>,
        anchors: Vec<RawAnchor>,
        sources: Vec<RawSource>,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAnchor {
    pub(super) exact: String,
    #[serde(default)]
    pub(super) prefix: String,
    #[serde(default)]
    pub(super) suffix: String,
    /// Every occurrence is a mention, instead of exactly one.
    #[serde(default)]
    pub(super) every: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    pub(super) url: String,
    pub(super) label: String,
}

impl RawNote {
    /// The fields every kind of note has: id, title, anchors and sources.
    pub(super) fn parts(&self) -> (&str, &str, &[RawAnchor], &[RawSource]) {
        match self {
            Self::Actor { id, title, anchors, sources, .. }
            | Self::Poll { id, title, anchors, sources, .. }
            | Self::Context { id, title, anchors, sources, .. } => (id, title, anchors, sources),
        }
    }
}
