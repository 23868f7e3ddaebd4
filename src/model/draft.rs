//! A dataset being written (in the editor): the JSON as written ([`super::raw`]'s types), made
//! from pasted text or read from a file, with the anchor for a phrase a person selects worked out
//! by the companion's own anchoring, and checked by the companion's own validation.
//!
//! A draft is kept as the dataset JSON itself, so what is saved, exported and opened again is one
//! thing: writing a draft and reading it back gives the same draft.
//!
//! Its native tests sit at the end (about 150 lines); the code above them is under 350.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::anchor::{Blocks, Quote};
use super::dataset::{ActorKind, BlockKind, Dataset, Direction, FORMAT, FORMAT_CHANGES, NoteKind, Poll};
use super::error::DatasetError;
use super::raw::{NoteFields, RawAnchor, RawArticle, RawBlock, RawDataset, whole_number};
use super::reading::Checked;
use super::unicode::{is_alphanumeric, lowercase, nfc};

/// A dataset as written, field for field.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// The format it is written in: [`FORMAT`] once read.
    #[serde(deserialize_with = "whole_number")]
    pub format: u32,
    /// The BCP 47 language of the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Which way the text runs; when left out, the way its language is written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// The text and what is known of it.
    pub article: RawArticle,
    /// The polls that poll figures come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub polls: Vec<Poll>,
    /// The notes, in any order.
    pub notes: Vec<NoteFields>,
}

/// Why a saved or opened dataset cannot be edited.
#[derive(Clone, Debug, PartialEq)]
pub enum DraftError {
    /// Written in a format this version does not read (a newer one).
    Format(u32),
    /// Not a dataset: where and why.
    Unreadable(String),
}

/// A draft read from JSON, and what was done to bring it to this format.
#[derive(Debug)]
pub struct Opened {
    pub draft: Draft,
    /// The older format it was written in, where it was (it is now in [`FORMAT`]).
    pub migrated_from: Option<u32>,
}

impl Draft {
    /// The other notes with the same id as note `note`, in order. The checker names only the
    /// later notes of an id used more than once; the editor shows the clash at each of them,
    /// since the person may have just given either the id.
    pub fn sharing_id(&self, note: usize) -> Vec<usize> {
        let Some(id) = self.notes.get(note).map(|n| &n.id) else { return Vec::new() };
        self.notes.iter().enumerate().filter(|&(i, n)| i != note && &n.id == id).map(|(i, _)| i).collect()
    }

