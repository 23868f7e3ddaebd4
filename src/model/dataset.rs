//! The dataset: JSON in, a validated [`Dataset`] out.
//!
//! `Raw*` types mirror the JSON (documented in `data/README.md`) and are private; the public types
//! hold only what passed validation: every URL is a [`SafeUrl`], every anchor resolved to
//! [`Mention`]s, every block cut into [`Segment`]s. Components receive a `Dataset` and never
//! re-check it.

use std::collections::HashSet;
use std::ops::Range;

use serde::Deserialize;

use super::anchor::{Quote, occurrences};
use super::error::{DatasetError, Problem};
use super::segment::{Segment, segment};
use super::url::SafeUrl;

/// The format number this build reads.
pub const FORMAT: u32 = 1;

/// Index of a note in [`Dataset::notes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NoteId(pub usize);

/// Index of a mention in [`Dataset::mentions`], which are in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MentionId(pub usize);

/// A validated dataset: the article, its notes and where they are mentioned.
#[derive(Debug)]
pub struct Dataset {
    /// The article's metadata and blocks.
    pub article: Article,
    /// The polls that poll figures come from.
    pub polls: Vec<Poll>,
    /// Every note, in dataset order.
    pub notes: Vec<Note>,
    /// Every mention, in reading order.
    pub mentions: Vec<Mention>,
}

/// The article's metadata and text.
#[derive(Debug)]
pub struct Article {
    /// Who published it ("European Council on Foreign Relations (ECFR)").
    pub publisher: String,
    /// Where the original is.
    pub url: SafeUrl,
    /// Publication date, as precise as known ("2022-03").
    pub published: String,
    /// What is and is not known of the date.
    pub published_note: Option<String>,
    /// The author as far as known.
    pub author: Author,
    /// Headline, standfirst, caption, paragraphs, pull quote, disclaimer: in reading order.
    pub blocks: Vec<Block>,
}

impl Article {
    /// The headline (validation guarantees the first block is one).
    pub fn title(&self) -> &str {
        &self.blocks[0].text
    }

    /// The publication date for reading: "2022-03" is "March 2022", "2022-03-14" is
    /// "14 March 2022"; anything else is shown as written.
    pub fn date_label(&self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let parts: Vec<&str> = self.published.split('-').collect();
        let month = parts.get(1).and_then(|m| m.parse::<usize>().ok()).and_then(|m| MONTHS.get(m.wrapping_sub(1)));
        let day = parts.get(2).and_then(|d| d.parse::<u8>().ok()).filter(|d| (1..=31).contains(d));
        match (parts.as_slice(), month, day) {
            ([year, _], Some(month), _) => format!("{month} {year}"),
            ([year, _, _], Some(month), Some(day)) => format!("{day} {month} {year}"),
            _ => self.published.clone(),
        }
    }
}

/// The author: a name only where it is verified.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Author {
    /// The author's name, where verified.
    #[serde(default)]
    pub name: Option<String>,
    /// The author's role ("Senior Policy Fellow").
    #[serde(default)]
    pub role: Option<String>,
    /// What is and is not known about the author.
    #[serde(default)]
    pub note: Option<String>,
}

/// What a block is, which decides how it is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Headline,
    Standfirst,
    Caption,
    Paragraph,
    Pullquote,
    Disclaimer,
}

/// A paragraph, heading, caption, pull quote or disclaimer, cut into segments.
#[derive(Debug)]
pub struct Block {
    /// Stable id from the dataset.
    pub id: String,
    /// How the block is set.
    pub kind: BlockKind,
    /// The text, verbatim.
    pub text: String,
    /// The text cut into plain and marked runs; they tile `text` exactly.
    pub segments: Vec<Segment>,
}

/// A poll that poll figures come from.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Poll {
    /// Stable id that poll figures refer to.
    pub id: String,
    /// Short name ("ECFR poll in Serbia").
    pub title: String,
    /// Who ran or commissioned it, as far as verified.
    pub by: String,
    /// When, as far as verified ("Summer 2021").
    pub when: String,
    /// Who was asked.
    pub population: String,
    /// What was asked, as far as verified.
    pub question: String,
    /// What is not verified about the poll.
    #[serde(default)]
    pub unverified: Option<String>,
    /// A sentence on the poll itself.
    #[serde(default)]
    pub about: Option<String>,
}

