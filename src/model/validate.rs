//! Validation: raw JSON types in, a [`Dataset`] and the problems found out.
//!
//! Every rule is checked and every problem reported, with its JSON path. What breaks a rule is
//! left out of the dataset (a note with a bad anchor keeps its other mentions; an unsafe URL is
//! dropped, and a note left with no source to check it by is dropped with it; a note whose id or
//! title a reader could not see is dropped; an empty optional text, an impossible date or a bad
//! language tag is not used; of two overlapping mentions the later note's is dropped), so a
//! lenient caller can still show the article. Only a dataset whose article cannot be shown at all
//! is refused.
//!
//! It is one file because it is one pass over the dataset, part by part (the article's blocks, its
//! details, then each note in turn), so each problem is found where its part is read, and each
//! rule's helpers (dates, ids, word bounds, anchors in context) sit beside the pass that uses them.

use std::ops::Range;

use super::anchor::{Blocks, Quote};
use super::characters::Quoted;
use super::characters::{blank, hidden_in_id};
use super::dataset::{
    Actor, Article, Block, BlockKind, Context, Dataset, Direction, Mention, Note, NoteBody, NoteId, Poll, PollFigure,
    Source,
};
use super::error::{Problem, ProblemKind};
use super::near_miss::near_miss;
use super::raw::{RawAnchor, RawDataset, RawNote};
use super::unicode::{is_alphanumeric, joins_previous, nfc};
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
        let mut article = self.article;
        if article.blocks.first().map(|b| b.kind) != Some(BlockKind::Headline) {
            return Err(vec![Problem::new("article.blocks[0].kind", ProblemKind::NoHeadline)]);
        }
        let blocks: Vec<(String, BlockKind, String)> =
            article.blocks.into_iter().map(|b| (b.id, b.kind, nfc(&b.text))).collect();
        let repeated_blocks = repeated(blocks.iter().map(|(id, _, _)| id.as_str()));
        let mut blocks_ok = Vec::with_capacity(blocks.len());
        for (index, (id, kind, text)) in blocks.into_iter().enumerate() {
            let at = |field: &str| format!("article.blocks[{index}].{field}");
            if repeated_blocks[index] {
                problems.push(Problem::new(at("id"), ProblemKind::DuplicateId(id.clone())));
            }
            id_problem(&id, &at("id"), &mut problems);
            if blank(&text) {
                problems.push(Problem::new(at("text"), ProblemKind::Empty));
            }
            let kind = if kind == BlockKind::Headline && index > 0 {
                problems.push(Problem::new(at("kind"), ProblemKind::HeadlineNotFirst));
                BlockKind::Paragraph
            } else {
                kind
            };
            blocks_ok.push((id, kind, text));
        }
        let blocks = blocks_ok;
        let url = article.url.as_deref().and_then(|raw| safe_url(raw, "article.url", &mut problems));
        optional(&mut article.publisher, "article.publisher", &mut problems);
        if let Some(date) = article.published.take_if(|date| !calendar_date(date)) {
            problems.push(Problem::new("article.published", ProblemKind::NotADate(date)));
        }
        optional(&mut article.url_label, "article.url_label", &mut problems);
        optional(&mut article.description, "article.description", &mut problems);
        optional(&mut article.published_note, "article.published_note", &mut problems);
        optional(&mut article.author.name, "article.author.name", &mut problems);
        optional(&mut article.author.role, "article.author.role", &mut problems);
        optional(&mut article.author.note, "article.author.note", &mut problems);
        let mut language = self.language;
        if let Some(tag) = language.take_if(|tag| language_tags::LanguageTag::parse(tag).is_err()) {
            problems.push(Problem::new("language", ProblemKind::NotALanguage(tag)));
        }
        let direction = self.direction.or_else(|| language.as_deref().map(Direction::of_language));
        let mut polls = self.polls;
        let repeated_polls = repeated(polls.iter().map(|poll| poll.id.as_str()));
        for (index, poll) in polls.iter_mut().enumerate() {
            let at = |field: &str| format!("polls[{index}].{field}");
            if repeated_polls[index] {
                problems.push(Problem::new(at("id"), ProblemKind::DuplicateId(poll.id.clone())));
            }
            id_problem(&poll.id, &at("id"), &mut problems);
            for (field, text) in [("title", &mut poll.title), ("by", &mut poll.by), ("when", &mut poll.when)]
                .into_iter()
                .chain([("population", &mut poll.population), ("question", &mut poll.question)])
            {
                required(text, &at(field), &mut problems);
            }
            optional(&mut poll.unverified, &at("unverified"), &mut problems);
            optional(&mut poll.about, &at("about"), &mut problems);
        }

        let texts: Vec<(&str, &str)> = blocks.iter().map(|(id, _, text)| (id.as_str(), text.as_str())).collect();
        let search = Blocks::new(&texts);
        let repeated_notes = repeated(self.notes.iter().map(|note| note.parts().0));
        let mut notes: Vec<Note> = Vec::with_capacity(self.notes.len());
        // Where each note read is in the file, and whether it has anchors, for a problem found
        // once all are read.
        let mut places: Vec<(usize, bool)> = Vec::with_capacity(self.notes.len());
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
            if id_problem(id, &at(".id"), &mut problems) {
                continue;
            }
            // What keeps a note out is reported all at once, so that it can be put right at once.
            let untitled = blank(title);
            if untitled {
                problems.push(Problem::new(at(".title"), ProblemKind::Empty));
            }
            let body = match note_body(raw, &polls) {
                Ok(body) => Some(optional_fields(body, &at(""), &mut problems)),
                Err(faults) => {
                    problems.extend(faults.into_iter().map(|(field, kind)| Problem::new(at(field), kind)));
                    None
                }
            };
            let mut sources = Vec::with_capacity(raw_sources.len());
            for (s, source) in raw_sources.iter().enumerate() {
                let Some(url) = safe_url(&source.url, &at(&format!(".sources[{s}].url")), &mut problems) else {
                    continue;
                };
                let mut label = source.label.clone();
                optional(&mut label, &at(&format!(".sources[{s}].label")), &mut problems);
                let label = label.unwrap_or_else(|| url.host().to_owned());
                sources.push(Source { url, label });
            }
            if sources.is_empty() {
                let kind = if raw_sources.is_empty() { ProblemKind::NoSources } else { ProblemKind::NoUsableSource };
                problems.push(Problem::new(at(".sources"), kind));
            }
            let Some(body) = body.filter(|_| !untitled && !sources.is_empty()) else { continue };
            if anchors.is_empty() {
                problems.push(Problem::new(at(".anchors"), ProblemKind::NoAnchors));
            }
            let note = NoteId(notes.len());
            let mentions = resolve_anchors(note, anchors, &search, &texts, &mut |a, kind| {
                problems.push(Problem::new(at(&format!(".anchors[{a}]")), kind));
            });
            found.extend(mentions.into_iter().map(|(mention, a)| (mention, (index, a))));
            places.push((index, !anchors.is_empty()));
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
        let notes = marked_only(notes, &places, &mut mentions, &mut problems);
        let blocks =
            blocks.into_iter().map(|(id, kind, text)| Block { id, kind, text, segments: Vec::new() }).collect();
        let mut dataset = Dataset {
            language,
            direction,
            article: Article {
                publisher: article.publisher,
                url,
                url_label: article.url_label,
                description: article.description,
                published: article.published,
                published_note: article.published_note,
                author: article.author,
                blocks,
            },
            polls,
            notes,
            mentions,
        };
        dataset.link();
        Ok((dataset, problems))
    }
}

