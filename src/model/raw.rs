//! The JSON as written: types that mirror `data/README.md` field for field, each reading itself
//! with the strict [`Reader`]. Unknown fields are errors, so a misspelt field is reported rather
//! than silently ignored.

use super::dataset::{ActorKind, Author, BlockKind, Poll};
use super::json::{Read, Reader};

pub(super) struct RawDataset {
    pub(super) language: Option<String>,
    pub(super) article: RawArticle,
    pub(super) polls: Vec<Poll>,
    pub(super) notes: Vec<RawNote>,
}

pub(super) struct RawArticle {
    pub(super) publisher: String,
    pub(super) url: Option<String>,
    pub(super) published: String,
    pub(super) published_note: Option<String>,
    pub(super) author: Author,
    pub(super) blocks: Vec<RawBlock>,
}

pub(super) struct RawBlock {
    pub(super) id: String,
    pub(super) kind: BlockKind,
    pub(super) text: String,
}

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
        dates: String,
        summary: String,
        figure: Option<String>,
        record: Option<String>,
        anchors: Vec<RawAnchor>,
        sources: Vec<RawSource>,
    },
}

pub(super) struct RawAnchor {
    pub(super) exact: String,
    pub(super) prefix: String,
    pub(super) suffix: String,
    /// Every occurrence is a mention, instead of exactly one.
    pub(super) every: bool,
}

pub(super) struct RawSource {
    pub(super) url: String,
    pub(super) label: String,
}

impl RawDataset {
    /// The whole text as a dataset, or the first place it does not fit the format. The format
    /// number is required here; its value is checked before (see `Dataset::check`).
    pub(super) fn read(text: &str) -> Read<Self> {
        let reader = &mut Reader::new(text);
        let (mut format, mut language, mut article, mut polls, mut notes) = (None, None, None, Vec::new(), None);
        reader.object(&["format", "language", "article", "polls", "notes"], &mut |r, key| {
            match key {
                "format" => format = Some(r.whole()?),
                "language" => language = r.optional_string()?,
                "article" => article = Some(RawArticle::read(r)?),
                "polls" => polls = r.list(Poll::read)?,
                _ => notes = Some(r.list(RawNote::read)?),
            }
            Ok(())
        })?;
        reader.required(format, "format")?;
        let dataset = Self {
            language,
            article: reader.required(article, "article")?,
            polls,
            notes: reader.required(notes, "notes")?,
        };
        reader.finish()?;
        Ok(dataset)
    }
}

impl RawArticle {
    fn read(reader: &mut Reader) -> Read<Self> {
        let (mut publisher, mut url, mut published, mut published_note, mut author, mut blocks) =
            (None, None, None, None, Author::default(), None);
        reader.object(&["publisher", "url", "published", "published_note", "author", "blocks"], &mut |r, key| {
            match key {
                "publisher" => publisher = Some(r.string()?),
                "url" => url = r.optional_string()?,
                "published" => published = Some(r.string()?),
                "published_note" => published_note = r.optional_string()?,
                "author" => author = Author::read(r)?,
                _ => blocks = Some(r.list(RawBlock::read)?),
            }
            Ok(())
        })?;
        Ok(Self {
            publisher: reader.required(publisher, "publisher")?,
            url,
            published: reader.required(published, "published")?,
            published_note,
            author,
            blocks: reader.required(blocks, "blocks")?,
        })
    }
}

impl Author {
    fn read(reader: &mut Reader) -> Read<Self> {
        let mut author = Self::default();
        reader.object(&["name", "role", "note"], &mut |r, key| {
            let value = r.optional_string()?;
            match key {
                "name" => author.name = value,
                "role" => author.role = value,
                _ => author.note = value,
            }
            Ok(())
        })?;
        Ok(author)
    }
}

impl RawBlock {
    fn read(reader: &mut Reader) -> Read<Self> {
        let (mut id, mut kind, mut text) = (None, None, None);
        reader.object(&["id", "kind", "text"], &mut |r, key| {
            match key {
                "id" => id = Some(r.string()?),
                "kind" => kind = Some(BlockKind::ALL[r.name_of(&BlockKind::NAMES)?]),
                _ => text = Some(r.string()?),
            }
            Ok(())
        })?;
        Ok(Self {
            id: reader.required(id, "id")?,
            kind: reader.required(kind, "kind")?,
            text: reader.required(text, "text")?,
        })
    }
}

impl Poll {
    fn read(reader: &mut Reader) -> Read<Self> {
        let mut texts: [Option<String>; 8] = Default::default();
        const FIELDS: &[&str] = &["id", "title", "by", "when", "population", "question", "unverified", "about"];
        reader.object(FIELDS, &mut |r, key| {
            let at = FIELDS.iter().position(|f| *f == key).unwrap_or_default();
            texts[at] = if at < 6 { Some(r.string()?) } else { r.optional_string()? };
            Ok(())
        })?;
        let [id, title, by, when, population, question, unverified, about] = texts;
        Ok(Self {
            id: reader.required(id, "id")?,
            title: reader.required(title, "title")?,
            by: reader.required(by, "by")?,
            when: reader.required(when, "when")?,
            population: reader.required(population, "population")?,
            question: reader.required(question, "question")?,
            unverified,
            about,
        })
    }
}

