//! The article: headline, standfirst, byline, legend, then every block in reading order, with
//! each mention as a mark. On the prerendered page a mark is a link to its endnote; in the app it
//! is a button that opens its card (see [`Marks`]).

use super::{Element, Node, el};
use crate::components::CARD_ID;
use crate::labels::{HOW_TO_OPEN, LEGEND_TITLE, byline, legend_entry, reading_time};
use crate::model::{Block, BlockKind, Dataset, MentionId, NoteId, NoteKind, Segment};
use crate::settings::Settings;

/// What a mention becomes.
#[derive(Clone, Copy)]
pub enum Marks {
    /// A link to its endnote: the page before (or without) the wasm.
    Links,
    /// A button for its card, styled and focusable if the reader shows its kind of note, and
    /// marked `data-highlight` if its note is the one highlighted. It is a `span` with
    /// `role="button"` rather than a `button` so that a phrase wraps across lines like the text
    /// around it.
    Buttons(Settings, Option<NoteId>),
}

/// The DOM id of a mention's mark, so the card can find and refocus it.
pub fn trigger_id(mention: MentionId) -> String {
    format!("mention-{}", mention.0)
}

/// A mark's class: its kind's style when shown, none (plain text) when hidden.
pub fn mark_class(kind: NoteKind, on: bool) -> String {
    if on { format!("mark mark--{}", kind.as_str()) } else { "mark-off".to_owned() }
}

/// The attributes a shown mark has as a button and a hidden one lacks.
pub const BUTTON_ATTRIBUTES: [(&str, &str); 4] =
    [("role", "button"), ("tabindex", "0"), ("aria-controls", CARD_ID), ("aria-expanded", "false")];

/// The blocks after the article's header, in reading order.
pub fn body(dataset: &Dataset) -> impl Iterator<Item = &Block> {
    dataset.article.blocks.iter().filter(|b| !in_header(b.kind))
}

fn in_header(kind: BlockKind) -> bool {
    matches!(kind, BlockKind::Headline | BlockKind::Standfirst)
}

/// The article element with its header and the first `blocks` blocks of its [`body`]; the app
/// appends the rest of a long article later.
pub fn article(dataset: &Dataset, marks: Marks, blocks: usize) -> Element<'_> {
    let article = &dataset.article;
    let head = article.blocks.iter().filter(|b| in_header(b.kind)).map(|b| block(dataset, b, marks));
    let mut byline_line = el("p")
        .attr("class", "article__byline")
        .child(el("span").text(article.publisher.as_str()))
        .text(" · ")
        .child(el("time").attr("datetime", article.published.as_str()).text(article.date_label()))
        .text(" · ")
        .child(el("span").text(reading_time(dataset)));
    if let Some(byline) = byline(&article.author) {
        byline_line = byline_line.text(" · ").child(el("span").text(byline));
    }
    if let Some(url) = &article.url {
        byline_line = byline_line.text(" · ").child(
            el("a")
                .attr("href", url.as_str())
                .attr("target", "_blank")
                .attr("rel", "noopener noreferrer")
                .text("Original article"),
        );
    }
    let meta_notes = (article.published_note.iter().chain(&article.author.note))
        .map(|note| el("p").attr("class", "article__meta-note").text(note.as_str()));
    let header = el("header")
        .attr("class", "article__header")
        .children(head)
        .child(byline_line)
        .children(meta_notes)
        .child(legend(dataset));
    let mut element = el("article").attr("class", "article");
    if let Some(language) = &dataset.language {
        element = element.attr("lang", language.as_str());
    }
    element.child(header).children(body(dataset).take(blocks).map(|b| block(dataset, b, marks)))
}

