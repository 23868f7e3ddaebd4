//! The words the page shows for model values, shared by the components and the prerendered
//! page so that both say the same thing.

use crate::model::{Author, Dataset, Note, NoteBody, NoteKind};

/// How to open a note, under the legend.
pub const HOW_TO_OPEN: &str = "Hover over, tap, or focus a marked phrase and press Enter to open its note.";

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

/// Reading speed for the estimate, in words a minute.
const WORDS_PER_MINUTE: usize = 230;

/// "5 min read", from the article's words.
pub fn reading_time(dataset: &Dataset) -> String {
    let words: usize = dataset.article.blocks.iter().map(|b| b.text.split_whitespace().count()).sum();
    format!("{} min read", words.div_ceil(WORDS_PER_MINUTE).max(1))
}

/// "By Name, Role", or the role alone where the name is not known.
pub fn byline(author: &Author) -> Option<String> {
    match (&author.name, &author.role) {
        (Some(name), Some(role)) => Some(format!("By {name}, {role}")),
        (Some(name), None) => Some(format!("By {name}")),
        (None, Some(role)) => Some(format!("Author: {role} (not named)")),
        (None, None) => None,
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
            lines.push(format!("{} % {}.", figure.value, figure.label));
            lines.push(format!("{}, by {}, {}; asked: {}", poll.title, poll.by, poll.when, poll.population));
            lines.push(format!("What was asked: {}", poll.question));
            lines.extend(poll.unverified.as_ref().map(|u| format!("Not verified: {u}")));
        }
        NoteBody::Context(context) => {
            lines.push(format!("{}.", context.dates));
            lines.push(context.summary.clone());
            lines.extend(context.figure.as_ref().map(|f| format!("The figure: {f}")));
            lines.extend(context.record.as_ref().map(|r| format!("What the record shows: {r}")));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::byline;
    use crate::model::Author;

    #[test]
    fn a_byline_never_invents_a_name() {
        let role = |role: &str| Author { name: None, role: Some(role.into()), note: None };
        assert_eq!(byline(&role("Senior Policy Fellow")).as_deref(), Some("Author: Senior Policy Fellow (not named)"));
        assert_eq!(byline(&Author::default()), None);
    }
}
