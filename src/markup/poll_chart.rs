//! A small bar chart of one poll's figures, drawn with SVG and readable as a list.

use super::{Element, el};
use crate::labels::{decimal, percent};
use crate::model::Dataset;

/// Every figure of poll `poll` as a labelled bar; the figure of note `current` (if any) is
/// highlighted.
pub fn poll_chart<'a>(dataset: &'a Dataset, poll: usize, current: Option<&str>) -> Element<'a> {
    let rows = dataset.poll_figures(poll).map(|(note, figure)| {
        let mut row = el("li").attr("class", "chart__row");
        if current == Some(note.id.as_str()) {
            row = row.attr("data-current", "");
        }
        let bar = el("svg")
            .attr("class", "chart__bar")
            .attr("viewBox", "0 0 100 6")
            .attr("preserveAspectRatio", "none")
            .attr("aria-hidden", "true")
            .attr("focusable", "false")
            .child(el("rect").attr("class", "chart__track").attr("width", "100").attr("height", "6"))
            .child(el("rect").attr("class", "chart__fill").attr("width", decimal(figure.value, 2)).attr("height", "6"));
        row.child(el("span").attr("class", "chart__label").text(figure.label.as_str()))
            .child(bar)
            .child(el("span").attr("class", "chart__value").text(percent(figure.value)))
    });
    el("figure")
        .attr("class", "chart")
        .child(el("figcaption").text(format!("All figures from the {}", dataset.polls[poll].title)))
        .child(el("ul").attr("class", "chart__rows").children(rows))
}
