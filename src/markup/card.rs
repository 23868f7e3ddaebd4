//! What a card shows for one mention: the note's kind and title with a close button, its body
//! (by kind), its sources and a "Copy link" button. The card itself, its place and its state are
//! the app's ([`crate::components::note_card`]); its buttons say what they do in a `data-action`
//! attribute, which the card reads back with [`Action::of`].

use super::poll_chart::poll_chart;
use super::{Element, Node, el};
use crate::labels::percent;
use crate::model::{Actor, Context, Dataset, MentionId, Note, NoteBody, PollFigure, Source};

/// The id of the card's title, which the card's `aria-labelledby` names.
pub const TITLE_ID: &str = "note-card-title";

/// What a button in the card does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Close the card.
    Close,
    /// Open the card of another mention of the same actor.
    Go(MentionId),
    /// Copy a link to the note.
    Copy,
}

impl Action {
    /// The action of a button with this `data-action` value.
    pub fn of(value: &str) -> Option<Self> {
        match value {
            "close" => Some(Action::Close),
            "copy" => Some(Action::Copy),
            _ => value.strip_prefix("go:")?.parse().ok().map(|n| Action::Go(MentionId(n))),
        }
    }

    fn value(self) -> String {
        match self {
            Action::Close => "close".to_owned(),
            Action::Go(mention) => format!("go:{}", mention.0),
            Action::Copy => "copy".to_owned(),
        }
    }
}

/// A button that does `action`.
fn button<'a>(action: Action) -> Element<'a> {
    el("button").attr("type", "button").attr("data-action", action.value())
}

/// Everything the card shows for `mention`, in order.
pub fn content(dataset: &Dataset, mention: MentionId) -> [Node<'_>; 4] {
    let note = dataset.note_of(mention);
    let close = button(Action::Close)
        .attr("class", "card__close")
        .child(el("span").attr("aria-hidden", "true").text("×"))
        .child(el("span").attr("class", "visually-hidden").text("Close note"));
    let head = el("div")
        .attr("class", "card__head")
        .child(el("p").attr("class", "card__kind").text(kind_label(note)))
        .child(el("h2").attr("class", "card__title").attr("id", TITLE_ID).text(note.title.as_str()))
        .child(close);
    let body = el("div").attr("class", "card__body");
    let body = match &note.body {
        NoteBody::Actor(actor) => body.children(actor_body(dataset, note, actor, mention)),
        NoteBody::Poll(figure) => body.children(poll_body(dataset, note, figure)),
        NoteBody::Context(context) => body.children(context_body(context)),
    };
    let copy = el("div")
        .attr("class", "card__copy")
        .child(button(Action::Copy).attr("class", "button").text("Copy link to this note"))
        .child(el("span").attr("role", "status"));
    [head.into(), body.into(), sources(&note.sources).into(), copy.into()]
}

/// "Actor · Person", "Poll figure", "Context": the line above the title.
fn kind_label(note: &Note) -> String {
    match &note.body {
        NoteBody::Actor(actor) => format!("Actor · {}", actor.kind.label()),
        NoteBody::Poll(_) => "Poll figure".to_owned(),
        NoteBody::Context(_) => "Context".to_owned(),
    }
}

/// A paragraph that starts with a bold lead-in ("In this story: …").
fn lead<'a>(class: &'static str, lead: &'static str, text: &'a str) -> Element<'a> {
    el("p").attr("class", class).child(el("strong").text(lead)).text(text)
}

/// Who or what the actor is, and buttons through its mentions in the article.
fn actor_body<'a>(dataset: &Dataset, note: &Note, actor: &'a Actor, mention: MentionId) -> Vec<Element<'a>> {
    let ordinal = dataset.mentions[mention.0].ordinal;
    let count = note.mentions.len();
    let step = |label: &'static str, target: Option<&MentionId>| match target {
        Some(&target) => button(Action::Go(target)).attr("class", "button").text(label),
        None => el("button").attr("type", "button").attr("class", "button").attr("disabled", "").text(label),
    };
    let position = if count == 1 {
        "The only mention in the article".to_owned()
    } else {
        format!("Mention {} of {count}", ordinal + 1)
    };
    let mentions = el("nav")
        .attr("class", "card__mentions")
        .attr("aria-label", "Mentions in the article")
        .child(step("‹ Previous", ordinal.checked_sub(1).and_then(|i| note.mentions.get(i))))
        .child(el("span").attr("aria-live", "polite").text(position))
        .child(step("Next ›", note.mentions.get(ordinal + 1)));
    let mut body =
        vec![el("p").attr("class", "card__role").text(actor.role.as_str()), el("p").text(actor.summary.as_str())];
    body.extend(actor.stance.as_deref().map(|stance| lead("card__stance", "In this story: ", stance)));
    body.push(mentions);
    body
}

