//! The JSON as written: types that mirror `data/README.md` field for field, read by serde with
//! `serde_path_to_error`, so a problem is reported with its JSON path (`notes[3].anchors[0].exact`),
//! line and column. Unknown fields are errors, so a misspelt field is reported rather than
//! silently ignored. The editor writes datasets with the same types (see [`super::draft`]), so
//! what it writes is what the companion reads.
//!
//! A note is read as one flat struct holding every field any kind may have, then checked against
//! its kind: serde's internally tagged enums would lose the positions of errors and ignore
//! `deny_unknown_fields`. Each note is first taken as its raw JSON text, so that what its kind
//! does not allow is still reported where it stands.
//!
//! It is one file, longer than most, because the JSON's types and the reading that keeps each
//! problem's place (the flat note, the offsets of its fields) change together; its tests are at
//! the end.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::dataset::{ActorKind, Author, BlockKind, Direction, NoteKind, Poll};
use super::error::DatasetError;

/// What reading gives: the value, or where and why the file does not fit.
pub(super) type Read<T> = Result<T, DatasetError>;

pub(super) struct RawDataset {
    pub(super) language: Option<String>,
    pub(super) direction: Option<Direction>,
    pub(super) article: RawArticle,
    pub(super) polls: Vec<Poll>,
    pub(super) notes: Vec<RawNote>,
}

/// The top level as written; each note is kept as its text until [`RawDataset::read`] reads it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Document<'a> {
    /// Checked before (see `Dataset::read`); required here.
    #[serde(rename = "format", deserialize_with = "whole_number")]
    _format: u32,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    direction: Option<Direction>,
    article: RawArticle,
    #[serde(default)]
    polls: Vec<Poll>,
    #[serde(borrow)]
    notes: Vec<&'a RawValue>,
}

/// Just the format number, read before anything else: another format may have another shape.
#[derive(Deserialize)]
struct FormatOnly {
    #[serde(default, deserialize_with = "given_whole_number")]
    format: Option<u32>,
}

/// A whole number however it is written: JSON (and so a JSON Schema) does not tell `1` from
/// `1.0`, so neither does the companion.
pub(super) fn whole_number<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let number = f64::deserialize(deserializer)?;
    if number.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&number) {
        Ok(number as u32)
    } else {
        // Not formatted: writing a float would cost the browser's wasm its float printing.
        Err(serde::de::Error::custom("expected a whole number"))
    }
}

fn given_whole_number<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    whole_number(deserializer).map(Some)
}

/// The text and what is known of it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "article"))]
#[serde(deny_unknown_fields)]
pub struct RawArticle {
    /// Who published the text. Not shown when it is the author.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The original text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// What the link to the original says ("Original article" when left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_label: Option<String>,
    /// What the page is about (the standfirst or first paragraph when left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When it was published, as precisely as known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// What is and is not known of the date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_note: Option<String>,
    /// The author, as far as known.
    #[serde(default, skip_serializing_if = "Author::is_empty")]
    pub author: Author,
    /// The text in reading order.
    pub blocks: Vec<RawBlock>,
}

/// A block of the text: a paragraph, heading, caption, pull quote or disclaimer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "block"))]
#[serde(deny_unknown_fields)]
pub struct RawBlock {
    /// Unique among blocks.
    pub id: String,
    /// How the block is set.
    pub kind: BlockKind,
    /// The text, verbatim.
    pub text: String,
}

/// A note as its kind requires it.
pub(super) enum RawNote {
    Actor {
        id: String,
        title: String,
        actor_kind: ActorKind,
        role: String,
        summary: String,
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
        dates: Option<String>,
        summary: String,
        figure: Option<String>,
        record: Option<String>,
        anchors: Vec<RawAnchor>,
        sources: Vec<RawSource>,
    },
}

/// A note: an actor, a poll figure or a context note. Every note has a kind, an id, a title,
/// anchors and sources; which other fields it requires and allows depends on its kind (read as
/// one set of fields, then checked against the kind).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "note"))]
#[serde(deny_unknown_fields)]
pub struct NoteFields {
    /// An actor, a poll figure or a context note.
    pub kind: NoteKind,
    /// Unique and stable: links to the note use it.
    pub id: String,
    /// The card's heading.
    pub title: String,
    /// Where the note attaches in the text.
    pub anchors: Vec<RawAnchor>,
    /// Where a reader can check it.
    pub sources: Vec<RawSource>,
    /// An actor's kind.
    #[serde(default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "ActorKind"))]
    pub actor_kind: Option<ActorKind>,
    /// An actor's role: one line.
    #[serde(default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "String"))]
    pub role: Option<String>,
    /// One to three neutral sentences (actors and context notes).
    #[serde(default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "String"))]
    pub summary: Option<String>,
    /// An actor's stance in this story, where the record supports one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance: Option<String>,
    /// The id of the poll a poll figure comes from.
    #[serde(default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "String"))]
    pub poll: Option<String>,
    /// A poll figure's percentage, 0 to 100.
    #[serde(default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "f64"))]
    pub value: Option<f64>,
    /// What a poll figure measures.
    #[serde(default, deserialize_with = "given", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "String"))]
    pub label: Option<String>,
    /// The date or dates a context note concerns, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dates: Option<String>,
    /// A key figure with its date (context notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<String>,
    /// What the record shows, where the text's wording differs from it (context notes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
}

