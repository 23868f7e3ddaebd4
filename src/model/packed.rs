//! The built-in dataset in a checked, compact form: a flat JSON array of its values, written at
//! build time from a validated [`Dataset`] and read back by the wasm without the dataset reader
//! and checker, which only a dataset from elsewhere needs (the page is built once and read many
//! times; checking it again in every browser costs the download and the start-up).
//!
//! What can be derived is left out and derived again by the same code as validation: each note's
//! mentions, the segments, the endnote numbers. The reader still distrusts the page it comes
//! from: every index is checked against what it points into, every range against its text, every
//! URL against the `https:` allow-list; anything amiss and it reads nothing.

use super::dataset::{
    Actor, ActorKind, Article, Author, Block, BlockKind, Context, Dataset, Mention, Note, NoteBody, NoteId, NoteKind,
    Poll, PollFigure, Source,
};
use super::url::SafeUrl;

/// Which layout of values this build writes and reads: a page packed by another build is not
/// read.
const LAYOUT: f64 = 1.0;

/// One packed value, as the JSON array holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    /// An absent optional text.
    Absent,
}

/// `dataset` as the packed values' JSON text.
pub fn pack(dataset: &Dataset) -> String {
    let mut out = Packer(Vec::new());
    out.number(LAYOUT);
    out.optional(&dataset.language);
    let article = &dataset.article;
    out.text(&article.publisher);
    out.optional(&article.url.as_ref().map(|u| u.as_str().to_owned()));
    out.text(&article.published);
    out.optional(&article.published_note);
    for part in [&article.author.name, &article.author.role, &article.author.note] {
        out.optional(part);
    }
    out.count(article.blocks.len());
    for block in &article.blocks {
        out.text(&block.id);
        out.count(BlockKind::ALL.iter().position(|&k| k == block.kind).unwrap_or(0));
        out.text(&block.text);
    }
    out.count(dataset.polls.len());
    for poll in &dataset.polls {
        for part in [&poll.id, &poll.title, &poll.by, &poll.when, &poll.population, &poll.question] {
            out.text(part);
        }
        out.optional(&poll.unverified);
        out.optional(&poll.about);
    }
    out.count(dataset.notes.len());
    for note in &dataset.notes {
        out.text(&note.id);
        out.text(&note.title);
        out.count(NoteKind::ALL.iter().position(|&k| k == note.kind()).unwrap_or(0));
        match &note.body {
            NoteBody::Actor(actor) => {
                out.count(ActorKind::ALL.iter().position(|&k| k == actor.kind).unwrap_or(0));
                out.text(&actor.role);
                out.text(&actor.summary);
                out.optional(&actor.stance);
            }
            NoteBody::Poll(figure) => {
                out.count(figure.poll);
                out.number(figure.value);
                out.text(&figure.label);
            }
            NoteBody::Context(context) => {
                out.text(&context.dates);
                out.text(&context.summary);
                out.optional(&context.figure);
                out.optional(&context.record);
            }
        }
        out.count(note.sources.len());
        for source in &note.sources {
            out.text(source.url.as_str());
            out.text(&source.label);
        }
    }
    // Each mention by its note, then by steps from the one before (the blocks it moves on, the
    // gap since the end of the one before in its block, its length): small numbers pack smaller.
    out.count(dataset.mentions.len());
    let (mut block, mut end) = (0, 0);
    for mention in &dataset.mentions {
        let step = mention.block - block;
        if step > 0 {
            end = 0;
        }
        for part in [mention.note.0, step, mention.range.start - end, mention.range.len()] {
            out.count(part);
        }
        (block, end) = (mention.block, mention.range.end);
    }
    out.finish()
}