/// The notes a reader can reach: one that marks nothing in the text (every anchor failed, or
/// found only the headline) is left out, reported at its place in the file (`places`: its
/// index, and whether it has anchors at all, which is reported already), and the mentions are
/// renumbered to match.
fn marked_only(
    notes: Vec<Note>,
    places: &[(usize, bool)],
    mentions: &mut [Mention],
    problems: &mut Vec<Problem>,
) -> Vec<Note> {
    let mut marked = vec![false; notes.len()];
    for mention in mentions.iter() {
        marked[mention.note.0] = true;
    }
    let mut kept = Vec::with_capacity(notes.len());
    let mut renumbered = Vec::with_capacity(notes.len());
    for ((note, &(place, anchored)), marked) in notes.into_iter().zip(places).zip(marked) {
        renumbered.push(NoteId(kept.len()));
        if marked {
            kept.push(note);
        } else if anchored {
            problems.push(Problem::new(format!("notes[{place}].anchors"), ProblemKind::NeverMarked));
        }
    }
    for mention in mentions {
        mention.note = renumbered[mention.note.0];
    }
    kept
}

/// The kind-specific content of a note, or every field at fault and what is wrong with it.
fn note_body(raw: &RawNote, polls: &[Poll]) -> Result<NoteBody, Vec<(&'static str, ProblemKind)>> {
    let mut faults = Vec::new();
    let mut required = |field: &'static str, value: &str| {
        if blank(value) {
            faults.push((field, ProblemKind::Empty));
        }
        value.to_owned()
    };
    let body = match raw {
        RawNote::Actor { actor_kind, role, summary, stance, .. } => NoteBody::Actor(Actor {
            kind: *actor_kind,
            role: required(".role", role),
            summary: required(".summary", summary),
            stance: stance.clone(),
        }),
        RawNote::Poll { poll, value, label, .. } => {
            let label = required(".label", label);
            let index = polls.iter().position(|p| &p.id == poll);
            if index.is_none() {
                faults.push((".poll", ProblemKind::UnknownPoll(poll.clone())));
            }
            if !(0.0..=100.0).contains(value) {
                faults.push((".value", ProblemKind::NotAPercentage));
            }
            NoteBody::Poll(PollFigure { poll: index.unwrap_or_default(), value: *value, label })
        }
        RawNote::Context { dates, summary, figure, record, .. } => NoteBody::Context(Context {
            dates: dates.clone(),
            summary: required(".summary", summary),
            figure: figure.clone(),
            record: record.clone(),
        }),
    };
    if faults.is_empty() { Ok(body) } else { Err(faults) }
}