/// A field its kind requires, where present: `null` is no value for it.
fn given<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}

/// Where a note attaches: an exact quote, with the text that must stand right before and after
/// it where the quote alone occurs more than once.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "anchor"))]
#[serde(deny_unknown_fields)]
pub struct RawAnchor {
    /// The quoted text, with at least one letter or digit.
    pub exact: String,
    /// Text that must stand right before it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prefix: String,
    /// Text that must stand right after it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub suffix: String,
    /// Every occurrence is a mention, instead of exactly one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub every: bool,
}

/// A source for a note.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "source"))]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    /// Where it is: an https address.
    pub url: String,
    /// What it is called; when left out, the address's host.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// The fields only some kinds of note have, with the kind that has each (a summary: actors and
/// context notes).
pub(super) const KIND_FIELDS: [(&str, &[NoteKind]); 10] = [
    ("actor_kind", &[NoteKind::Actor]),
    ("role", &[NoteKind::Actor]),
    ("summary", &[NoteKind::Actor, NoteKind::Context]),
    ("stance", &[NoteKind::Actor]),
    ("poll", &[NoteKind::Poll]),
    ("value", &[NoteKind::Poll]),
    ("label", &[NoteKind::Poll]),
    ("dates", &[NoteKind::Context]),
    ("figure", &[NoteKind::Context]),
    ("record", &[NoteKind::Context]),
];

/// The fields each kind of note requires beyond those every note has, in the order a missing
/// one is reported (the JSON Schema says the same: see `schema.rs`).
pub(super) const REQUIRED_BY_KIND: [(NoteKind, &[&str]); 3] = [
    (NoteKind::Actor, &["actor_kind", "role", "summary"]),
    (NoteKind::Poll, &["poll", "value", "label"]),
    (NoteKind::Context, &["summary"]),
];

impl RawDataset {
    /// The format number, if the text is JSON with a whole number there.
    pub(super) fn format_of(text: &str) -> Option<u32> {
        serde_json::from_str::<FormatOnly>(text).ok()?.format
    }

    /// The whole text as a dataset, or the first place it does not fit the format. The format
    /// number is required here; its value is checked before (see `Dataset::read`).
    pub(super) fn read(text: &str) -> Read<Self> {
        let document: Document = parse(text, text, "")?;
        let notes = (document.notes.iter().enumerate())
            .map(|(index, note)| RawNote::read(text, note, &format!("notes[{index}]")))
            .collect::<Read<_>>()?;
        Ok(Self {
            language: document.language,
            direction: document.direction,
            article: document.article,
            polls: document.polls,
            notes,
        })
    }
}

impl RawNote {
    /// One note, from its text `raw` inside the whole `text`, at JSON path `path`.
    fn read(text: &str, raw: &RawValue, path: &str) -> Read<Self> {
        let f: NoteFields = parse(text, raw.get(), path)?;
        let present = [
            f.actor_kind.is_some(),
            f.role.is_some(),
            f.summary.is_some(),
            f.stance.is_some(),
            f.poll.is_some(),
            f.value.is_some(),
            f.label.is_some(),
            f.dates.is_some(),
            f.figure.is_some(),
            f.record.is_some(),
        ];
        let foreign =
            (KIND_FIELDS.iter().zip(present)).find(|((_, kinds), present)| *present && !kinds.contains(&f.kind));
        if let Some(((field, _), _)) = foreign {
            return Err(error_at(text, field_offset(text, raw, field), &format!("{path}.{field}"), unknown(field)));
        }
        // A field the kind needs and the note lacks: reported just after its closing brace.
        let end = offset_in(text, raw.get()) + raw.get().len();
        let missing = |field: &str| error_at(text, end, path, format!("missing field `{field}`"));
        let given = |field: &str| KIND_FIELDS.iter().zip(present).any(|((name, _), present)| present && *name == field);
        let required =
            REQUIRED_BY_KIND.iter().filter(|(kind, _)| *kind == f.kind).flat_map(|(_, fields)| fields.iter());
        if let Some(field) = required.copied().find(|field| !given(field)) {
            return Err(missing(field));
        }
        let (id, title, anchors, sources) = (f.id, f.title, f.anchors, f.sources);
        Ok(match f.kind {
            NoteKind::Actor => Self::Actor {
                id,
                title,
                actor_kind: f.actor_kind.ok_or_else(|| missing("actor_kind"))?,
                role: f.role.ok_or_else(|| missing("role"))?,
                summary: f.summary.ok_or_else(|| missing("summary"))?,
                stance: f.stance,
                anchors,
                sources,
            },
            NoteKind::Poll => Self::Poll {
                id,
                title,
                poll: f.poll.ok_or_else(|| missing("poll"))?,
                value: f.value.ok_or_else(|| missing("value"))?,
                label: f.label.ok_or_else(|| missing("label"))?,
                anchors,
                sources,
            },
            NoteKind::Context => Self::Context {
                id,
                title,
                dates: f.dates,
                summary: f.summary.ok_or_else(|| missing("summary"))?,
                figure: f.figure,
                record: f.record,
                anchors,
                sources,
            },
        })
    }

