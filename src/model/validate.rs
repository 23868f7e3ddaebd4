//! Validation: raw JSON types in, a [`Dataset`] and the problems found out.
//!
//! Every rule is checked and every problem reported, with its JSON path. What breaks a rule is
//! left out of the dataset (a note with a bad anchor keeps its other mentions; an unsafe URL is
//! dropped; of two overlapping mentions the later note's is dropped), so a lenient caller can
//! still show the article. Only a dataset whose article cannot be shown at all is refused.

use std::ops::Range;

use super::anchor::{Blocks, Quote};
use super::dataset::{
    Actor, Article, Block, BlockKind, Context, Dataset, Mention, Note, NoteBody, NoteId, Poll, PollFigure, Source,
};
use super::error::{Problem, ProblemKind};
use super::near_miss::near_miss;
use super::raw::{RawAnchor, RawDataset, RawNote};
use super::unicode::nfc;
use super::url::SafeUrl;

/// For each of `ids`, whether an earlier one is the same. Sorted by hash as plain triples, like
/// the mentions below, so the wasm carries one sort and no hash table.
fn repeated<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<bool> {
    let ids: Vec<&str> = ids.collect();
    let mut order: Vec<(usize, usize, usize)> = ids.iter().enumerate().map(|(i, id)| (fnv(id), i, 0)).collect();
    order.sort_unstable();
    let mut repeated = vec![false; ids.len()];
    for (k, &(hash, i, _)) in order.iter().enumerate() {
        repeated[i] = order[..k].iter().rev().take_while(|e| e.0 == hash).any(|e| ids[e.1] == ids[i]);
    }
    repeated
}

/// The FNV-1a hash of `text`, to group equal strings.
fn fnv(text: &str) -> usize {
    text.bytes().fold(0x811c_9dc5_u32, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)) as usize
}

/// How many bytes of article the anchors of one step may search before validation pauses (see
/// [`RawDataset::validate`]): a few milliseconds' work in the browser.
const SEARCH_PER_STEP: usize = 4 << 20;

/// Words of context on each side of an ambiguous match.
const CONTEXT_WORDS: usize = 4;

