//! What a context note's card says: when, what, and where the article's wording differs from
//! the record.

use leptos::prelude::*;

use super::Lead;
use crate::i18n::Words;
use crate::labels::lead;
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
    let words = expect_context::<&'static Words>();
    let record = context.record.as_deref().map(|record| {
        view! {
            <section class="card__record" aria-label=words.record>
                <h3>{words.record}</h3>
                <p lang=lang dir=dir>{record}</p>
            </section>
        }
    });
    view! {
        {context.dates.as_deref().map(|dates| view! { <p class="card__dates" lang=lang dir=dir>{dates}</p> })}
        <p lang=lang dir=dir>{context.summary.as_str()}</p>
        {context.figure.as_deref().map(|figure| view! { <Lead class="card__figure" lead=lead(words.the_figure) text=figure lang /> })}
        {record}
    }
}
