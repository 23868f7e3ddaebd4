//! The body of a poll figure's card: the figure, the poll behind it, and its sibling figures.

use leptos::prelude::*;

use super::PollChart;
use crate::labels::percent;
use crate::model::{Dataset, Note, PollFigure};

/// The figure, what was asked of whom and when (as far as verified), and a chart of the poll.
#[component]
pub fn PollBody(
    /// The dataset, for the poll and its other figures.
    dataset: &'static Dataset,
    /// The figure's note.
    note: &'static Note,
    /// The figure.
    figure: &'static PollFigure,
) -> impl IntoView {
    let poll = &dataset.polls[figure.poll];
    view! {
        <p class="card__figure-big">
            <span class="card__percent">{percent(figure.value)}</span>
            " "
            {figure.label.clone()}
        </p>
        <dl class="card__facts">
            <dt>"Poll"</dt>
            <dd>{poll.title.clone()}</dd>
            <dt>"By"</dt>
            <dd>{poll.by.clone()}</dd>
            <dt>"When"</dt>
            <dd>{poll.when.clone()}</dd>
            <dt>"Who was asked"</dt>
            <dd>{poll.population.clone()}</dd>
            <dt>"What was asked"</dt>
            <dd>{poll.question.clone()}</dd>
        </dl>
        {poll.about.clone().map(|about| view! { <p>{about}</p> })}
        <PollChart dataset poll=figure.poll current=note.id.as_str() />
        {poll.unverified.clone().map(|unverified| view! {
            <p class="card__unverified"><strong>"Not verified: "</strong>{unverified}</p>
        })}
    }
}
