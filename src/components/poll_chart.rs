//! A small bar chart of one poll's figures, drawn with SVG and readable as a list.

use leptos::prelude::*;

use crate::labels::{decimal, percent};
use crate::model::Dataset;

/// Every figure of a poll as a labelled bar; the figure being read is highlighted.
#[component]
pub fn PollChart(
    /// The dataset the poll belongs to.
    dataset: &'static Dataset,
    /// Index of the poll.
    poll: usize,
    /// Id of the note whose card shows the chart.
    current: &'static str,
) -> impl IntoView {
    let rows = dataset
        .poll_figures(poll)
        .map(|(note, figure)| {
            view! {
                <li class="chart__row" data-current=(note.id == current).then_some("")>
                    <span class="chart__label">{figure.label.clone()}</span>
                    <svg class="chart__bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class="chart__track" width="100" height="6" />
                        <rect class="chart__fill" width=decimal(figure.value, 2) height="6" />
                    </svg>
                    <span class="chart__value">{percent(figure.value)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <figcaption>{format!("All figures from the {}", dataset.polls[poll].title)}</figcaption>
            <ul class="chart__rows">{rows}</ul>
        </figure>
    }
}