/// One annotation.
#[derive(Debug)]
pub struct Note {
    /// Stable id from the dataset, used in links.
    pub id: String,
    /// What the card is headed with.
    pub title: String,
    /// The kind-specific content.
    pub body: NoteBody,
    /// At least one `https` source.
    pub sources: Vec<Source>,
    /// This note's mentions, in reading order.
    pub mentions: Vec<MentionId>,
}

/// The three kinds of note, for legends and styles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoteKind {
    Actor,
    Poll,
    Context,
}

impl NoteKind {
    /// Every kind, in legend order.
    pub const ALL: [NoteKind; 3] = [NoteKind::Actor, NoteKind::Poll, NoteKind::Context];

    /// The lower-case name used in class names and the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Actor => "actor",
            Self::Poll => "poll",
            Self::Context => "context",
        }
    }
}

/// Kind-specific note content.
#[derive(Debug)]
pub enum NoteBody {
    Actor(Actor),
    Poll(PollFigure),
    Context(Context),
}

/// A person, state, organisation or party.
#[derive(Debug)]
pub struct Actor {
    /// What sort of actor.
    pub kind: ActorKind,
    /// One line: who or what this is.
    pub role: String,
    /// One to three neutral sentences.
    pub summary: String,
    /// Its stance in this story, where the record supports one.
    pub stance: Option<String>,
}

/// What sort of actor a note describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    State,
    Organisation,
    Party,
}

impl ActorKind {
    /// The word shown on the card.
    pub fn label(self) -> &'static str {
        match self {
            Self::Person => "Person",
            Self::State => "State",
            Self::Organisation => "Organisation",
            Self::Party => "Party",
        }
    }
}

/// One figure from a poll.
#[derive(Debug)]
pub struct PollFigure {
    /// Index into [`Dataset::polls`].
    pub poll: usize,
    /// The percentage, 0 to 100.
    pub value: f64,
    /// What the figure measures ("see Russia as an ally").
    pub label: String,
}

/// An event, treaty or term.
#[derive(Debug)]
pub struct Context {
    /// The date or dates it concerns.
    pub dates: String,
    /// One to three neutral sentences.
    pub summary: String,
    /// A key figure with its date, where the note is about one.
    pub figure: Option<String>,
    /// What the record shows, where the article's wording differs from it.
    pub record: Option<String>,
}

/// A source for a note.
#[derive(Debug)]
pub struct Source {
    /// Where it is.
    pub url: SafeUrl,
    /// What it is called.
    pub label: String,
}

/// One anchored occurrence of a note in the text.
#[derive(Clone, Debug)]
pub struct Mention {
    /// The note mentioned.
    pub note: NoteId,
    /// Index of the block in [`Article::blocks`].
    pub block: usize,
    /// Byte range in the block text.
    pub range: Range<usize>,
    /// 0-based position among the note's mentions.
    pub ordinal: usize,
}

impl Dataset {
    /// Parses and validates a dataset; every problem found is reported, not just the first.
    pub fn from_json(json: &str) -> Result<Self, DatasetError> {
        let raw: RawDataset = serde_json::from_str(json).map_err(DatasetError::Json)?;
        raw.validate().map_err(DatasetError::Invalid)
    }

    /// The note a mention belongs to.
    pub fn note_of(&self, mention: MentionId) -> &Note {
        &self.notes[self.mentions[mention.0].note.0]
    }

    /// The text a mention marks.
    pub fn mention_text(&self, mention: MentionId) -> &str {
        let m = &self.mentions[mention.0];
        &self.article.blocks[m.block].text[m.range.clone()]
    }

    /// The figures of one poll, in dataset order, for its chart.
    pub fn poll_figures(&self, poll: usize) -> impl Iterator<Item = (&Note, &PollFigure)> {
        self.notes.iter().filter_map(move |note| match &note.body {
            NoteBody::Poll(figure) if figure.poll == poll => Some((note, figure)),
            _ => None,
        })
    }
}

