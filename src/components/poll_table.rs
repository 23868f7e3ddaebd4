//! Every poll figure in one place: each poll's chart, and a real table behind it.

use leptos::prelude::*;

use super::PollChart;
use crate::labels::percent;
use crate::model::Dataset;

/// The dataset's polls, charted and tabled.
#[component]
pub fn PollTable(
    /// The dataset whose polls to show.
    dataset: &'static Dataset,
) -> impl IntoView {
    let polls = dataset
        .polls
        .iter()
        .enumerate()
        .map(|(index, poll)| {
            let rows = dataset
                .poll_figures(index)
                .map(|(note, figure)| {
                    let source = note.sources.first().map(|s| {
                        view! { <a href=s.url.as_str().to_owned() target="_blank" rel="noopener noreferrer">{s.url.host().to_owned()}</a> }
                    });
                    view! {
                        <tr>
                            <th scope="row">{figure.label.clone()}</th>
                            <td>{percent(figure.value)}</td>
                            <td>{source}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div aria-hidden="true"><PollChart dataset poll=index current="" /></div>
                <table class="panel__table">
                    <caption>{format!("{}: {}, {}", poll.title, poll.by, poll.when)}</caption>
                    <thead>
                        <tr><th scope="col">"Respondents who…"</th><th scope="col">"Share"</th><th scope="col">"Source"</th></tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                {poll.unverified.clone().map(|u| view! { <p class="card__unverified"><strong>"Not verified: "</strong>{u}</p> })}
            }
        })
        .collect_view();
    view! { <div class="panel__view">{polls}</div> }
}