    /// The fields every kind of note has: id, title, anchors and sources.
    pub(super) fn parts(&self) -> (&str, &str, &[RawAnchor], &[RawSource]) {
        match self {
            Self::Actor { id, title, anchors, sources, .. }
            | Self::Poll { id, title, anchors, sources, .. }
            | Self::Context { id, title, anchors, sources, .. } => (id, title, anchors, sources),
        }
    }
}

/// serde's words for a field the object may not have.
fn unknown(field: &str) -> String {
    format!("unknown field `{field}`")
}

/// `part` (a slice of `text`, at JSON path `path`) read as a `T`; an error names its path and
/// its line and column in the whole of `text`.
fn parse<'a, T: Deserialize<'a>>(text: &str, part: &'a str, path: &str) -> Read<T> {
    let at = |error: &serde_json::Error, inner: &str| {
        let within = line_start(part, error.line()) + error.column();
        let path = match (path, inner) {
            (path, ".") if !path.is_empty() => path.to_owned(),
            ("", inner) => inner.to_owned(),
            (path, inner) if inner.starts_with('[') => format!("{path}{inner}"),
            (path, inner) => format!("{path}.{inner}"),
        };
        error_at(text, offset_in(text, part) + within, &path, message(error))
    };
    let mut deserializer = serde_json::Deserializer::from_str(part);
    let value = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| at(error.inner(), &written(error.path())))?;
    deserializer.end().map_err(|error| at(&error, "."))?;
    Ok(value)
}

/// A path as the checker writes it (`notes[3].anchors[0]`, `.` for the top), without the steps
/// serde could not name (a key that did not parse).
fn written(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    if out.is_empty() { ".".to_owned() } else { out }
}

/// serde_json's message without the position it appends ("… at line 3 column 7").
fn message(error: &serde_json::Error) -> String {
    let full = error.to_string();
    match full.rfind(" at line ") {
        Some(at) if error.line() > 0 => full[..at].to_owned(),
        _ => full,
    }
}

/// The byte offset where 1-based line `line` of `text` starts.
fn line_start(text: &str, line: usize) -> usize {
    if line <= 1 {
        return 0;
    }
    text.match_indices('\n').nth(line - 2).map_or(text.len(), |(at, _)| at + 1)
}

/// Where `part`, a slice of `text`, starts in it.
fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize).min(text.len())
}

/// Where the value of `field` starts in the object `raw` (a slice of `text`).
fn field_offset(text: &str, raw: &RawValue, field: &str) -> usize {
    let fields: BTreeMap<String, &RawValue> = serde_json::from_str(raw.get()).unwrap_or_default();
    fields.get(field).map_or_else(|| offset_in(text, raw.get()), |value| offset_in(text, value.get()))
}

/// A JSON error at byte `offset` of `text` (after the character at fault, as serde_json counts):
/// its 1-based line and its column in bytes. `text` may be bytes that are not UTF-8 (see
/// [`super::encoding`]).
pub(super) fn error_at(text: impl AsRef<[u8]>, offset: usize, path: &str, message: String) -> DatasetError {
    let text = text.as_ref();
    let before = &text[..offset.min(text.len())];
    let start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    DatasetError::Json { path: path.to_owned(), line, column: before.len() - start, message }
}

#[cfg(test)]
mod tests {
    use super::RawDataset;
    use crate::model::DatasetError;

    const ARTICLE: &str = r#""article": {"publisher": "P", "published": "2024", "blocks": [{"id": "h", "kind": "headline", "text": "T"}]}, "notes": []"#;

    #[test]
    fn the_format_number_is_a_number_however_written() {
        assert_eq!(RawDataset::format_of(&format!(r#"{{"format": 2.0, {ARTICLE}}}"#)), Some(2));
        assert!(RawDataset::read(&format!(r#"{{"format": 2.0, {ARTICLE}}}"#)).is_ok());
        assert!(RawDataset::read(&format!(r#"{{"format": 2.5, {ARTICLE}}}"#)).is_err());
        assert!(RawDataset::read(&format!(r#"{{"format": "2", {ARTICLE}}}"#)).is_err());
    }

    #[test]
    fn a_key_given_twice_is_named() {
        let Err(DatasetError::Json { message, .. }) =
            RawDataset::read(&format!(r#"{{"format": 2, "format": 2, {ARTICLE}}}"#))
        else {
            panic!("a duplicate key is refused")
        };
        assert_eq!(message, "duplicate field `format`");
    }
}
