//! The line a reader sees while a dataset from elsewhere loads.

use leptos::prelude::*;

/// "Loading the article…", announced as a status.
#[component]
pub fn LoadingLine() -> impl IntoView {
    view! {
        <p class="loading" role="status">
            "Loading the article…"
        </p>
    }
}