/// Every field a note of any kind may have; which ones its kind allows is checked after.
const NOTE_FIELDS: &[&str] = &[
    "kind",
    "id",
    "title",
    "anchors",
    "sources",
    "actor_kind",
    "role",
    "summary",
    "stance",
    "poll",
    "value",
    "label",
    "dates",
    "figure",
    "record",
];

/// The kinds of note, in the order of [`RawNote`]'s variants.
const NOTE_KINDS: &[&str] = &["actor", "poll", "context"];

/// Whether a note of kind `kind` (an index into [`NOTE_KINDS`]) may have `field`.
fn allowed(kind: usize, field: &str) -> bool {
    let own: &[&str] = match kind {
        0 => &["actor_kind", "role", "summary", "stance"],
        1 => &["poll", "value", "label"],
        _ => &["dates", "summary", "figure", "record"],
    };
    NOTE_FIELDS[..5].contains(&field) || own.contains(&field)
}

/// A note's fields as read, before its kind says which it must have.
#[derive(Default)]
struct NoteFields {
    kind: Option<usize>,
    id: Option<String>,
    title: Option<String>,
    anchors: Option<Vec<RawAnchor>>,
    sources: Option<Vec<RawSource>>,
    actor_kind: Option<ActorKind>,
    role: Option<String>,
    summary: Option<String>,
    stance: Option<String>,
    poll: Option<String>,
    value: Option<f64>,
    label: Option<String>,
    dates: Option<String>,
    figure: Option<String>,
    record: Option<String>,
}

impl RawNote {
    fn read(reader: &mut Reader) -> Read<Self> {
        let mut f = NoteFields::default();
        let mut seen = Vec::new();
        reader.object(NOTE_FIELDS, &mut |r, key| {
            seen.push((key, r.key_at()));
            match key {
                "kind" => f.kind = Some(r.name_of(NOTE_KINDS)?),
                "id" => f.id = Some(r.string()?),
                "title" => f.title = Some(r.string()?),
                "anchors" => f.anchors = Some(r.list(RawAnchor::read)?),
                "sources" => f.sources = Some(r.list(RawSource::read)?),
                "actor_kind" => f.actor_kind = Some(ActorKind::ALL[r.name_of(&ActorKind::NAMES)?]),
                "role" => f.role = Some(r.string()?),
                "summary" => f.summary = Some(r.string()?),
                "stance" => f.stance = r.optional_string()?,
                "poll" => f.poll = Some(r.string()?),
                "value" => f.value = Some(r.number()?),
                "label" => f.label = Some(r.string()?),
                "dates" => f.dates = Some(r.string()?),
                "figure" => f.figure = r.optional_string()?,
                _ => f.record = r.optional_string()?,
            }
            Ok(())
        })?;
        let r = reader;
        let kind = r.required(f.kind, "kind")?;
        if let Some(&(key, at)) = seen.iter().find(|(key, _)| !allowed(kind, key)) {
            return Err(r.unknown_field(at, key));
        }
        let (id, title) = (r.required(f.id, "id")?, r.required(f.title, "title")?);
        Ok(match kind {
            0 => Self::Actor {
                id,
                title,
                actor_kind: r.required(f.actor_kind, "actor_kind")?,
                role: r.required(f.role, "role")?,
                summary: r.required(f.summary, "summary")?,
                stance: f.stance,
                anchors: r.required(f.anchors, "anchors")?,
                sources: r.required(f.sources, "sources")?,
            },
            1 => Self::Poll {
                id,
                title,
                poll: r.required(f.poll, "poll")?,
                value: r.required(f.value, "value")?,
                label: r.required(f.label, "label")?,
                anchors: r.required(f.anchors, "anchors")?,
                sources: r.required(f.sources, "sources")?,
            },
            _ => Self::Context {
                id,
                title,
                dates: r.required(f.dates, "dates")?,
                summary: r.required(f.summary, "summary")?,
                figure: f.figure,
                record: f.record,
                anchors: r.required(f.anchors, "anchors")?,
                sources: r.required(f.sources, "sources")?,
            },
        })
    }
}

impl RawAnchor {
    fn read(reader: &mut Reader) -> Read<Self> {
        let (mut exact, mut prefix, mut suffix, mut every) = (None, String::new(), String::new(), false);
        reader.object(&["exact", "prefix", "suffix", "every"], &mut |r, key| {
            match key {
                "exact" => exact = Some(r.string()?),
                "prefix" => prefix = r.string()?,
                "suffix" => suffix = r.string()?,
                _ => every = r.boolean()?,
            }
            Ok(())
        })?;
        Ok(Self { exact: reader.required(exact, "exact")?, prefix, suffix, every })
    }
}

impl RawSource {
    fn read(reader: &mut Reader) -> Read<Self> {
        let (mut url, mut label) = (None, None);
        reader.object(&["url", "label"], &mut |r, key| {
            match key {
                "url" => url = Some(r.string()?),
                _ => label = Some(r.string()?),
            }
            Ok(())
        })?;
        Ok(Self { url: reader.required(url, "url")?, label: reader.required(label, "label")? })
    }
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
