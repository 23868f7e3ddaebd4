//! A note's sources, as links that open in a new tab.

use leptos::prelude::*;

use crate::model::Source;

/// The sources of a note; every URL is an `https:` [`crate::model::SafeUrl`].
#[component]
pub fn SourceList(
    /// The note's sources.
    sources: &'static [Source],
) -> impl IntoView {
    view! {
        <section class="card__sources" aria-label="Sources">
            <h3>"Sources"</h3>
            <ul>
                {sources
                    .iter()
                    .map(|source| {
                        view! {
                            <li>
                                <a href=source.url.as_str().to_owned() target="_blank" rel="noopener noreferrer">
                                    {source.label.clone()}
                                </a>
                                <span class="card__host">{format!(" ({}, opens in a new tab)", source.url.host())}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
