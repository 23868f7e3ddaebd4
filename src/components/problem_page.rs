//! What a reader sees instead of a blank page when a dataset cannot be used at all.

use leptos::prelude::*;

use crate::i18n::Words;

/// The page for a dataset that was rejected, with what is wrong with it.
#[component]
pub fn ProblemPage(
    /// The page's words.
    words: &'static Words,
    /// What is wrong, for "Technical details".
    detail: String,
) -> impl IntoView {
    let [title, text, summary] = words.problem;
    view! {
        <main class="problem" role="alert">
            <h1>{title}</h1>
            <p>{text}</p>
            <details>
                <summary>{summary}</summary>
                <pre>{detail}</pre>
            </details>
        </main>
    }
}
