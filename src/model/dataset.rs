//! The validated dataset: what components receive and never re-check.
//!
//! Every URL here is a [`SafeUrl`], every anchor is resolved to [`Mention`]s, every block is cut
//! into [`Segment`]s, and all text is in Unicode NFC. The JSON it comes from is described by the
//! `raw` types and checked by `validate`.
//!
//! It is one file, longer than most, because it is the format as the components meet it: every
//! validated type, each with its few verbs, read top to bottom in the order a dataset nests (the
//! article, its blocks, the polls, the notes of each kind, their sources and mentions). Its tests
//! are at the end.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::segment::Segment;
use super::url::SafeUrl;

/// The format number this build reads and writes.
pub const FORMAT: u32 = 2;

/// What changed since each older format this build still reads, oldest first: the format and
/// the changes. Every older file means the same in the new format, so it is read as it is.
pub const FORMAT_CHANGES: [(u32, &[&str]); 1] = [(
    1,
    &[
        "`article.publisher` and `article.published` may be left out",
        "`article.url_label` names the link to the original (\"Original article\" when left out)",
        "`article.description` describes the page (the standfirst or first paragraph when left out)",
        "`direction` (\"ltr\" or \"rtl\") sets the text's direction (from `language` when left out)",
        "actors may also be a \"group\", a \"place\" or \"other\"",
        "a context note's `dates` may be left out",
        "a source's `label` may be left out (its host is shown)",
    ],
)];

/// About how long a description made from the article's text may be, in characters: what search
/// results and link previews show.
pub const DESCRIPTION_CHARS: usize = 200;

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
    /// The direction of the article text, where given or implied by its language.
    pub direction: Option<Direction>,
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
    /// Who published it ("European Council on Foreign Relations (ECFR)"), where known.
    pub publisher: Option<String>,
    /// Where the original is (left out when the dataset's URL is not `https`).
    pub url: Option<SafeUrl>,
    /// What the link to the original says, where the dataset sets it.
    pub url_label: Option<String>,
    /// What the page is about, for its description, where the dataset gives it.
    pub description: Option<String>,
    /// Publication date, as precise as known ("2022-03"), where known.
    pub published: Option<String>,
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

    /// The publisher as the byline names it: not where it is the author, who is named already
    /// (a speech's author is often its publisher too). Compared without case, by the browser's
    /// own tables in the browser (see [`super::unicode`]).
    pub(crate) fn byline_publisher(&self) -> Option<&str> {
        let folded = |text: &str| text.trim().chars().flat_map(super::unicode::lowercase).collect::<Vec<char>>();
        let author = self.author.name.as_deref().map(folded);
        self.publisher.as_deref().filter(|publisher| author.as_ref() != Some(&folded(publisher)))
    }

    /// The page's description: the dataset's, or else its standfirst, or else its first
    /// paragraph, cut at a word to about [`DESCRIPTION_CHARS`] characters.
    pub fn description(&self) -> Option<String> {
        if let Some(description) = &self.description {
            return Some(description.clone());
        }
        let block = (self.blocks.iter().find(|b| b.kind == BlockKind::Standfirst))
            .or_else(|| self.blocks.iter().find(|b| b.kind == BlockKind::Paragraph))?;
        let text = block.text.trim();
        let Some((cut, _)) = text.char_indices().nth(DESCRIPTION_CHARS) else { return Some(text.to_owned()) };
        let at_word = text[..cut].rfind(char::is_whitespace).unwrap_or(cut);
        Some(format!("{}…", text[..at_word].trim_end()))
    }
}

/// The author: a name only where it is verified.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "author"))]
#[serde(deny_unknown_fields)]
pub struct Author {
    /// The author's name, where verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The author's role ("Senior Policy Fellow").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// What is and is not known about the author.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Author {
    /// Whether nothing is known of the author.
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.role.is_none() && self.note.is_none()
    }
}

/// Which way the article's text runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The scripts written right to left, as ISO 15924 codes.
    const RTL_SCRIPTS: [&str; 9] = ["arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "samr", "mand"];
    /// The languages written right to left by default, as their primary subtags.
    const RTL_LANGUAGES: [&str; 12] = ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", "syr", "iw"];

    /// The direction a BCP 47 tag implies: its script subtag if it has one, else its language.
    pub(crate) fn of_language(tag: &str) -> Self {
        let mut subtags = tag.split(['-', '_']).map(str::to_ascii_lowercase);
        let language = subtags.next().unwrap_or_default();
        let script = subtags.next().filter(|s| s.len() == 4 && s.chars().all(|c| c.is_ascii_alphabetic()));
        let rtl = match script {
            Some(script) => Self::RTL_SCRIPTS.contains(&script.as_str()),
            None => Self::RTL_LANGUAGES.contains(&language.as_str()),
        };
        if rtl { Self::Rtl } else { Self::Ltr }
    }

    /// The direction a text's first strongly directional letter gives it, as a browser decides
    /// for `dir="auto"`; `None` for a text with no letters. Digits and punctuation decide
    /// nothing, so "2024: " before a Hebrew word does not make it left to right.
    pub fn of_text(text: &str) -> Option<Self> {
        let digit = |c: char| matches!(c, '0'..='9' | '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}');
        let letter = text.chars().find(|&c| super::unicode::is_alphanumeric(c) && !digit(c))?;
        Some(if Self::is_right_to_left(letter) { Self::Rtl } else { Self::Ltr })
    }

    /// Whether a letter belongs to a script written right to left: Hebrew, Arabic, Syriac,
    /// Thaana, N'Ko, Samaritan, Mandaic, their presentation forms, and the historic scripts of
    /// the planes' right-to-left blocks.
    fn is_right_to_left(letter: char) -> bool {
        matches!(
            letter as u32,
            0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x1_0800..=0x1_0FFF | 0x1_E800..=0x1_EFFF
        )
    }

    /// The value of an HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }
}

