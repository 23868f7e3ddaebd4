//! A small bar chart of one poll's figures, drawn with SVG and readable as a list.

use leptos::prelude::*;

use crate::i18n::decimal;
use leptos::either::Either;

use crate::i18n::Words;
use crate::labels::around;
use crate::model::Dataset;

/// Every figure of one poll as a labelled bar; the figure of one note can be highlighted.
#[component]
pub fn PollChart(
    /// The dataset the poll is in.
    dataset: &'static Dataset,
    /// Index of the poll in `dataset.polls`.
    poll: usize,
    /// The id of the note whose figure is highlighted, if any.
    #[prop(optional)]
    current: Option<&'static str>,
) -> impl IntoView {
    let words = expect_context::<&'static Words>();
    let rows = dataset
        .poll_figures(poll)
        .map(|(note, figure)| {
            view! {
                <li class="chart__row" data-current=(current == Some(note.id.as_str())).then_some("")>
                    <bdi class="chart__label" lang=dataset.written().lang>{figure.label.as_str()}</bdi>
                    <svg
                        class="chart__bar"
                        viewBox="0 0 100 6"
                        preserveAspectRatio="none"
                        aria-hidden="true"
                        focusable="false"
                    >
                        <rect class="chart__track" width="100" height="6"></rect>
                        <rect class="chart__fill" width=decimal(figure.value, 2) height="6"></rect>
                    </svg>
                    <span class="chart__value">{words.percent(figure.value)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <figcaption>{match dataset.polls[poll].title.as_str() {
                "" => Either::Left(words.chart_untitled),
                title => {
                    let (before, after) = around(words.chart_title, "title");
                    Either::Right(view! { {before} <bdi lang=dataset.written().lang>{title}</bdi> {after} })
                }
            }}</figcaption>
            <ul class="chart__rows">{rows}</ul>
        </figure>
    }
}
