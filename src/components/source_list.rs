//! A note's sources, as links that open in a new tab.

use leptos::prelude::*;

use super::NewTabLink;
use crate::model::Source;

/// Every source, with its host beside it (unless the host is its name); every URL is an `https:`
/// [`crate::model::SafeUrl`].
#[component]
pub fn SourceList(
    /// The note's sources.
    sources: &'static [Source],
    /// The section's DOM id, which the card's head links to.
    id: String,
) -> impl IntoView {
    let items = sources
        .iter()
        .map(|source| {
            // A source named by its host is not named twice.
            let host = (source.label != source.url.host()).then(|| view! { <bdi>{source.url.host()}</bdi> ", " });
            view! {
                <li>
                    <NewTabLink href=source.url.as_str() text=source.label.as_str() />
                    <span class="card__host">" (" {host} "opens in a new tab)"</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card__sources" id=id aria-label="Sources">
            <h3>"Sources"</h3>
            <ul>{items}</ul>
        </section>
    }
}
