//! The words the page shows for model values, shared by the components and the prerendered
//! page so that both say the same thing.

use crate::model::{Author, Dataset, Note, NoteBody, NoteKind};

/// The language of the page's own words: the page's `lang`. Text from a dataset carries its own
/// language and direction (see [`crate::model::Written`]).
#[cfg(feature = "ssr")]
pub const INTERFACE_LANGUAGE: &str = "en";

/// How to open a note, under the legend.
pub const HOW_TO_OPEN: &str = "Hover over, tap, or focus a marked phrase and press Enter to open its note.";

/// The legend in clean reading, instead of its kinds.
pub const CLEAN_READING: &str = "Clean reading: no phrase is marked. Reading options bring the notes back.";

/// The legend of an article with no note a reader can open.
pub const NO_NOTES: &str = "No phrase in this article has a note.";

/// The legend's heading.
pub const LEGEND_TITLE: &str = "Notes in this article";

/// The endnotes' heading.
pub const ENDNOTES_TITLE: &str = "Notes";

/// The legend's sample word and meaning for a kind of note.
pub fn legend_entry(kind: NoteKind) -> (&'static str, &'static str) {
    match kind {
        NoteKind::Actor => ("Actor", "people, states, organisations and parties"),
        NoteKind::Poll => ("Poll figure", "figures from opinion polls"),
        NoteKind::Context => ("Context", "events, treaties and terms"),
    }
}

/// The heading of a kind's group of endnotes.
pub fn kind_heading(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Actor => "Actors",
        NoteKind::Poll => "Poll figures",
        NoteKind::Context => "Context",
    }
}

/// A kind of note in running text, plural: "actors", "poll figures", "context notes".
#[cfg(any(feature = "ssr", test))]
pub fn kind_plural(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Actor => "actors",
        NoteKind::Poll => "poll figures",
        NoteKind::Context => "context notes",
    }
}

/// How many notes of a kind: "1 actor", "3 poll figures", "no context notes" (a site's index).
#[cfg(any(feature = "ssr", test))]
pub fn kind_count(kind: NoteKind, count: usize) -> String {
    let plural = kind_plural(kind);
    match count {
        0 => format!("no {plural}"),
        1 => format!("1 {}", plural.trim_end_matches('s')),
        n => format!("{n} {plural}"),
    }
}

/// `value` with at most `places` decimals, trailing zeros dropped ("54", "49.5", "0.0371"):
/// written with whole-number arithmetic, which costs the download far less than float formatting.
pub fn decimal(value: f64, places: u32) -> String {
    let scale = 10u64.pow(places);
    let scaled = (value.abs() * scale as f64).round() as u64;
    let sign = if value < 0.0 && scaled > 0 { "-" } else { "" };
    let (whole, mut fraction, mut digits) = (scaled / scale, scaled % scale, places as usize);
    while digits > 0 && fraction % 10 == 0 {
        fraction /= 10;
        digits -= 1;
    }
    if digits == 0 { format!("{sign}{whole}") } else { format!("{sign}{whole}.{fraction:0digits$}") }
}

/// A poll figure as the page shows it: "54 %".
pub fn percent(value: f64) -> String {
    format!("{} %", decimal(value, 2))
}

/// Reading speed for the estimate, in words a minute.
const WORDS_PER_MINUTE: usize = 230;

/// "5 min read", from the article's words.
pub fn reading_time(dataset: &Dataset) -> String {
    // Words between ASCII white space, counted by the byte: a long article has a hundred
    // thousand of them, and decoding each character would hold up the page.
    let words: usize = (dataset.article.blocks.iter())
        .map(|b| b.text.as_bytes().split(u8::is_ascii_whitespace).filter(|w| !w.is_empty()).count())
        .sum();
    format!("{} min read", words.div_ceil(WORDS_PER_MINUTE).max(1))
}

/// "Author: Role", where only the role is known: for what the page says about its text, out of
/// the byline, which names people.
pub fn unnamed_author(author: &Author) -> Option<String> {
    match (&author.name, &author.role) {
        (None, Some(role)) => Some(format!("Author: {role}.")),
        _ => None,
    }
}

/// The sentences of a note's endnote, after its title: everything its card says but the chart.
pub fn endnote_lines(dataset: &Dataset, note: &Note) -> Vec<String> {
    let mut lines = Vec::new();
    match &note.body {
        NoteBody::Actor(actor) => {
            lines.push(format!("{}: {}.", actor.kind.label(), actor.role));
            lines.push(actor.summary.clone());
            lines.extend(actor.stance.as_ref().map(|s| format!("In this story: {s}")));
        }
        NoteBody::Poll(figure) => {
            let poll = &dataset.polls[figure.poll];
            lines.push(match poll.population.as_str() {
                "" => format!("{} {}.", percent(figure.value), figure.label),
                population => format!("{} of {population} {}.", percent(figure.value), figure.label),
            });
            let by = (!poll.by.is_empty()).then(|| format!("by {}", poll.by));
            let about: Vec<&str> = [Some(poll.title.as_str()), by.as_deref(), Some(poll.when.as_str())]
                .into_iter()
                .flatten()
                .filter(|part| !part.is_empty())
                .collect();
            lines.extend((!about.is_empty()).then(|| format!("Poll: {}.", about.join(", "))));
            lines.extend((!poll.question.is_empty()).then(|| format!("Question: {}", poll.question)));
            lines.extend(poll.unverified.as_ref().map(|u| format!("Not verified: {u}")));
        }
        NoteBody::Context(context) => {
            lines.extend(context.dates.as_ref().map(|dates| format!("{dates}.")));
            lines.push(context.summary.clone());
            lines.extend(context.figure.as_ref().map(|f| format!("The figure: {f}")));
            lines.extend(context.record.as_ref().map(|r| format!("What the record shows: {r}")));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::{decimal, kind_count, percent, unnamed_author};
    use crate::model::{Author, NoteKind};

    #[test]
    fn counts_of_notes_read_as_words() {
        assert_eq!(kind_count(NoteKind::Actor, 1), "1 actor");
        assert_eq!(kind_count(NoteKind::Poll, 2), "2 poll figures");
        assert_eq!(kind_count(NoteKind::Context, 1), "1 context note");
        assert_eq!(kind_count(NoteKind::Context, 0), "no context notes");
    }

    #[test]
    fn decimals_are_written_as_a_reader_expects() {
        assert_eq!(percent(54.0), "54 %");
        assert_eq!(percent(49.5), "49.5 %");
        assert_eq!(percent(33.333), "33.33 %");
        assert_eq!(decimal(0.03714, 4), "0.0371");
        assert_eq!(decimal(0.99996, 4), "1");
        assert_eq!(decimal(1.0, 4), "1");
        assert_eq!(decimal(0.0, 4), "0");
        assert_eq!(decimal(412.5, 0), "413");
        assert_eq!(decimal(-12.4, 0), "-12");
        assert_eq!(decimal(-0.2, 0), "0");
        assert_eq!(decimal(-3.05, 2), "-3.05");
    }

    #[test]
    fn an_author_known_only_by_role_is_said_so() {
        let role = |role: &str| Author { name: None, role: Some(role.into()), note: None };
        assert_eq!(unnamed_author(&role("Senior Policy Fellow")).as_deref(), Some("Author: Senior Policy Fellow."));
        assert_eq!(unnamed_author(&Author::default()), None);
    }
}