/// Reports a required text with nothing to see, and leaves it empty (what shows it leaves it out).
fn required(text: &mut String, path: &str, problems: &mut Vec<Problem>) {
    if blank(text) {
        problems.push(Problem::new(path, ProblemKind::Empty));
        text.clear();
    }
}

/// Reports an optional text that is given but has nothing to see, and leaves it out.
fn optional(text: &mut Option<String>, path: &str, problems: &mut Vec<Problem>) {
    if text.take_if(|text| blank(text)).is_some() {
        problems.push(Problem::new(path, ProblemKind::Empty));
    }
}

/// Reports an id that is empty or has a character a reader could not see; whether it did.
fn id_problem(id: &str, path: &str, problems: &mut Vec<Problem>) -> bool {
    let kind = match hidden_in_id(id) {
        _ if id.is_empty() => ProblemKind::Empty,
        Some(hidden) => ProblemKind::HiddenInId { id: id.to_owned(), hidden },
        None => return false,
    };
    problems.push(Problem::new(path, kind));
    true
}

/// The URL at `path` if it is safe to link; otherwise the problem is reported.
fn safe_url(raw: &str, path: &str, problems: &mut Vec<Problem>) -> Option<SafeUrl> {
    SafeUrl::parse(raw)
        .map_err(|fault| problems.push(Problem::new(path, ProblemKind::UnsafeUrl { url: raw.to_owned(), fault })))
        .ok()
}