/// The dataset packed in `values`, or `None` if they are not a whole dataset in this build's
/// layout.
pub fn unpack(values: Vec<Value>) -> Option<Dataset> {
    let mut from = Unpacker(values.into_iter());
    if from.number()? != LAYOUT {
        return None;
    }
    let language = from.optional()?;
    let publisher = from.text()?;
    let url = match from.optional()? {
        Some(url) => Some(SafeUrl::parse(&url)?),
        None => None,
    };
    let published = from.text()?;
    let published_note = from.optional()?;
    let author = Author { name: from.optional()?, role: from.optional()?, note: from.optional()? };
    let blocks = from.list(|from| {
        Some(Block {
            id: from.text()?,
            kind: *BlockKind::ALL.get(from.count()?)?,
            text: from.text()?,
            segments: Vec::new(),
        })
    })?;
    if blocks.first()?.kind != BlockKind::Headline {
        return None;
    }
    let polls = from.list(|from| {
        Some(Poll {
            id: from.text()?,
            title: from.text()?,
            by: from.text()?,
            when: from.text()?,
            population: from.text()?,
            question: from.text()?,
            unverified: from.optional()?,
            about: from.optional()?,
        })
    })?;
    let notes = from.list(|from| {
        let (id, title) = (from.text()?, from.text()?);
        let body = match NoteKind::ALL.get(from.count()?)? {
            NoteKind::Actor => NoteBody::Actor(Actor {
                kind: *ActorKind::ALL.get(from.count()?)?,
                role: from.text()?,
                summary: from.text()?,
                stance: from.optional()?,
            }),
            NoteKind::Poll => NoteBody::Poll(PollFigure {
                poll: from.count().filter(|&poll| poll < polls.len())?,
                value: from.number().filter(|value| (0.0..=100.0).contains(value))?,
                label: from.text()?,
            }),
            NoteKind::Context => NoteBody::Context(Context {
                dates: from.text()?,
                summary: from.text()?,
                figure: from.optional()?,
                record: from.optional()?,
            }),
        };
        let sources = from.list(|from| Some(Source { url: SafeUrl::parse(&from.text()?)?, label: from.text()? }))?;
        Some(Note { id, title, body, sources, mentions: Vec::new(), number: 0 })
    })?;
    // Read by steps, mentions are in reading order and disjoint by construction.
    let (mut block, mut end) = (0_usize, 0_usize);
    let mentions = from.list(|from| {
        let note = from.count().filter(|&note| note < notes.len())?;
        let step = from.count()?;
        if step > 0 {
            end = 0;
        }
        block = block.checked_add(step)?;
        let start = end.checked_add(from.count()?)?;
        let range = start..start.checked_add(from.count()?)?;
        (range.start < range.end && blocks.get(block)?.text.get(range.clone()).is_some()).then_some(())?;
        end = range.end;
        Some(Mention { note: NoteId(note), block, range, ordinal: 0 })
    })?;
    if from.0.next().is_some() {
        return None;
    }
    let article = Article { publisher, url, published, published_note, author, blocks };
    let mut dataset = Dataset { language, article, polls, notes, mentions };
    dataset.link();
    Some(dataset)
}

/// Writes values in order.
struct Packer(Vec<serde_json::Value>);

impl Packer {
    fn text(&mut self, text: &str) {
        self.0.push(text.into());
    }

    fn optional(&mut self, text: &Option<String>) {
        self.0.push(text.as_deref().map_or(serde_json::Value::Null, Into::into));
    }

    fn count(&mut self, count: usize) {
        self.0.push(count.into());
    }

    fn number(&mut self, number: f64) {
        self.0.push(number.into());
    }

    fn finish(self) -> String {
        serde_json::Value::Array(self.0).to_string()
    }
}

/// Reads values in the order [`Packer`] wrote them; `None` when the next is not what is expected.
struct Unpacker(std::vec::IntoIter<Value>);

impl Unpacker {
    #[inline(never)]
    fn text(&mut self) -> Option<String> {
        match self.0.next()? {
            Value::Text(text) => Some(text),
            _ => None,
        }
    }

    #[inline(never)]
    fn optional(&mut self) -> Option<Option<String>> {
        match self.0.next()? {
            Value::Text(text) => Some(Some(text)),
            Value::Absent => Some(None),
            Value::Number(_) => None,
        }
    }

    #[inline(never)]
    fn number(&mut self) -> Option<f64> {
        match self.0.next()? {
            Value::Number(number) => Some(number),
            _ => None,
        }
    }

    /// A whole number that fits in memory, as counts and indices are.
    fn count(&mut self) -> Option<usize> {
        let number = self.number()?;
        (number >= 0.0 && number.fract() == 0.0 && number <= u32::MAX as f64).then_some(number as usize)
    }

    /// A count, then that many items read by `item`.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let count = self.count()?;
        // A damaged count reserves no more than this before its items run out.
        let mut items = Vec::with_capacity(count.min(1 << 16));
        for _ in 0..count {
            items.push(item(self)?);
        }
        Some(items)
    }
}

