//! The validated dataset: what components receive and never re-check.
//!
//! Every URL here is a [`SafeUrl`], every anchor is resolved to [`Mention`]s, every block is cut
//! into [`Segment`]s, and all text is in Unicode NFC. The JSON it comes from is described by the
//! `raw` types and checked by `validate`.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::error::{DatasetError, Problem, ProblemKind};
use super::raw::RawDataset;
use super::segment::Segment;
use super::url::SafeUrl;

/// The format number this build reads.
pub const FORMAT: u32 = 1;

/// What [`Dataset::plain_text`] puts between blocks.
pub const BLOCK_SEPARATOR: &str = "\n\n";

/// Index of a note in [`Dataset::notes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NoteId(pub usize);

/// Index of a mention in [`Dataset::mentions`], which are in reading order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MentionId(pub usize);

/// A validated dataset: the article, its notes and where they are mentioned.
///
/// It serialises without what [`Dataset::link`] derives again (each note's mentions and number,
/// each mention's ordinal, each block's segments): that is how the build hands the built-in
/// dataset to the wasm (see [`crate::data`]).
#[derive(Debug, Serialize, Deserialize)]
pub struct Dataset {
    /// BCP 47 language of the article text, where given.
    pub language: Option<String>,
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
#[derive(Debug, Serialize, Deserialize)]
pub struct Article {
    /// Who published it ("European Council on Foreign Relations (ECFR)").
    pub publisher: String,
    /// Where the original is (left out when the dataset's URL is not `https`).
    pub url: Option<SafeUrl>,
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
    /// "14 March 2022"; anything else (which validation reports and clears) is shown as written.
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
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Author {
    /// The author's name, where verified.
    pub name: Option<String>,
    /// The author's role ("Senior Policy Fellow").
    pub role: Option<String>,
    /// What is and is not known about the author.
    pub note: Option<String>,
}

/// What a block is, which decides how it is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Serialize, Deserialize)]
pub struct Block {
    /// Stable id from the dataset.
    pub id: String,
    /// How the block is set.
    pub kind: BlockKind,
    /// The text, verbatim.
    pub text: String,
    /// The text cut into plain and marked runs; they tile `text` exactly.
    #[serde(skip)]
    pub segments: Vec<Segment>,
}

/// A poll that poll figures come from.
#[derive(Debug, Serialize, Deserialize)]
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
#[derive(Debug, Serialize, Deserialize)]
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
    #[serde(skip)]
    pub mentions: Vec<MentionId>,
    /// Its endnote number (from 1; see [`Dataset::endnotes`]), which its marks carry on paper.
    #[serde(skip)]
    pub number: usize,
}

/// The three kinds of note, for legends and styles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NoteKind {
    Actor,
    Poll,
    Context,
}

impl NoteKind {
    /// Every kind, in legend order.
    pub const ALL: [NoteKind; 3] = [NoteKind::Actor, NoteKind::Poll, NoteKind::Context];

    /// The kind of that lower-case name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == name)
    }

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
#[derive(Debug, Serialize, Deserialize)]
pub enum NoteBody {
    Actor(Actor),
    Poll(PollFigure),
    Context(Context),
}

/// A person, state, organisation or party.
#[derive(Debug, Serialize, Deserialize)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

    /// The heading for a group of them.
    pub fn plural(self) -> &'static str {
        match self {
            Self::Person => "People",
            Self::State => "States",
            Self::Organisation => "Organisations",
            Self::Party => "Parties",
        }
    }
}

/// One figure from a poll.
#[derive(Debug, Serialize, Deserialize)]
pub struct PollFigure {
    /// Index into [`Dataset::polls`].
    pub poll: usize,
    /// The percentage, 0 to 100.
    pub value: f64,
    /// What the figure measures ("see Russia as an ally").
    pub label: String,
}

/// An event, treaty or term.
#[derive(Debug, Serialize, Deserialize)]
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
#[derive(Debug, Serialize, Deserialize)]
pub struct Source {
    /// Where it is.
    pub url: SafeUrl,
    /// What it is called.
    pub label: String,
}

/// One anchored occurrence of a note in the text.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Mention {
    /// The note mentioned.
    pub note: NoteId,
    /// Index of the block in [`Article::blocks`].
    pub block: usize,
    /// Byte range in the block text.
    pub range: Range<usize>,
    /// 0-based position among the note's mentions.
    #[serde(skip)]
    pub ordinal: usize,
}

/// A dataset that could be shown, with the problems found in it. What broke a rule is left out
/// of `dataset`: a bad anchor's mentions, an unsafe URL, the later of two overlapping mentions.
#[derive(Debug)]
pub struct Checked {
    /// What passed.
    pub dataset: Dataset,
    /// Every problem, in the order of the JSON.
    pub problems: Vec<Problem>,
}

/// A dataset read but not yet validated (see [`Dataset::read`]).
pub struct Unchecked(RawDataset);

impl Checked {
    /// The dataset if nothing in it broke a rule; otherwise every problem.
    pub fn into_clean(self) -> Result<Dataset, DatasetError> {
        if self.problems.is_empty() { Ok(self.dataset) } else { Err(DatasetError::Invalid(self.problems)) }
    }
}