/// The figure, what was asked of whom and when (as far as verified), and a chart of the poll.
fn poll_body<'a>(dataset: &'a Dataset, note: &Note, figure: &'a PollFigure) -> Vec<Element<'a>> {
    let poll = &dataset.polls[figure.poll];
    let big = el("p")
        .attr("class", "card__figure-big")
        .child(el("span").attr("class", "card__percent").text(percent(figure.value)))
        .text(" ")
        .text(figure.label.as_str());
    let facts = [
        ("Poll", &poll.title),
        ("By", &poll.by),
        ("When", &poll.when),
        ("Who was asked", &poll.population),
        ("What was asked", &poll.question),
    ];
    let facts = el("dl")
        .attr("class", "card__facts")
        .children(facts.into_iter().flat_map(|(term, value)| [el("dt").text(term), el("dd").text(value.as_str())]));
    let mut body = vec![big, facts];
    body.extend(poll.about.as_deref().map(|about| el("p").text(about)));
    body.push(poll_chart(dataset, figure.poll, Some(&note.id)));
    body.extend(poll.unverified.as_deref().map(unverified));
    body
}

/// A poll's unverified part, said as such.
pub fn unverified(text: &str) -> Element<'_> {
    lead("card__unverified", "Not verified: ", text)
}

/// What the event, treaty or term is, and where the article's wording differs from the record.
fn context_body(context: &Context) -> Vec<Element<'_>> {
    let mut body =
        vec![el("p").attr("class", "card__dates").text(context.dates.as_str()), el("p").text(context.summary.as_str())];
    body.extend(context.figure.as_deref().map(|figure| lead("card__figure", "The figure: ", figure)));
    body.extend(context.record.as_deref().map(|record| {
        el("section")
            .attr("class", "card__record")
            .attr("aria-label", "What the record shows")
            .child(el("h3").text("What the record shows"))
            .child(el("p").text(record))
    }));
    body
}

/// The note's sources, as links that open in a new tab; every URL is an `https:`
/// [`crate::model::SafeUrl`].
fn sources(sources: &[Source]) -> Element<'_> {
    let items = sources.iter().map(|source| {
        el("li")
            .child(new_tab_link(source.url.as_str(), source.label.as_str()))
            .child(el("span").attr("class", "card__host").text(format!(" ({}, opens in a new tab)", source.url.host())))
    });
    el("section")
        .attr("class", "card__sources")
        .attr("aria-label", "Sources")
        .child(el("h3").text("Sources"))
        .child(el("ul").children(items))
}

/// A link that opens in a new tab, without giving the new page a handle on this one.
pub fn new_tab_link<'a>(href: &'a str, text: &'a str) -> Element<'a> {
    el("a").attr("href", href).attr("target", "_blank").attr("rel", "noopener noreferrer").text(text)
}

/// What the card's status line says after "Copy link": that the link was copied, or the link
/// itself in a field ready to copy by hand where the browser would not.
pub fn copied(by_hand: Option<&str>) -> Node<'_> {
    match by_hand {
        None => " Link copied.".into(),
        Some(link) => el("label")
            .text(" Copy this link: ")
            .child(el("input").attr("type", "text").attr("readonly", "").attr("value", link))
            .into(),
    }
}

#[cfg(test)]
mod tests {
    use super::{Action, content};
    use crate::data::EMBEDDED_JSON;
    use crate::model::{Dataset, MentionId, NoteBody};

    #[test]
    fn a_buttons_action_reads_back_as_written() {
        for action in [Action::Close, Action::Copy, Action::Go(MentionId(17))] {
            assert_eq!(Action::of(&action.value()), Some(action));
        }
        assert_eq!(Action::of("go:x"), None);
        assert_eq!(Action::of(""), None);
    }

    #[test]
    fn an_actors_card_steps_to_its_neighbouring_mentions_and_no_further() {
        let dataset = Dataset::from_json(EMBEDDED_JSON).expect("valid");
        let note = (dataset.notes.iter())
            .find(|n| matches!(n.body, NoteBody::Actor(_)) && n.mentions.len() > 2)
            .expect("an actor mentioned thrice");
        let html = |mention: MentionId| content(&dataset, mention).map(|n| n.to_html()).concat();
        let first = html(note.mentions[0]);
        assert!(first.contains(&format!("data-action=\"go:{}\"", note.mentions[1].0)));
        assert_eq!(first.matches(" disabled=\"\"").count(), 1, "no previous mention");
        assert!(first.contains(&format!("Mention 1 of {}", note.mentions.len())));
        let second = html(note.mentions[1]);
        assert!(second.contains(&format!("data-action=\"go:{}\"", note.mentions[0].0)));
        assert!(second.contains(&format!("data-action=\"go:{}\"", note.mentions[2].0)));
        assert!(!second.contains("disabled"));
    }
}