impl RawDataset {
    /// The dataset with what passed, and every problem; `Err` when the article cannot be shown.
    /// Anchoring searches the whole article once per anchor, which for a very long article is
    /// long work: `pause` is awaited between notes whenever [`SEARCH_PER_STEP`] bytes have been
    /// searched since the last pause, so a caller in the browser can let the page answer.
    pub(super) async fn validate<P: Future<Output = ()>>(
        self,
        mut pause: impl FnMut() -> P,
    ) -> Result<(Dataset, Vec<Problem>), Vec<Problem>> {
        let mut problems = Vec::new();
        let article = self.article;
        if article.blocks.first().map(|b| b.kind) != Some(BlockKind::Headline) {
            return Err(vec![Problem::new("article.blocks[0].kind", ProblemKind::NoHeadline)]);
        }
        let blocks: Vec<(String, BlockKind, String)> =
            article.blocks.into_iter().map(|b| (b.id, b.kind, nfc(&b.text))).collect();
        let repeated_blocks = repeated(blocks.iter().map(|(id, _, _)| id.as_str()));
        for (index, (id, _, text)) in blocks.iter().enumerate() {
            if repeated_blocks[index] {
                problems
                    .push(Problem::new(format!("article.blocks[{index}].id"), ProblemKind::DuplicateId(id.clone())));
            }
            if text.trim().is_empty() {
                problems.push(Problem::new(format!("article.blocks[{index}].text"), ProblemKind::Empty));
            }
        }
        let url = article.url.as_deref().and_then(|raw| {
            let url = SafeUrl::parse(raw);
            if url.is_none() {
                problems.push(Problem::new("article.url", ProblemKind::UnsafeUrl(raw.to_owned())));
            }
            url
        });
        let repeated_polls = repeated(self.polls.iter().map(|poll| poll.id.as_str()));
        for (index, poll) in self.polls.iter().enumerate() {
            if repeated_polls[index] {
                problems.push(Problem::new(format!("polls[{index}].id"), ProblemKind::DuplicateId(poll.id.clone())));
            }
        }

        let texts: Vec<(&str, &str)> = blocks.iter().map(|(id, _, text)| (id.as_str(), text.as_str())).collect();
        let search = Blocks::new(&texts);
        let repeated_notes = repeated(self.notes.iter().map(|note| note.parts().0));
        let mut notes: Vec<Note> = Vec::with_capacity(self.notes.len());
        // Each mention with the note and anchor it came from, for a problem found later.
        let mut found: Vec<(Mention, (usize, usize))> = Vec::new();
        let article_bytes: usize = texts.iter().map(|(_, text)| text.len()).sum();
        let mut searched = 0;
        for (index, raw) in self.notes.iter().enumerate() {
            let at = |field: &str| format!("notes[{index}]{field}");
            let (id, title, anchors, raw_sources) = raw.parts();
            searched += anchors.len() * article_bytes;
            if searched > SEARCH_PER_STEP {
                pause().await;
                searched = anchors.len() * article_bytes;
            }
            if repeated_notes[index] {
                problems.push(Problem::new(at(".id"), ProblemKind::DuplicateId(id.to_owned())));
                continue;
            }
            if title.trim().is_empty() {
                problems.push(Problem::new(at(".title"), ProblemKind::Empty));
            }
            let body = match note_body(raw, &self.polls) {
                Ok(body) => body,
                Err((field, kind)) => {
                    problems.push(Problem::new(at(field), kind));
                    continue;
                }
            };
            if raw_sources.is_empty() {
                problems.push(Problem::new(at(".sources"), ProblemKind::NoSources));
            }
            let mut sources = Vec::with_capacity(raw_sources.len());
            for (s, source) in raw_sources.iter().enumerate() {
                match SafeUrl::parse(&source.url) {
                    Some(url) => sources.push(Source { url, label: source.label.clone() }),
                    None => problems.push(Problem::new(
                        at(&format!(".sources[{s}].url")),
                        ProblemKind::UnsafeUrl(source.url.clone()),
                    )),
                }
            }
            if anchors.is_empty() {
                problems.push(Problem::new(at(".anchors"), ProblemKind::NoAnchors));
            }
            let note = NoteId(notes.len());
            let mentions = resolve_anchors(note, anchors, &search, &texts, &mut |a, kind| {
                problems.push(Problem::new(at(&format!(".anchors[{a}]")), kind));
            });
            found.extend(mentions.into_iter().map(|(mention, a)| (mention, (index, a))));
            notes.push(Note {
                id: id.to_owned(),
                title: title.to_owned(),
                body,
                sources,
                mentions: Vec::new(),
                number: 0,
            });
        }

        // Reading order; where two start at the same place, the order they were found in (by
        // note, then anchor). Sorted as plain triples, like the coverage check below, so the wasm
        // carries one sort.
        let mut order: Vec<(usize, usize, usize)> =
            found.iter().enumerate().map(|(i, (m, _))| (m.block, m.range.start, i)).collect();
        order.sort_unstable();
        let mut mentions: Vec<Mention> = Vec::with_capacity(found.len());
        for (mention, (index, a)) in order.into_iter().map(|(_, _, i)| found[i].clone()) {
            match mentions.last() {
                Some(last) if last.block == mention.block && mention.range.start < last.range.end => {
                    let (block, text) = texts[mention.block];
                    let overlap = mention.range.start..last.range.end.min(mention.range.end);
                    problems.push(Problem::new(
                        format!("notes[{index}].anchors[{a}]"),
                        ProblemKind::Overlap {
                            other: notes[last.note.0].id.clone(),
                            block: block.to_owned(),
                            text: text[overlap].to_owned(),
                        },
                    ));
                }
                _ => mentions.push(mention),
            }
        }
        // The headline is the article's title: a note found there is marked in the text, not in
        // the title (where its marks would make the page's first line read like a list of links).
        mentions.retain(|m| blocks[m.block].1 != BlockKind::Headline);
        let blocks =
            blocks.into_iter().map(|(id, kind, text)| Block { id, kind, text, segments: Vec::new() }).collect();
        let mut dataset = Dataset {
            language: self.language,
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
            mentions,
        };
        dataset.link();
        Ok((dataset, problems))
    }
}

/// The kind-specific content of a note, or the field at fault and what is wrong with it.
fn note_body(raw: &RawNote, polls: &[Poll]) -> Result<NoteBody, (&'static str, ProblemKind)> {
    let required = |field: &'static str, value: &str| {
        if value.trim().is_empty() { Err((field, ProblemKind::Empty)) } else { Ok(value.to_owned()) }
    };
    Ok(match raw {
        RawNote::Actor { actor_kind, role, summary, stance, .. } => NoteBody::Actor(Actor {
            kind: *actor_kind,
            role: required(".role", role)?,
            summary: required(".summary", summary)?,
            stance: stance.clone(),
        }),
        RawNote::Poll { poll, value, label, .. } => {
            let index =
                polls.iter().position(|p| &p.id == poll).ok_or((".poll", ProblemKind::UnknownPoll(poll.clone())))?;
            if !(0.0..=100.0).contains(value) {
                return Err((".value", ProblemKind::NotAPercentage));
            }
            NoteBody::Poll(PollFigure { poll: index, value: *value, label: required(".label", label)? })
        }
        RawNote::Context { dates, summary, figure, record, .. } => NoteBody::Context(Context {
            dates: required(".dates", dates)?,
            summary: required(".summary", summary)?,
            figure: figure.clone(),
            record: record.clone(),
        }),
    })
}

