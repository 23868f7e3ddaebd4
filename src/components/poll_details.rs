//! What a poll figure's card says: the figure, what was asked of whom and when (as far as
//! verified), and a chart of the whole poll.

use leptos::prelude::*;

use super::{Lead, PollChart};
use crate::i18n::Words;
use crate::labels::lead;
use crate::model::{Dataset, Note, PollFigure, Written};

/// The figure in large type, the chart of the whole poll with this figure highlighted (in view
/// as the card opens), the poll's facts (those the dataset gives), a sentence on the poll, and
/// what is not verified about it.
#[component]
pub fn PollDetails(
    /// The dataset the note is in.
    dataset: &'static Dataset,
    /// The poll figure's note.
    note: &'static Note,
    /// The figure.
    figure: &'static PollFigure,
) -> impl IntoView {
    let poll = &dataset.polls[figure.poll];
    let Written { lang, dir } = dataset.written();
    let words = expect_context::<&'static Words>();
    let facts = (words.poll_facts.into_iter())
        .zip([&poll.title, &poll.by, &poll.when, &poll.population, &poll.question])
        .filter(|(_, value)| !value.is_empty())
        .map(|(term, value)| view! { <dt>{term}</dt> <dd lang=lang dir=dir>{value.as_str()}</dd> })
        .collect_view();
    view! {
        <p class="card__figure-big">
            <span class="card__percent">{words.percent(figure.value)}</span>
            " "
            <bdi lang=lang>{figure.label.as_str()}</bdi>
        </p>
        <PollChart dataset poll=figure.poll current=note.id.as_str() />
        <dl class="card__facts">{facts}</dl>
        {poll.about.as_deref().map(|about| view! { <p lang=lang dir=dir>{about}</p> })}
        {poll.unverified.as_deref().map(|text| view! { <Lead class="card__unverified" lead=lead(words.not_verified) text lang /> })}
    }
}