impl Unchecked {
    /// The second half of [`Dataset::check`]: validates the dataset, anchors its notes and cuts
    /// its blocks into segments.
    pub fn check(self) -> Result<Checked, DatasetError> {
        futures::executor::block_on(self.check_in_steps(|| std::future::ready(())))
    }

    /// [`Unchecked::check`] in steps: `pause` is awaited between them (in the browser, the next
    /// task), so a very long article is checked without holding the page up.
    pub async fn check_in_steps<P: Future<Output = ()>>(
        self,
        pause: impl FnMut() -> P,
    ) -> Result<Checked, DatasetError> {
        let (dataset, problems) = self.0.validate(pause).await.map_err(DatasetError::Invalid)?;
        Ok(Checked { dataset, problems })
    }
}

impl Dataset {
    /// Parses and validates a dataset strictly: any problem rejects it, and every problem found
    /// is reported, not just the first.
    pub fn from_json(json: &str) -> Result<Self, DatasetError> {
        Self::check(json)?.into_clean()
    }

    /// Parses and validates a dataset leniently: `Err` only when the JSON cannot be read or the
    /// article cannot be shown; otherwise what passed, with the problems found.
    pub fn check(json: &str) -> Result<Checked, DatasetError> {
        Self::read(json)?.check()
    }

    /// [`Dataset::check`] on a file's bytes, which must be UTF-8 (see [`super::encoding`]): what
    /// the checker and the browser read a dataset from elsewhere with.
    pub fn check_bytes(bytes: &[u8]) -> Result<Checked, DatasetError> {
        Self::read_bytes(bytes)?.check()
    }

    /// [`Dataset::read`] on a file's bytes.
    pub fn read_bytes(bytes: &[u8]) -> Result<Unchecked, DatasetError> {
        Self::read(super::encoding::text(bytes)?)
    }

    /// The first half of [`Dataset::check`]: reads the JSON into the format's shape, or says
    /// where it does not fit. A long dataset takes a while to read and a while to validate; the
    /// browser does them in separate tasks, so the page answers in between.
    pub fn read(json: &str) -> Result<Unchecked, DatasetError> {
        let json = super::encoding::text(json.as_bytes())?;
        // Another format may have another shape: say so rather than list what does not fit.
        if let Some(format) = RawDataset::format_of(json)
            && format != FORMAT
        {
            return Err(DatasetError::Invalid(vec![Problem::new("format", ProblemKind::UnsupportedFormat(format))]));
        }
        Ok(Unchecked(RawDataset::read(json)?))
    }

    /// The article as one text, blocks joined by blank lines: what W3C positions count in.
    pub fn plain_text(&self) -> String {
        let texts: Vec<&str> = self.article.blocks.iter().map(|b| b.text.as_str()).collect();
        texts.join(BLOCK_SEPARATOR)
    }

    /// A mention's position in [`Dataset::plain_text`], in Unicode code points.
    pub fn code_point_range(&self, mention: MentionId) -> Range<usize> {
        let m = &self.mentions[mention.0];
        let before: usize = self.article.blocks[..m.block]
            .iter()
            .map(|b| b.text.chars().count() + BLOCK_SEPARATOR.chars().count())
            .sum();
        let within = super::position::code_points(&self.article.blocks[m.block].text, m.range.clone());
        before + within.start..before + within.end
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

    /// The notes in the order of their endnotes, whose numbers the marks carry on paper: as the
    /// reader meets them (by first mention), then any note the text does not mention.
    pub fn endnotes(&self) -> Vec<NoteId> {
        let mut order: Vec<NoteId> = Vec::with_capacity(self.notes.len());
        order.extend(self.mentions.iter().filter(|m| m.ordinal == 0).map(|m| m.note));
        order.extend((0..self.notes.len()).map(NoteId).filter(|id| self.notes[id.0].mentions.is_empty()));
        order
    }

    /// Derives what the mentions imply, from the mentions in reading order (sorted, disjoint, and
    /// in range: validation and [`super::in_page`] make sure): each note's mentions and their
    /// ordinals, each block's segments, and the endnote numbers.
    pub(super) fn link(&mut self) {
        for note in &mut self.notes {
            note.mentions.clear();
        }
        for (index, mention) in self.mentions.iter_mut().enumerate() {
            let note = &mut self.notes[mention.note.0];
            mention.ordinal = note.mentions.len();
            note.mentions.push(MentionId(index));
        }
        // Each block's mentions are the next run of them.
        let mut next = 0;
        for (index, block) in self.article.blocks.iter_mut().enumerate() {
            let count = self.mentions[next..].iter().take_while(|m| m.block == index).count();
            let marks: Vec<_> =
                (next..next + count).map(|id| (self.mentions[id].range.clone(), MentionId(id))).collect();
            next += count;
            block.segments = super::segment::segment(block.text.len(), &marks);
        }
        for (number, id) in self.endnotes().into_iter().enumerate() {
            self.notes[id.0].number = number + 1;
        }
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

#[cfg(test)]
mod tests {
    use super::{Article, Author, SafeUrl};

    fn published(date: &str) -> String {
        let article = Article {
            publisher: String::new(),
            url: SafeUrl::parse("https://example.org/").ok(),
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
