//! What a reader sees instead of a blank page when a dataset cannot be used.

use leptos::prelude::*;

use crate::model::DatasetError;

/// A plain-language error, with the technical detail one click away.
#[component]
pub fn DatasetProblem(
    /// Why the dataset was rejected.
    error: &'static DatasetError,
) -> impl IntoView {
    view! {
        <main class="problem" role="alert">
            <h1>"This article could not be loaded"</h1>
            <p>"Its notes file has errors, so the companion cannot show it. The details below say what is wrong."</p>
            <details>
                <summary>"Technical details"</summary>
                <pre>{error.to_string()}</pre>
            </details>
        </main>
    }
}
