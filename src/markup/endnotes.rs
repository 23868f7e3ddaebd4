//! The endnotes: every note, numbered and grouped by kind, with its sources as printed URLs.
//! Hidden on screen while the cards serve; shown on paper and without scripting.

use super::{Element, el};
use crate::labels::{ENDNOTES_TITLE, endnote_lines, kind_heading};
use crate::model::Dataset;

/// Every note as an endnote.
pub fn endnotes(dataset: &Dataset) -> Element<'_> {
    let mut section = el("section")
        .attr("class", "endnotes")
        .attr("aria-labelledby", "endnotes-title")
        .child(el("h2").attr("id", "endnotes-title").text(ENDNOTES_TITLE));
    for (kind, ids) in dataset.endnotes() {
        let items = ids.into_iter().map(|id| {
            let note = &dataset.notes[id.0];
            let sources = note.sources.iter().map(|source| {
                el("li")
                    .text(format!("{}: ", source.label))
                    .child(el("span").attr("class", "endnotes__url").text(source.url.as_str()))
            });
            el("li")
                .attr("id", format!("endnote-{}", note.id))
                .attr("value", note.number.to_string())
                .child(el("strong").text(note.title.as_str()))
                .children(endnote_lines(dataset, note).into_iter().map(|line| format!(" {line}")))
                .child(el("ul").attr("class", "endnotes__sources").children(sources))
        });
        section = section
            .child(el("h3").text(kind_heading(kind)))
            .child(el("ol").attr("class", "endnotes__list").children(items));
    }
    section
}