impl Note {
    /// Which of the three kinds this note is.
    pub fn kind(&self) -> NoteKind {
        match self.body {
            NoteBody::Actor(_) => NoteKind::Actor,
            NoteBody::Poll(_) => NoteKind::Poll,
            NoteBody::Context(_) => NoteKind::Context,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDataset {
    format: u32,
    #[serde(default)]
    #[allow(dead_code, reason = "documented field, read by hosts through the JSON")]
    language: Option<String>,
    article: RawArticle,
    #[serde(default)]
    polls: Vec<Poll>,
    notes: Vec<RawNote>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArticle {
    publisher: String,
    url: String,
    published: String,
    #[serde(default)]
    published_note: Option<String>,
    #[serde(default)]
    author: Author,
    blocks: Vec<RawBlock>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBlock {
    id: String,
    kind: BlockKind,
    text: String,
}

#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
enum RawNote {
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
struct RawAnchor {
    exact: String,
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    suffix: String,
    /// Every occurrence is a mention, instead of exactly one.
    #[serde(default)]
    every: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    url: String,
    label: String,
}

impl RawNote {
    fn parts(&self) -> (&str, &str, &[RawAnchor], &[RawSource]) {
        match self {
            Self::Actor { id, title, anchors, sources, .. }
            | Self::Poll { id, title, anchors, sources, .. }
            | Self::Context { id, title, anchors, sources, .. } => (id, title, anchors, sources),
        }
    }
}

impl RawDataset {
    fn validate(self) -> Result<Dataset, Vec<Problem>> {
        let mut problems = Vec::new();
        if self.format != FORMAT {
            problems.push(Problem::UnsupportedFormat(self.format));
        }
        let article = self.article;
        if article.blocks.first().map(|b| b.kind) != Some(BlockKind::Headline) {
            problems.push(Problem::NoHeadline);
        }
        let mut block_ids = HashSet::new();
        for block in &article.blocks {
            if !block_ids.insert(block.id.as_str()) {
                problems.push(Problem::DuplicateBlockId(block.id.clone()));
            }
            if block.text.trim().is_empty() {
                problems.push(Problem::EmptyBlock(block.id.clone()));
            }
        }
        let url = SafeUrl::parse(&article.url);
        if url.is_none() {
            problems.push(Problem::UnsafeUrl { note: "article.url".into(), url: article.url.clone() });
        }
        let mut poll_ids = HashSet::new();
        for poll in &self.polls {
            if !poll_ids.insert(poll.id.as_str()) {
                problems.push(Problem::DuplicatePollId(poll.id.clone()));
            }
        }

        let texts: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
        let mut note_ids = HashSet::new();
        let mut notes = Vec::with_capacity(self.notes.len());
        let mut found: Vec<Mention> = Vec::new();
        for (index, raw) in self.notes.iter().enumerate() {
            let (id, title, anchors, raw_sources) = raw.parts();
            if !note_ids.insert(id) {
                problems.push(Problem::DuplicateNoteId(id.to_owned()));
            }
            if title.trim().is_empty() {
                problems.push(Problem::EmptyField { note: id.to_owned(), field: "title" });
            }
            if anchors.is_empty() {
                problems.push(Problem::NoAnchors(id.to_owned()));
            }
            if raw_sources.is_empty() {
                problems.push(Problem::NoSources(id.to_owned()));
            }
            let sources = raw_sources
                .iter()
                .filter_map(|s| match SafeUrl::parse(&s.url) {
                    Some(url) => Some(Source { url, label: s.label.clone() }),
                    None => {
                        problems.push(Problem::UnsafeUrl { note: format!("note \"{id}\""), url: s.url.clone() });
                        None
                    }
                })
                .collect();
            found.extend(resolve_anchors(NoteId(index), id, anchors, &texts, &mut problems));
            let body = match raw.body(&self.polls) {
                Ok(body) => body,
                Err(problem) => {
                    problems.push(problem);
                    continue;
                }
            };
            notes.push(Note { id: id.to_owned(), title: title.to_owned(), body, sources, mentions: Vec::new() });
        }

        found.sort_by_key(|m| (m.block, m.range.start));
        for pair in found.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            if a.block == b.block && b.range.start < a.range.end {
                let note_id = |m: &Mention| self.notes[m.note.0].parts().0.to_owned();
                problems.push(Problem::Overlap {
                    block: article.blocks[a.block].id.clone(),
                    first: note_id(a),
                    second: note_id(b),
                    text: texts[a.block][b.range.start..a.range.end.min(b.range.end)].to_owned(),
                });
            }
        }

        let (Some(url), true) = (url, problems.is_empty()) else {
            return Err(problems);
        };
        for (index, mention) in found.iter_mut().enumerate() {
            let note = &mut notes[mention.note.0];
            mention.ordinal = note.mentions.len();
            note.mentions.push(MentionId(index));
        }
        let blocks = article
            .blocks
            .into_iter()
            .enumerate()
            .map(|(index, raw)| {
                let marks: Vec<_> = found
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.block == index)
                    .map(|(id, m)| (m.range.clone(), MentionId(id)))
                    .collect();
                Block { segments: segment(raw.text.len(), &marks), id: raw.id, kind: raw.kind, text: raw.text }
            })
            .collect();
        Ok(Dataset {
            article: Article {
                publisher: article.publisher,
                url,
                published: article.published,
                published_note: article.published_note,
                author: article.author,
                blocks,
            },
            polls: self.polls,
            notes,
            mentions: found,
        })
    }
}

impl RawNote {
    fn body(&self, polls: &[Poll]) -> Result<NoteBody, Problem> {
        let required = |note: &str, field: &'static str, value: &str| {
            if value.trim().is_empty() {
                Err(Problem::EmptyField { note: note.to_owned(), field })
            } else {
                Ok(value.to_owned())
            }
        };
        Ok(match self {
            Self::Actor { id, actor_kind, role, summary, stance, .. } => NoteBody::Actor(Actor {
                kind: *actor_kind,
                role: required(id, "role", role)?,
                summary: required(id, "summary", summary)?,
                stance: stance.clone(),
            }),
            Self::Poll { id, poll, value, label, .. } => {
                let index = polls
                    .iter()
                    .position(|p| &p.id == poll)
                    .ok_or_else(|| Problem::UnknownPoll { note: id.clone(), poll: poll.clone() })?;
                if !(0.0..=100.0).contains(value) {
                    return Err(Problem::PollValueOutOfRange { note: id.clone() });
                }
                NoteBody::Poll(PollFigure { poll: index, value: *value, label: required(id, "label", label)? })
            }
            Self::Context { id, dates, summary, figure, record, .. } => NoteBody::Context(Context {
                dates: required(id, "dates", dates)?,
                summary: required(id, "summary", summary)?,
                figure: figure.clone(),
                record: record.clone(),
            }),
        })
    }
}

/// Resolves one note's anchors into mentions. An `every` anchor takes each occurrence not already
/// covered by the same note's earlier anchors ("Vucic" after "Aleksandar Vucic"); any other anchor
/// must match exactly once in the whole article.
fn resolve_anchors(
    note: NoteId,
    note_id: &str,
    anchors: &[RawAnchor],
    texts: &[&str],
    problems: &mut Vec<Problem>,
) -> Vec<Mention> {
    let mut mentions: Vec<Mention> = Vec::new();
    for anchor in anchors {
        let quote = Quote { exact: &anchor.exact, prefix: &anchor.prefix, suffix: &anchor.suffix };
        let hits: Vec<(usize, Range<usize>)> = texts
            .iter()
            .enumerate()
            .flat_map(|(block, text)| occurrences(text, quote).into_iter().map(move |r| (block, r)))
            .collect();
        match (hits.len(), anchor.every) {
            (0, _) => problems.push(Problem::AnchorNotFound { note: note_id.to_owned(), exact: anchor.exact.clone() }),
            (1, _) | (_, true) => {
                for (block, range) in hits {
                    let covered = mentions
                        .iter()
                        .any(|m| m.block == block && m.range.start < range.end && range.start < m.range.end);
                    if !covered {
                        mentions.push(Mention { note, block, range, ordinal: 0 });
                    }
                }
            }
            (count, false) => {
                problems.push(Problem::AnchorAmbiguous { note: note_id.to_owned(), exact: anchor.exact.clone(), count })
            }
        }
    }
    mentions
}

#[cfg(test)]
mod tests {
    use super::{Article, Author, SafeUrl};

    fn published(date: &str) -> String {
        let url = SafeUrl::parse("https://example.org/").expect("valid");
        let article = Article {
            publisher: String::new(),
            url,
            published: date.to_owned(),
            published_note: None,
            author: Author::default(),
            blocks: Vec::new(),
        };
        article.date_label()
    }

    #[test]
    fn dates_read_as_precisely_as_they_are_known() {
        assert_eq!(published("2022-03"), "March 2022");
        assert_eq!(published("2022-03-14"), "14 March 2022");
        assert_eq!(published("2022"), "2022");
        assert_eq!(published("2022-13"), "2022-13");
        assert_eq!(published("spring 2022"), "spring 2022");
    }
}
