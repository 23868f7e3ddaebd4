//! What a context note's card says: when, what, and where the article's wording differs from
//! the record.

use leptos::prelude::*;

use super::Lead;
use crate::model::{Context, Written};

/// The dates, a summary, the key figure, and what the record shows, where the note has them.
#[component]
pub fn ContextDetails(
    /// The event, treaty or term.
    context: &'static Context,
    /// The language and direction of the note's text.
    written: Written<'static>,
) -> impl IntoView {
    let Written { lang, dir } = written;
    let record = context.record.as_deref().map(|record| {
        view! {
            <section class="card__record" aria-label="What the record shows">
                <h3>"What the record shows"</h3>
                <p lang=lang dir=dir>{record}</p>
            </section>
        }
    });
    view! {
        {context.dates.as_deref().map(|dates| view! { <p class="card__dates" lang=lang dir=dir>{dates}</p> })}
        <p lang=lang dir=dir>{context.summary.as_str()}</p>
        {context.figure.as_deref().map(|figure| view! { <Lead class="card__figure" lead="The figure: " text=figure lang /> })}
        {record}
    }
}
