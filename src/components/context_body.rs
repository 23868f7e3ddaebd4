//! The body of a context note's card: dates, summary, a key figure, and what the record shows.

use leptos::prelude::*;

use crate::model::Context;

/// What the event, treaty or term is, and where the article's wording differs from the record.
#[component]
pub fn ContextBody(
    /// The note's content.
    context: &'static Context,
) -> impl IntoView {
    view! {
        <p class="card__dates">{context.dates.clone()}</p>
        <p>{context.summary.clone()}</p>
        {context.figure.clone().map(|figure| view! {
            <p class="card__figure"><strong>"The figure: "</strong>{figure}</p>
        })}
        {context.record.clone().map(|record| view! {
            <section class="card__record" aria-label="What the record shows">
                <h3>"What the record shows"</h3>
                <p>{record}</p>
            </section>
        })}
    }
}