/// The values of a packed JSON text, for the build-time tools and tests (the wasm has the
/// browser's `JSON.parse` read it).
pub fn values(json: &str) -> Option<Vec<Value>> {
    let serde_json::Value::Array(items) = serde_json::from_str(json).ok()? else { return None };
    items
        .into_iter()
        .map(|item| match item {
            serde_json::Value::String(text) => Some(Value::Text(text)),
            serde_json::Value::Number(number) => number.as_f64().map(Value::Number),
            serde_json::Value::Null => Some(Value::Absent),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Value, pack, unpack, values};
    use crate::model::{Dataset, NoteBody};

    fn dataset(path: &str) -> Dataset {
        let json = std::fs::read_to_string(path).expect("dataset file");
        Dataset::from_json(&json).expect("valid")
    }

    fn round_trip(dataset: &Dataset) -> Option<Dataset> {
        unpack(values(&pack(dataset))?)
    }

    #[test]
    fn every_bundled_dataset_reads_back_as_it_was_checked() {
        for path in ["data/bound-to-russia.json", "data/examples/primer.json"] {
            let dataset = dataset(path);
            let read = round_trip(&dataset).expect(path);
            assert_eq!(format!("{read:?}"), format!("{dataset:?}"), "{path}");
        }
    }

    #[test]
    fn a_partly_valid_dataset_reads_back_without_what_was_left_out() {
        let json = std::fs::read_to_string("data/bound-to-russia.json").expect("dataset file");
        let json = json.replacen("\"https://", "\"http://", 3);
        let checked = Dataset::check(&json).expect("usable");
        assert!(!checked.problems.is_empty());
        let read = round_trip(&checked.dataset).expect("reads");
        assert_eq!(format!("{read:?}"), format!("{:?}", checked.dataset));
    }

    fn altered(change: impl Fn(&mut Vec<Value>)) -> Option<Dataset> {
        let mut packed = values(&pack(&dataset("data/examples/primer.json"))).expect("values");
        change(&mut packed);
        unpack(packed)
    }

    /// The first value equal to `value`'s index (counting from `skip` matches).
    fn find(values: &[Value], value: &Value, skip: usize) -> usize {
        values.iter().enumerate().filter(|(_, v)| *v == value).nth(skip).map(|(i, _)| i).expect("present")
    }

    #[test]
    fn a_damaged_page_is_not_read() {
        assert!(altered(|_| {}).is_some());
        assert!(altered(|v| _ = v.pop()).is_none(), "cut short");
        assert!(altered(|v| v.push(Value::Absent)).is_none(), "too long");
        assert!(altered(|v| v[0] = Value::Number(2.0)).is_none(), "another layout");
        assert!(altered(|v| v[1] = Value::Number(1.0)).is_none(), "a number for a text");
        let headline = |v: &mut Vec<Value>| {
            let first_kind = find(v, &Value::Number(0.0), 0);
            v[first_kind] = Value::Number(3.0);
        };
        assert!(altered(headline).is_none(), "no headline first");
    }

    #[test]
    fn a_page_cannot_smuggle_in_an_unsafe_url_a_figure_out_of_range_or_a_bad_index() {
        let source = |v: &mut Vec<Value>, to: &str| {
            let at = v.iter().position(|x| matches!(x, Value::Text(t) if t.starts_with("https://"))).expect("a url");
            v[at] = Value::Text(to.into());
        };
        assert!(altered(|v| source(v, "javascript:alert(1)")).is_none());
        assert!(altered(|v| source(v, "http://example.org/")).is_none());
        assert!(altered(|v| source(v, "https://example.org/other")).is_some());

        let mut primer = dataset("data/examples/primer.json");
        let figure = primer.notes.iter_mut().find_map(|note| match &mut note.body {
            NoteBody::Poll(figure) => Some(figure),
            _ => None,
        });
        figure.expect("a poll figure").value = 54.5;
        let packed = values(&pack(&primer)).expect("values");
        let at = packed.iter().position(|v| *v == Value::Number(54.5)).expect("the figure");
        for (value, read) in [(100.0, true), (100.5, false), (-1.0, false)] {
            let mut changed = packed.clone();
            changed[at] = Value::Number(value);
            assert_eq!(unpack(changed).is_some(), read, "a poll figure of {value}");
        }

        // The last mention's note, block step, gap and length.
        let dataset = dataset("data/examples/primer.json");
        let last = |v: &mut Vec<Value>, part: usize, to: f64| {
            let at = v.len() - 4 + part;
            v[at] = Value::Number(to);
        };
        let (notes, blocks) = (dataset.notes.len() as f64, dataset.article.blocks.len() as f64);
        assert!(altered(|v| last(v, 0, notes)).is_none(), "no such note");
        assert!(altered(|v| last(v, 1, blocks)).is_none(), "no such block");
        assert!(altered(|v| last(v, 2, 1e6)).is_none(), "past the text");
        assert!(altered(|v| last(v, 2, 0.5)).is_none(), "not a whole number");
        assert!(altered(|v| last(v, 3, 0.0)).is_none(), "nothing marked");
        assert!(altered(|v| last(v, 3, f64::from(u32::MAX))).is_none(), "past the end of memory");
    }

    #[test]
    fn a_range_that_splits_a_character_is_not_read() {
        let dataset = dataset("data/bound-to-russia.json");
        let mentions = &dataset.mentions;
        // A block's last mention, made to end inside a character of more than one byte after it.
        let (index, inside) = (0..mentions.len())
            .filter(|&i| mentions.get(i + 1).is_none_or(|next| next.block != mentions[i].block))
            .find_map(|i| {
                let text = &dataset.article.blocks[mentions[i].block].text;
                let start = mentions[i].range.start;
                text[start..].char_indices().find(|(_, c)| c.len_utf8() > 1).map(|(at, _)| (i, start + at + 1))
            })
            .expect("a character of more than one byte after a block's last mention");
        let mut packed = values(&pack(&dataset)).expect("values");
        let length = packed.len() - 4 * (mentions.len() - index) + 3;
        let start = mentions[index].range.start;
        packed[length] = Value::Number((inside - start) as f64);
        assert!(unpack(packed.clone()).is_none());
        packed[length] = Value::Number((inside - 1 - start) as f64);
        assert!(unpack(packed).is_some(), "the same range, ending before that character");
    }
}