/// The legend: one line per kind of note in the dataset, with a sample of its mark and a count.
fn legend(dataset: &Dataset) -> Element<'_> {
    let items = NoteKind::ALL.into_iter().filter_map(|kind| {
        let count = dataset.notes.iter().filter(|n| n.kind() == kind).count();
        let (sample, meaning) = legend_entry(kind);
        (count > 0).then(|| {
            el("li")
                .child(el("span").attr("class", format!("legend__sample mark--{}", kind.as_str())).text(sample))
                .text(format!(" {meaning} ({count})"))
        })
    });
    el("aside")
        .attr("class", "legend")
        .attr("aria-labelledby", "legend-title")
        .child(el("h2").attr("id", "legend-title").attr("class", "legend__title").text(LEGEND_TITLE))
        .child(el("ul").attr("class", "legend__items").children(items))
        .child(el("p").attr("class", "legend__how").text(HOW_TO_OPEN))
}

/// One block: its element (by kind), holding its text as plain runs and marks.
pub fn block<'a>(dataset: &'a Dataset, block: &'a Block, marks: Marks) -> Node<'a> {
    let class = match block.kind {
        BlockKind::Headline => "article__headline",
        BlockKind::Standfirst => "article__standfirst",
        BlockKind::Caption => "article__caption",
        BlockKind::Disclaimer => "article__disclaimer",
        BlockKind::Paragraph | BlockKind::Pullquote => "",
    };
    let name = if block.kind == BlockKind::Headline { "h1" } else { "p" };
    let mut element = el(name);
    if !class.is_empty() {
        element = element.attr("class", class);
    }
    let runs = block.segments.iter().map(|segment| match segment {
        Segment::Plain(range) => Node::from(&block.text[range.clone()]),
        Segment::Marked { range, mention } => mark(dataset, *mention, &block.text[range.clone()], marks).into(),
    });
    let element = element.attr("data-block", block.id.as_str()).children(runs);
    match block.kind {
        BlockKind::Pullquote => el("blockquote").attr("class", "article__pullquote").child(element).into(),
        _ => element.into(),
    }
}

/// One mention's mark around its text.
pub fn mark<'a>(dataset: &'a Dataset, mention: MentionId, text: &'a str, marks: Marks) -> Element<'a> {
    let note = dataset.note_of(mention);
    let kind = note.kind();
    let element = match marks {
        Marks::Links => el("a").attr("class", mark_class(kind, true)).attr("href", format!("#endnote-{}", note.id)),
        Marks::Buttons(settings, highlighted) => {
            let on = settings.shows(kind);
            let mut element = el("span").attr("id", trigger_id(mention)).attr("class", mark_class(kind, on));
            if on {
                for (name, value) in BUTTON_ATTRIBUTES {
                    element = element.attr(name, value);
                }
            }
            if highlighted == Some(dataset.mentions[mention.0].note) {
                element = element.attr("data-highlight", "");
            }
            element.attr("data-mention", mention.0.to_string()).attr("data-kind", kind.as_str())
        }
    };
    element.attr("data-note", note.id.as_str()).attr("data-ref", note.number.to_string()).text(text)
}

#[cfg(test)]
mod tests {
    use super::{Marks, mark};
    use crate::data::EMBEDDED_JSON;
    use crate::markup::Node;
    use crate::model::{Dataset, MentionId, NoteId};
    use crate::settings::Settings;

    #[test]
    fn a_mark_is_built_with_the_readers_choices_and_the_highlighted_note() {
        let dataset = Dataset::from_json(EMBEDDED_JSON).expect("valid");
        let mention = MentionId(0);
        let note = dataset.mentions[0].note;
        let html = |settings: Settings, highlighted: Option<NoteId>| {
            let marks = Marks::Buttons(settings, highlighted);
            Node::from(mark(&dataset, mention, dataset.mention_text(mention), marks)).to_html()
        };
        let shown = html(Settings::default(), Some(note));
        assert!(shown.contains(" role=\"button\"") && shown.contains(" data-highlight=\"\""), "{shown}");
        let other = NoteId((note.0 + 1) % dataset.notes.len());
        assert!(!html(Settings::default(), Some(other)).contains("data-highlight"));
        let clean = html(Settings { clean: true, ..Settings::default() }, None);
        assert!(clean.contains("class=\"mark-off\"") && !clean.contains("role="), "{clean}");
    }
}