/// Resolves one note's anchors into mentions, each with the index of its anchor. An `every`
/// anchor takes each occurrence not already covered by the same note's earlier anchors
/// ("Vucic" after "Aleksandar Vucic"); any other anchor must match exactly once in the article.
fn resolve_anchors(
    note: NoteId,
    anchors: &[RawAnchor],
    search: &Blocks<'_>,
    texts: &[(&str, &str)],
    report: &mut dyn FnMut(usize, ProblemKind),
) -> Vec<(Mention, usize)> {
    let mut mentions: Vec<(Mention, usize)> = Vec::new();
    for (index, anchor) in anchors.iter().enumerate() {
        let (exact, prefix, suffix) = (nfc(&anchor.exact), nfc(&anchor.prefix), nfc(&anchor.suffix));
        if exact.trim().is_empty() {
            report(index, ProblemKind::Empty);
            continue;
        }
        let quote = Quote { exact: &exact, prefix: &prefix, suffix: &suffix };
        let hits = search.occurrences(quote);
        match (hits.len(), anchor.every) {
            (0, _) => report(
                index,
                ProblemKind::AnchorNotFound {
                    exact: anchor.exact.clone(),
                    near: near_miss(texts.iter().copied(), &exact),
                },
            ),
            (1, _) | (_, true) => {
                // The note's mentions so far, in order; they never overlap one another, so a hit
                // is covered only if the last one starting before its end reaches past its start.
                let mut earlier: Vec<(usize, usize, usize)> =
                    mentions.iter().map(|(m, _)| (m.block, m.range.start, m.range.end)).collect();
                earlier.sort_unstable();
                for (block, range) in hits {
                    let before = earlier.partition_point(|&(b, start, _)| (b, start) < (block, range.end));
                    let covered = before > 0 && earlier[before - 1].0 == block && earlier[before - 1].2 > range.start;
                    if !covered {
                        mentions.push((Mention { note, block, range, ordinal: 0 }, index));
                    }
                }
            }
            (_, false) => report(
                index,
                ProblemKind::AnchorAmbiguous {
                    exact: anchor.exact.clone(),
                    places: hits.iter().map(|(block, range)| in_context(texts[*block], range)).collect(),
                },
            ),
        }
    }
    mentions
}

/// `block "p3": "…words before [match] words after…"`, for telling matches apart.
fn in_context((id, text): (&str, &str), range: &Range<usize>) -> String {
    let before = &text[..range.start];
    let after = &text[range.end..];
    let start = word_starts(before).rev().nth(CONTEXT_WORDS - 1).unwrap_or(0);
    let end = word_ends(after).nth(CONTEXT_WORDS - 1).unwrap_or(after.len());
    let ellipsis = |cut: bool| if cut { "…" } else { "" };
    format!(
        "block \"{id}\": \"{}{}[{}]{}{}\"",
        ellipsis(start > 0),
        &before[start..],
        &text[range.clone()],
        &after[..end],
        ellipsis(end < after.len())
    )
}

/// Byte offsets where words start (a non-space after a space, or the start).
fn word_starts(text: &str) -> impl DoubleEndedIterator<Item = usize> + '_ {
    let mut previous_space = true;
    let starts: Vec<usize> = text
        .char_indices()
        .filter_map(|(i, c)| {
            let start = previous_space && !c.is_whitespace();
            previous_space = c.is_whitespace();
            start.then_some(i)
        })
        .collect();
    starts.into_iter()
}

/// Byte offsets where words end (a space after a non-space, or the end).
fn word_ends(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut previous_space = true;
    text.char_indices()
        .filter_map(move |(i, c)| {
            let end = !previous_space && c.is_whitespace();
            previous_space = c.is_whitespace();
            end.then_some(i)
        })
        .chain((!text.is_empty()).then_some(text.len()))
}

#[cfg(test)]
mod tests {
    use super::repeated;

    #[test]
    fn only_later_copies_of_an_id_are_repeats() {
        let ids = ["a", "b", "a", "c", "b", "a", ""];
        assert_eq!(repeated(ids.into_iter()), [false, false, true, false, true, true, false]);
    }
}