    /// A draft from pasted text: blocks split on blank lines, the first line the headline, and
    /// Markdown's marks taken off (headings, emphasis, links, quotes: a `>` paragraph is a pull
    /// quote). Lines of one paragraph are joined with a space. Text is kept in Unicode NFC, as the
    /// companion reads it, so the anchors it writes match.
    pub fn from_text(text: &str) -> Self {
        let text = nfc(&text.replace("\r\n", "\n").replace('\r', "\n"));
        let mut blocks: Vec<RawBlock> = Vec::new();
        let mut paragraph = 0;
        for (index, lines) in split_paragraphs(&text).into_iter().enumerate() {
            let mut lines = lines.into_iter();
            // The first line is the headline, whatever follows it in its paragraph.
            if index == 0
                && let Some(headline) = lines.next()
            {
                blocks.push(RawBlock { id: "headline".to_owned(), kind: BlockKind::Headline, text: plain(headline) });
            }
            let rest: Vec<&str> = lines.collect();
            let quote = !rest.is_empty() && rest.iter().all(|line| line.starts_with('>'));
            let rest: Vec<String> = rest.iter().map(|line| plain(line.trim_start_matches('>').trim_start())).collect();
            let joined = rest.join(" ");
            if joined.trim().is_empty() {
                continue;
            }
            paragraph += 1;
            let kind = if quote { BlockKind::Pullquote } else { BlockKind::Paragraph };
            blocks.push(RawBlock { id: format!("p{paragraph}"), kind, text: joined });
        }
        // A text written right to left runs so from the start, before any language is chosen
        // (left to right is what a text without a direction does anyway).
        let direction = Direction::of_text(&text).filter(|&d| d == Direction::Rtl);
        Self {
            format: FORMAT,
            language: None,
            direction,
            article: RawArticle { blocks, ..RawArticle::default() },
            polls: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// A draft from a dataset's JSON (a file opened, a URL fetched, a draft saved earlier). One
    /// in an older format is brought to this one (which means the same: see [`FORMAT_CHANGES`]);
    /// one in a newer format is refused, never read in part. Texts are brought to Unicode NFC.
    pub fn open(json: &str) -> Result<Opened, DraftError> {
        let format = RawDataset::format_of(json);
        let migrated_from = format.filter(|&f| FORMAT_CHANGES.iter().any(|(older, _)| *older == f));
        if let Some(format) = format.filter(|&f| f != FORMAT && migrated_from.is_none()) {
            return Err(DraftError::Format(format));
        }
        let mut draft: Draft = match Dataset::read(json) {
            // The dataset's own reader says where a file does not fit, with its line and column.
            Err(error @ DatasetError::Json { .. }) => return Err(DraftError::Unreadable(error.to_string())),
            _ => serde_json::from_str(json.trim_start_matches('\u{feff}'))
                .map_err(|error| DraftError::Unreadable(error.to_string()))?,
        };
        draft.format = FORMAT;
        for block in &mut draft.article.blocks {
            block.text = nfc(&block.text);
        }
        for anchor in draft.notes.iter_mut().flat_map(|note| note.anchors.iter_mut()) {
            for text in [&mut anchor.exact, &mut anchor.prefix, &mut anchor.suffix] {
                *text = nfc(text);
            }
        }
        Ok(Opened { draft, migrated_from })
    }

    /// The dataset JSON, as exported and saved: two-space indents, fields in the format's order.
    pub(crate) fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The companion's verdict on the draft: what a reader would see, and every problem; or why
    /// a reader would see none of it.
    pub fn check(&self) -> Result<Checked, DatasetError> {
        Dataset::check(&self.to_json())
    }

    /// The blocks as (id, text) pairs, as anchoring searches them.
    pub fn texts(&self) -> Vec<(&str, &str)> {
        self.article.blocks.iter().map(|b| (b.id.as_str(), b.text.as_str())).collect()
    }

    /// Adds a note of `kind` titled `title` on `anchor`, with the fields its kind requires left
    /// empty for the form to fill (the checker names each until it is); returns its index.
    pub fn add_note(&mut self, kind: NoteKind, title: &str, anchor: RawAnchor) -> usize {
        let id = self.unused_id(title);
        let empty = || Some(String::new());
        self.notes.push(NoteFields {
            kind,
            id,
            title: title.to_owned(),
            anchors: vec![anchor],
            sources: Vec::new(),
            actor_kind: (kind == NoteKind::Actor).then_some(ActorKind::Person),
            role: (kind == NoteKind::Actor).then(empty).flatten(),
            summary: (kind != NoteKind::Poll).then(empty).flatten(),
            stance: None,
            poll: (kind == NoteKind::Poll).then(|| self.polls.first().map(|p| p.id.clone()).unwrap_or_default()),
            value: (kind == NoteKind::Poll).then_some(0.0),
            label: (kind == NoteKind::Poll).then(empty).flatten(),
            dates: None,
            figure: None,
            record: None,
        });
        self.notes.len() - 1
    }

    /// An id made from `title` (see [`slug`]) that no note or poll has yet.
    pub fn unused_id(&self, title: &str) -> String {
        let base = slug(title).unwrap_or_else(|| "note".to_owned());
        let taken = |id: &str| self.notes.iter().any(|n| n.id == id) || self.polls.iter().any(|p| p.id == id);
        let mut id = base.clone();
        let mut n = 1;
        while taken(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        id
    }
}

/// `text` as an id or a file name: its words in lower case, joined by `-`; `None` without any.
pub fn slug(text: &str) -> Option<String> {
    let mut slug = String::new();
    for word in text.split(|c: char| !is_alphanumeric(c)).filter(|w| !w.is_empty()) {
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.extend(word.chars().flat_map(lowercase));
    }
    (!slug.is_empty()).then_some(slug)
}

/// The text's paragraphs (split on blank lines), each as its trimmed lines.
fn split_paragraphs(text: &str) -> Vec<Vec<&str>> {
    let mut paragraphs = Vec::new();
    let mut current = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

/// One line of Markdown as plain text: without a heading's `#`s, emphasis marks (`*`, `_`, `**`,
/// `__` at the edges of words; `snake_case` keeps its `_`) or a link's brackets and address.
fn plain(line: &str) -> String {
    let line = line.trim_start_matches('#').trim();
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // [text](address) → text
        if c == '['
            && let Some(close) = chars[i..].iter().position(|&c| c == ']').map(|p| p + i)
            && chars.get(close + 1) == Some(&'(')
            && let Some(end) = chars[close..].iter().position(|&c| c == ')').map(|p| p + close)
        {
            out.extend(&chars[i + 1..close]);
            i = end + 1;
            continue;
        }
        if c == '*' || c == '_' {
            let before = i.checked_sub(1).map(|b| chars[b]);
            let mut run = i;
            while chars.get(run) == Some(&c) {
                run += 1;
            }
            let after = chars.get(run).copied();
            let word = |c: Option<char>| c.is_some_and(is_alphanumeric);
            // Inside a word (snake_case), or standing alone between spaces (" * "), it is text.
            let inside = word(before) && word(after);
            let alone = !word(before) && !word(after);
            if !inside && !alone {
                i = run;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// The anchor that marks `range` of block `block`, and nothing else, as the companion finds
/// anchors: the selected words (widened to whole words, without spaces at its ends) with, only
/// where the words occur more than once, the shortest prefix or suffix of whole words that tells
/// this place from the others. `None` where the range holds no letter or digit.
pub fn anchor_for(texts: &[(&str, &str)], block: usize, range: Range<usize>) -> Option<RawAnchor> {
    let text = texts.get(block)?.1;
    let range = whole_words(text, range)?;
    let exact = &text[range.clone()];
    let search = Blocks::new(texts);
    let only_here =
        |prefix: &str, suffix: &str| search.occurrences(Quote { exact, prefix, suffix }) == [(block, range.clone())];
    let anchor = |prefix: &str, suffix: &str| RawAnchor {
        exact: exact.to_owned(),
        prefix: prefix.to_owned(),
        suffix: suffix.to_owned(),
        every: false,
    };
    if only_here("", "") {
        return Some(anchor("", ""));
    }
    let (before, after) = (&text[..range.start], &text[range.end..]);
    // Prefixes that start at a word, suffixes that end at one; shortest first.
    let mut candidates: Vec<(usize, &str, &str)> = (0..before.len())
        .filter(|&at| before.is_char_boundary(at) && (at == 0 || before[..at].ends_with(char::is_whitespace)))
        .map(|at| (before.len() - at, &before[at..], ""))
        .chain(
            (1..=after.len())
                .filter(|&at| {
                    after.is_char_boundary(at) && (at == after.len() || after[at..].starts_with(char::is_whitespace))
                })
                .map(|at| (at, "", &after[..at])),
        )
        .collect();
    candidates.sort_by_key(|&(length, _, _)| length);
    if let Some(&(_, prefix, suffix)) = candidates.iter().find(|(_, prefix, suffix)| only_here(prefix, suffix)) {
        return Some(anchor(prefix, suffix));
    }
    // The same words twice within one block, each time after the same words: the block's
    // whole text around them.
    only_here(before, after).then(|| anchor(before, after))
}

/// `range` of `text` widened to whole words and narrowed past the spaces at its ends; `None`
/// where it holds no letter or digit.
pub fn whole_words(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let clamp = |at: usize| (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let (mut start, mut end) = (clamp(range.start), clamp(range.end.max(range.start)));
    while let Some(c) = text[start..end].chars().next().filter(|c| c.is_whitespace()) {
        start += c.len_utf8();
    }
    while let Some(c) = text[start..end].chars().next_back().filter(|c| c.is_whitespace()) {
        end -= c.len_utf8();
    }
    if !text[start..end].chars().any(is_alphanumeric) {
        return None;
    }
    while let Some(c) = text[..start].chars().next_back().filter(|&c| is_alphanumeric(c)) {
        if !text[start..].chars().next().is_some_and(is_alphanumeric) {
            break;
        }
        start -= c.len_utf8();
    }
    while let Some(c) = text[end..].chars().next().filter(|&c| is_alphanumeric(c)) {
        if !text[..end].chars().next_back().is_some_and(is_alphanumeric) {
            break;
        }
        end += c.len_utf8();
    }
    Some(start..end)
}

#[cfg(test)]
mod tests {
    use super::{Draft, DraftError, anchor_for, whole_words};
    use crate::model::{BlockKind, Direction, NoteKind, RawAnchor, RawSource};

    const SPEECH: &str = "# A talk to the *garden* club\n\nThe students planted beans in the east garden.\n\
        They kept a **diary**, as [the club](https://example.org/) asked.\n\n\
        > The garden is the students' own.\n\n## Next year\n\nThe students will plant again, in raised_beds.";

    #[test]
    fn each_note_of_an_id_used_more_than_once_knows_the_others() {
        let mut draft = Draft::from_text(SPEECH);
        for id in ["club", "beans", "club", "club"] {
            let note = draft.add_note(NoteKind::Context, id, RawAnchor::default());
            draft.notes[note].id = id.to_owned();
        }
        assert_eq!(draft.sharing_id(0), [2, 3]);
        assert_eq!(draft.sharing_id(3), [0, 2]);
        assert_eq!(draft.sharing_id(1), Vec::<usize>::new());
        assert_eq!(draft.sharing_id(9), Vec::<usize>::new());
    }

    #[test]
    fn pasted_text_written_right_to_left_runs_right_to_left_from_the_start() {
        let arabic = Draft::from_text("محاضرة لنادي الحديقة\n\nزرع الطلاب الفول في الحديقة الشرقية.");
        assert_eq!(arabic.direction, Some(Direction::Rtl));
        assert_eq!(Draft::from_text(SPEECH).direction, None, "left to right needs no saying");
    }

    #[test]
    fn pasted_text_becomes_a_headline_and_paragraphs_without_markdown() {
        let draft = Draft::from_text(SPEECH);
        let blocks: Vec<(BlockKind, &str)> = draft.article.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            blocks,
            [
                (BlockKind::Headline, "A talk to the garden club"),
                (
                    BlockKind::Paragraph,
                    "The students planted beans in the east garden. They kept a diary, as the club asked."
                ),
                (BlockKind::Pullquote, "The garden is the students' own."),
                (BlockKind::Paragraph, "Next year"),
                (BlockKind::Paragraph, "The students will plant again, in raised_beds."),
            ]
        );
        let ids: Vec<&str> = draft.article.blocks.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["headline", "p1", "p2", "p3", "p4"]);
        let checked = draft.check().expect("a pasted text is a dataset");
        assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    }

    #[test]
    fn a_first_line_is_the_headline_even_without_a_blank_line_after_it() {
        let draft = Draft::from_text("Gettysburg\nFour score and seven years ago.\r\nOur fathers.");
        assert_eq!(draft.article.blocks[0].text, "Gettysburg");
        assert_eq!(draft.article.blocks[1].text, "Four score and seven years ago. Our fathers.");
    }

    #[test]
    fn a_selection_becomes_the_shortest_anchor_that_finds_only_it() {
        let draft = Draft::from_text(SPEECH);
        let texts = draft.texts();
        let p1 = texts[1].1;
        let at = |block: &str, word: &str, nth: usize| {
            let text = texts.iter().find(|(id, _)| *id == block).map(|(_, t)| *t).unwrap_or_default();
            let start = text.match_indices(word).nth(nth).map(|(i, _)| i).expect("the word");
            start..start + word.len()
        };
        // Once in the article: the words alone.
        let beans = anchor_for(&texts, 1, at("p1", "beans", 0)).expect("an anchor");
        assert_eq!(beans, RawAnchor { exact: "beans".into(), ..RawAnchor::default() });
        // Part of a word is widened to the word; spaces at the ends are left out.
        let range = at("p1", "lante", 0);
        let widened = anchor_for(&texts, 1, range.start - 1..range.end + 2).expect("an anchor");
        assert_eq!(widened.exact, "planted");
        // "The students" is in p1 and p4: the shortest suffix that tells them apart.
        let students = anchor_for(&texts, 4, at("p4", "The students", 0)).expect("an anchor");
        assert_eq!((students.prefix.as_str(), students.suffix.as_str()), ("", " will"));
        // "garden" is in the headline, p1 and p2: p1's is the one before a full stop.
        let garden = anchor_for(&texts, 1, at("p1", "garden", 0)).expect("an anchor");
        assert_eq!((garden.prefix.as_str(), garden.suffix.as_str()), ("", "."));
        // "the" is twice in p1 and in other blocks: the word before it tells this one apart.
        let the = anchor_for(&texts, 1, at("p1", "the", 0)).expect("an anchor");
        assert_eq!((the.prefix.as_str(), the.suffix.as_str()), ("in ", ""));
        // Every anchor written finds exactly the place selected.
        let mut draft = draft.clone();
        for anchor in [beans, widened, students, garden, the] {
            let note = draft.add_note(NoteKind::Context, &anchor.exact.clone(), anchor);
            draft.notes[note].summary = Some("S".into());
            draft.notes[note].sources = vec![RawSource { url: "https://example.org/".into(), label: None }];
        }
        let checked = draft.check().expect("readable");
        assert!(checked.problems.is_empty(), "{:?}", checked.problems);
        assert_eq!(checked.dataset.mentions.len(), 5);
        assert!(p1.contains("east garden"));
        assert_eq!(whole_words(p1, 0..1), Some(0..3));
        assert_eq!(whole_words(p1, 3..4), None, "a space alone is nothing to mark");
    }

    #[test]
    fn new_notes_get_unused_ids_and_name_what_they_still_need() {
        let mut draft = Draft::from_text(SPEECH);
        let texts_anchor = |exact: &str| RawAnchor { exact: exact.into(), ..RawAnchor::default() };
        let a = draft.add_note(NoteKind::Actor, "The Students", texts_anchor("beans"));
        let b = draft.add_note(NoteKind::Actor, "The students", texts_anchor("diary"));
        assert_eq!((draft.notes[a].id.as_str(), draft.notes[b].id.as_str()), ("the-students", "the-students-2"));
        let checked = draft.check().expect("readable");
        let paths: Vec<String> = checked.problems.iter().map(|p| format!("{}: {}", p.path, p.kind)).collect();
        assert!(paths.iter().any(|p| p.starts_with("notes[0].role")), "{paths:?}");
        assert!(paths.iter().any(|p| p.starts_with("notes[0].sources")), "{paths:?}");
    }

    #[test]
    fn a_draft_reads_back_as_written_and_older_or_newer_formats_are_said() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let files: Vec<std::path::PathBuf> = ["data", "data/examples", "tests/fixtures/valid"]
            .into_iter()
            .flat_map(|folder| std::fs::read_dir(root.join(folder)).expect("a folder").flatten().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|e| e == "json") && !path.ends_with("schema.json"))
            .collect();
        assert!(files.len() >= 6, "{files:?}");
        for path in files {
            let file = &std::fs::read_to_string(&path).expect("readable");
            let opened = Draft::open(file).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(opened.migrated_from, None);
            let written = opened.draft.to_json();
            let again = Draft::open(&written).expect("what was written");
            assert_eq!(again.draft, opened.draft);
            assert_eq!(again.draft.to_json(), written, "exported, opened and exported again: the same bytes");
            let (before, after) = (crate::model::Dataset::from_json(file), crate::model::Dataset::from_json(&written));
            let (before, after) = (before.expect("clean"), after.expect("clean"));
            let base = crate::model::SafeUrl::parse("https://example.org/notes/").expect("an address");
            assert_eq!(
                crate::model::w3c::annotation_collection(&before, &base),
                crate::model::w3c::annotation_collection(&after, &base)
            );
        }
        let older = include_str!("../../data/examples/primer.json").replacen("\"format\": 2", "\"format\": 1", 1);
        let opened = Draft::open(&older).expect("an older format");
        assert_eq!((opened.migrated_from, opened.draft.format), (Some(1), 2));
        let newer = include_str!("../../data/examples/primer.json").replacen("\"format\": 2", "\"format\": 3", 1);
        assert_eq!(Draft::open(&newer).map(|o| o.draft), Err(DraftError::Format(3)));
        let Err(DraftError::Unreadable(why)) = Draft::open("{\"format\": 2, \"article\": ") else {
            panic!("a cut file is not a dataset")
        };
        assert!(why.contains("line 1"), "{why}");
    }
}
