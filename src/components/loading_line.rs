//! The line a reader sees while a dataset from elsewhere loads.

use leptos::prelude::*;

use crate::i18n::Words;

/// "Loading the article…", announced as a status.
#[component]
pub fn LoadingLine(
    /// The page's words.
    words: &'static Words,
) -> impl IntoView {
    view! {
        <p class="loading" role="status">
            {words.loading}
        </p>
    }
}
