//! The notes panel's three views: Who's who (actors by kind, with their mention counts), Polls
//! (each poll charted, with a real table behind the chart) and Timeline (dated context notes,
//! oldest first). Each item that leads into the article is a button whose `value` is its note's
//! index, read back with [`chosen_note`].

use super::card::{new_tab_link, unverified};
use super::poll_chart::poll_chart;
use super::{Element, el};
use crate::labels::percent;
use crate::model::{ActorKind, Dataset, NoteBody, NoteId};
use crate::timeline::entries;

/// The class of every item button, which the panel looks for when one is pressed.
pub const ITEM_CLASS: &str = "button panel__item";

/// The note of an item button, from its `value`.
pub fn chosen_note(dataset: &Dataset, value: &str) -> Option<NoteId> {
    value.parse().ok().filter(|&i| i < dataset.notes.len()).map(NoteId)
}

fn item<'a>(note: NoteId) -> Element<'a> {
    el("button").attr("type", "button").attr("class", ITEM_CLASS).attr("value", note.0.to_string())
}

/// The actors of the dataset by kind; the buttons of `highlighted`'s note are pressed.
pub fn whos_who(dataset: &Dataset, highlighted: Option<NoteId>) -> Element<'_> {
    let groups = [ActorKind::Person, ActorKind::State, ActorKind::Organisation, ActorKind::Party]
        .into_iter()
        .filter_map(|kind| {
            let actors: Vec<NoteId> = (0..dataset.notes.len())
                .map(NoteId)
                .filter(|id| matches!(&dataset.notes[id.0].body, NoteBody::Actor(a) if a.kind == kind))
                .collect();
            let items = actors.iter().map(|&id| {
                let note = &dataset.notes[id.0];
                let count = note.mentions.len();
                let count = if count == 1 { "1 mention".to_owned() } else { format!("{count} mentions") };
                let button = item(id)
                    .attr("data-actor", note.id.as_str())
                    .attr("aria-pressed", if highlighted == Some(id) { "true" } else { "false" })
                    .text(note.title.as_str())
                    .child(el("span").attr("class", "panel__count").text(count));
                el("li").child(button)
            });
            let list = el("ul").attr("class", "panel__list").children(items);
            (!actors.is_empty()).then(|| [el("h3").text(kind.plural()), list])
        });
    el("div").attr("class", "panel__view").children(groups.flatten())
}

/// The dataset's polls, charted and tabled.
pub fn poll_table(dataset: &Dataset) -> Element<'_> {
    let polls = dataset.polls.iter().enumerate().map(|(index, poll)| {
        let rows = dataset.poll_figures(index).map(|(note, figure)| {
            let source = note.sources.first().map(|s| new_tab_link(s.url.as_str(), s.url.host()));
            el("tr")
                .child(el("th").attr("scope", "row").text(figure.label.as_str()))
                .child(el("td").text(percent(figure.value)))
                .child(el("td").children(source))
        });
        let head = ["Respondents who…", "Share", "Source"].map(|h| el("th").attr("scope", "col").text(h));
        let table = el("table")
            .attr("class", "panel__table")
            .child(el("caption").text(format!("{}: {}, {}", poll.title, poll.by, poll.when)))
            .child(el("thead").child(el("tr").children(head)))
            .child(el("tbody").children(rows));
        let chart = el("div").attr("aria-hidden", "true").child(poll_chart(dataset, index, None));
        [chart, table].into_iter().chain(poll.unverified.as_deref().map(unverified))
    });
    el("div").attr("class", "panel__view").children(polls.flatten())
}

/// The dated context notes in order; a note the article does not mention cannot be chosen.
pub fn timeline(dataset: &Dataset) -> Element<'_> {
    let items = entries(dataset).into_iter().map(|(_, id)| {
        let note = &dataset.notes[id.0];
        let dates = match &note.body {
            NoteBody::Context(context) => context.dates.as_str(),
            _ => "",
        };
        let mut button = item(id);
        if note.mentions.is_empty() {
            button = button.attr("disabled", "");
        }
        el("li").child(el("span").attr("class", "panel__date").text(dates)).child(button.text(note.title.as_str()))
    });
    el("ol").attr("class", "panel__view panel__timeline").children(items)
}
