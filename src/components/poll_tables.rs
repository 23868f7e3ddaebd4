//! The panel's Polls: each poll charted, with a real table behind the chart.

use leptos::prelude::*;

use super::{Lead, NewTabLink, PollChart};
use crate::i18n::Words;
use crate::labels::lead;
use crate::model::Dataset;

/// Every poll of the dataset: its chart (hidden from assistive technology, which reads the
/// table), a table of its figures with their sources, and what is not verified about it.
#[component]
pub fn PollTables(
    /// The dataset whose polls are shown.
    dataset: &'static Dataset,
) -> impl IntoView {
    let words = expect_context::<&'static Words>();
    let polls = dataset
        .polls
        .iter()
        .enumerate()
        .map(|(index, poll)| {
            let rows = dataset
                .poll_figures(index)
                .map(|(note, figure)| {
                    let source = note.sources.first().map(|s| view! { <NewTabLink href=s.url.as_str() text=s.url.host() lang=None /> });
                    view! {
                        <tr>
                            <th scope="row"><bdi lang=dataset.written().lang>{figure.label.as_str()}</bdi></th>
                            <td>{words.percent(figure.value)}</td>
                            <td>{source}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div aria-hidden="true">
                    <PollChart dataset poll=index />
                </div>
                <table class="panel__table">
                    <caption><bdi lang=dataset.written().lang>{poll.caption()}</bdi></caption>
                    <thead>
                        <tr>
                            {words.table_columns.map(|column| view! { <th scope="col">{column}</th> })}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                {poll.unverified.as_deref().map(|text| view! { <Lead class="card__unverified" lead=lead(words.not_verified) text lang=dataset.written().lang /> })}
            }
        })
        .collect_view();
    view! { <div class="panel__view">{polls}</div> }
}
