//! A note's sources, as links that open in a new tab.

use leptos::prelude::*;

use super::NewTabLink;
use crate::i18n::Words;
use crate::model::Source;

/// Every source, with its host beside it (unless the host is its name); every URL is an `https:`
/// [`crate::model::SafeUrl`].
#[component]
pub fn SourceList(
    /// The note's sources.
    sources: &'static [Source],
    /// The section's DOM id, which the card's head links to.
    id: String,
    /// The language the dataset's labels are in.
    lang: Option<&'static str>,
) -> impl IntoView {
    let words = expect_context::<&'static Words>();
    let items = sources
        .iter()
        .map(|source| {
            // A source named by its host is not named twice.
            let host = (source.label != source.url.host())
                .then(|| view! { <bdi translate="no">{source.url.host()}</bdi> {words.comma} });
            view! {
                <li>
                    <NewTabLink href=source.url.as_str() text=source.label.as_str() lang=(source.label != source.url.host()).then_some(lang).flatten() />
                    <span class="card__host">" (" {host} {words.new_tab} ")"</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card__sources" id=id aria-label=words.sources_title>
            <h3>{words.sources_title}</h3>
            <ul>{items}</ul>
        </section>
    }
}
