//! The banner over the article when a dataset from elsewhere could not be used, or was used
//! without some of its parts.

use leptos::prelude::*;

use crate::notice::LoadNotice;

/// Lines of technical detail shown; the rest are counted.
const MAX_LINES: usize = 100;

/// What went wrong and what the reader sees instead, with the detail one click away.
#[component]
pub fn LoadBanner(
    /// What to tell the reader.
    notice: &'static LoadNotice,
) -> impl IntoView {
    let detail = notice.detail();
    let more = detail.len().saturating_sub(MAX_LINES);
    let summary = if notice.fell_back() { "Technical details" } else { "What was left out" };
    view! {
        <section class="notice" role=if notice.fell_back() { "alert" } else { "status" } aria-labelledby="load-notice">
            <h2 class="notice__title" id="load-notice">{notice.headline()}</h2>
            <p class="notice__text">{notice.explanation()}</p>
            <details class="notice__detail">
                <summary>{summary}</summary>
                <ul>
                    {detail.into_iter().take(MAX_LINES).map(|line| view! { <li>{line}</li> }).collect_view()}
                    {(more > 0).then(|| view! { <li>{format!("… and {more} more")}</li> })}
                </ul>
            </details>
        </section>
    }
}