/// A note's optional texts given with nothing to see are reported and left out.
fn optional_fields(mut body: NoteBody, at: &str, problems: &mut Vec<Problem>) -> NoteBody {
    match &mut body {
        NoteBody::Actor(actor) => optional(&mut actor.stance, &format!("{at}.stance"), problems),
        NoteBody::Context(context) => {
            optional(&mut context.dates, &format!("{at}.dates"), problems);
            optional(&mut context.figure, &format!("{at}.figure"), problems);
            optional(&mut context.record, &format!("{at}.record"), problems);
        }
        NoteBody::Poll(_) => {}
    }
    body
}

/// Whether `date` is a year, a month or a day of the calendar as the format writes them:
/// "2022", "2022-03" or "2022-03-14".
fn calendar_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |part: &str, digits: usize| {
        (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse::<u32>().unwrap_or(0))
    };
    let Some(year) = number(parts[0], 4) else { return false };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match parts[1..] {
        [] => true,
        [month] => number(month, 2).is_some_and(|m| (1..=12).contains(&m)),
        [month, day] => match (number(month, 2), number(day, 2)) {
            (Some(month @ 1..=12), Some(day)) => {
                let days = match month {
                    2 if leap => 29,
                    2 => 28,
                    4 | 6 | 9 | 11 => 30,
                    _ => 31,
                };
                (1..=days).contains(&day)
            }
            _ => false,
        },
        _ => false,
    }
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
        if blank(&exact) {
            report(index, ProblemKind::Empty);
            continue;
        }
        if !exact.chars().any(is_alphanumeric) {
            report(index, ProblemKind::NoLetter(anchor.exact.clone()));
            continue;
        }
        let quote = Quote { exact: &exact, prefix: &prefix, suffix: &suffix };
        let hits = search.occurrences(quote);
        let torn = hits.iter().find_map(|(block, range)| {
            let text = texts[*block].1;
            let first = text[range.clone()].chars().next().filter(|&c| joins_previous(c));
            first.or_else(|| text[range.end..].chars().next().filter(|&c| joins_previous(c)))
        });
        if let Some(mark) = torn {
            report(index, ProblemKind::SplitsLetter { exact: anchor.exact.clone(), mark });
            continue;
        }
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

/// `block "p3": "…words before [match] words after…"`, for telling matches apart; the article's
/// words are quoted like any value, so a bidi control in them cannot turn the message around.
fn in_context((id, text): (&str, &str), range: &Range<usize>) -> String {
    let before = &text[..range.start];
    let after = &text[range.end..];
    let start = word_starts(before).rev().nth(CONTEXT_WORDS - 1).unwrap_or(0);
    let end = word_ends(after).nth(CONTEXT_WORDS - 1).unwrap_or(after.len());
    let ellipsis = |cut: bool| if cut { "…" } else { "" };
    let context = format!(
        "{}{}[{}]{}{}",
        ellipsis(start > 0),
        &before[start..],
        &text[range.clone()],
        &after[..end],
        ellipsis(end < after.len())
    );
    format!("block {}: {}", Quoted(id), Quoted(&context))
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
    use super::{calendar_date, in_context, repeated};

    #[test]
    fn a_match_in_context_is_quoted_with_its_hidden_characters_shown() {
        let text = "one two \u{202e}three four five six seven";
        let at = text.find("four").unwrap_or_default();
        assert_eq!(
            in_context(("p1", text), &(at..at + 4)),
            r#"block "p1": "one two \u{202e}three [four] five six seven""#
        );
    }

    #[test]
    fn dates_are_in_the_calendar() {
        for date in ["2022", "2022-03", "2022-03-14", "2024-02-29", "2000-02-29", "1999-12-31"] {
            assert!(calendar_date(date), "{date}");
        }
        for date in
            ["", "22", "2022-3", "2022-13", "2023-02-29", "1900-02-29", "2022-04-31", "2022-03-14T10", "spring 2022"]
        {
            assert!(!calendar_date(date), "{date}");
        }
    }

    #[test]
    fn only_later_copies_of_an_id_are_repeats() {
        let ids = ["a", "b", "a", "c", "b", "a", ""];
        assert_eq!(repeated(ids.into_iter()), [false, false, true, false, true, true, false]);
    }
}
