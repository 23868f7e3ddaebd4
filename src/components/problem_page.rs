//! What a reader sees instead of a blank page when a dataset cannot be used at all.

use leptos::prelude::*;

/// The page for a dataset that was rejected, with what is wrong with it.
#[component]
pub fn ProblemPage(
    /// What is wrong, for "Technical details".
    detail: String,
) -> impl IntoView {
    view! {
        <main class="problem" role="alert">
            <h1>"This article could not be loaded"</h1>
            <p>"Its notes file has errors, so the companion cannot show it. The details below say what is wrong."</p>
            <details>
                <summary>"Technical details"</summary>
                <pre>{detail}</pre>
            </details>
        </main>
    }
}