/// The language and direction a dataset's own text is written in, for each element that holds
/// it. The page is in the interface's language: text from the dataset says its own, so that a
/// screen reader reads each in its voice and a right-to-left text runs right to left without
/// turning the interface's words around it ("1 min read" stays in that order).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written<'a> {
    /// The BCP 47 tag, where the dataset gives one: an element's `lang`.
    pub lang: Option<&'a str>,
    /// `ltr` or `rtl`, where given or implied by the language: an element's `dir`.
    pub dir: Option<&'static str>,
}

/// What a block is, which decides how it is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(not(target_arch = "wasm32"), schemars(rename = "poll"))]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unverified: Option<String>,
    /// A sentence on the poll itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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

/// A person, state, organisation, party, group, place or other entity.
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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    State,
    Organisation,
    Party,
    /// People who act together without being an organisation ("the people", "students").
    Group,
    Place,
    Other,
}

impl ActorKind {
    /// Every kind, in the order Who's who lists them.
    pub const ALL: [ActorKind; 7] =
        [Self::Person, Self::State, Self::Organisation, Self::Party, Self::Group, Self::Place, Self::Other];

    /// Its name in the JSON ("organisation").
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::State => "state",
            Self::Organisation => "organisation",
            Self::Party => "party",
            Self::Group => "group",
            Self::Place => "place",
            Self::Other => "other",
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
    /// The date or dates it concerns, where it concerns some (a concept may not).
    pub dates: Option<String>,
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
    /// What it is called: the dataset's label, or else the URL's host.
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

impl Dataset {
    /// The language and direction its text is written in.
    pub fn written(&self) -> Written<'_> {
        Written { lang: self.language.as_deref(), dir: self.direction.map(Direction::as_str) }
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

impl Poll {
    /// The poll's name, who ran it and when, as far as the dataset gives them ("ECFR poll:
    /// Datapraxis, Summer 2021"); a text left empty (see validation) is left out with its comma.
    pub fn caption(&self) -> String {
        let by_when: Vec<&str> =
            [&self.by, &self.when].into_iter().map(String::as_str).filter(|t| !t.is_empty()).collect();
        match (self.title.as_str(), by_when.join(", ")) {
            ("", by_when) => by_when,
            (title, by_when) if by_when.is_empty() => title.to_owned(),
            (title, by_when) => format!("{title}: {by_when}"),
        }
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
    use super::{Article, Author, Block, BlockKind, DESCRIPTION_CHARS, Direction, SafeUrl};

    fn article(blocks: Vec<Block>, published: Option<&str>) -> Article {
        Article {
            publisher: None,
            url: SafeUrl::parse("https://example.org/").ok(),
            url_label: None,
            description: None,
            published: published.map(str::to_owned),
            published_note: None,
            author: Author::default(),
            blocks,
        }
    }

    fn block(kind: BlockKind, text: &str) -> Block {
        Block { id: String::new(), kind, text: text.to_owned(), segments: Vec::new() }
    }

    #[test]
    fn a_page_is_described_by_the_dataset_or_its_opening() {
        let headline = || block(BlockKind::Headline, "Gettysburg Address");
        let opening = "Four score and seven years ago our fathers brought forth on this continent, a new nation, \
            conceived in Liberty, and dedicated to the proposition that all men are created equal. Now we are engaged \
            in a great civil war.";
        let speech = article(vec![headline(), block(BlockKind::Paragraph, opening)], None);
        let description = speech.description().unwrap_or_default();
        assert!(description.starts_with("Four score") && description.ends_with(" engaged in…"), "{description}");
        assert!(description.chars().count() <= DESCRIPTION_CHARS + 1);
        let short = article(vec![headline(), block(BlockKind::Paragraph, "A short text.")], None);
        assert_eq!(short.description().as_deref(), Some("A short text."));
        let mut given = article(vec![headline(), block(BlockKind::Standfirst, "Lincoln at Gettysburg.")], None);
        assert_eq!(given.description().as_deref(), Some("Lincoln at Gettysburg."));
        given.description = Some("The speech, annotated.".to_owned());
        assert_eq!(given.description().as_deref(), Some("The speech, annotated."));
        assert_eq!(article(vec![headline()], None).description(), None);
    }

    #[test]
    fn a_text_takes_the_direction_of_its_first_letter() {
        assert_eq!(Direction::of_text("محاضرة لنادي الحديقة"), Some(Direction::Rtl));
        assert_eq!(Direction::of_text("2024: שלום, world"), Some(Direction::Rtl));
        assert_eq!(Direction::of_text("«١٢٣» ܫܠܡܐ"), Some(Direction::Rtl));
        assert_eq!(Direction::of_text("١٢٣ and a word"), Some(Direction::Ltr), "Arabic-Indic digits decide nothing");
        assert_eq!(Direction::of_text("A talk, then محاضرة"), Some(Direction::Ltr));
        assert_eq!(Direction::of_text("Говор"), Some(Direction::Ltr));
        assert_eq!(Direction::of_text("— 42 —"), None);
    }

    #[test]
    fn a_language_implies_its_direction() {
        for (tag, direction) in [
            ("ar", Direction::Rtl),
            ("he-IL", Direction::Rtl),
            ("fa", Direction::Rtl),
            ("az-Arab", Direction::Rtl),
            ("en", Direction::Ltr),
            ("sr-Latn", Direction::Ltr),
            ("ku-Latn", Direction::Ltr),
        ] {
            assert_eq!(Direction::of_language(tag), direction, "{tag}");
        }
    }
}
