//! The banner over the article when a dataset from elsewhere could not be used, or was used
//! without some of its parts. Plain language first, the technical detail one click away.

use leptos::prelude::*;

use crate::app::Start;
use crate::notice::Notice;
use crate::state::Ready;

/// Lines of technical detail shown; the rest are counted.
const MAX_LINES: usize = 100;

/// What went wrong and what the reader sees instead, announced as an alert when the article
/// asked for is not shown and as a status when it is shown in part.
#[component]
pub fn NoticeBanner(
    /// What to say.
    notice: &'static Notice,
) -> impl IntoView {
    let detail = notice.detail();
    let more = detail.len().saturating_sub(MAX_LINES);
    let lines = (detail.into_iter().take(MAX_LINES).chain((more > 0).then(|| format!("… and {more} more"))))
        .map(|line| view! { <li>{line}</li> })
        .collect_view();
    let details = notice.detail_heading().map(|summary| {
        view! {
            <details class="notice__detail">
                <summary>{summary}</summary>
                <ul>{lines}</ul>
            </details>
        }
    });
    view! {
        <section class="notice" role=notice.role() aria-labelledby="load-notice">
            <h2 class="notice__title" id="load-notice">
                {notice.headline()}
            </h2>
            <p class="notice__text">{notice.explanation()}</p>
            {details}
        </section>
    }
}

/// Where the page's notice (see [`Start`]) appears, over the article, once the app has taken over
/// (an island).
#[cfg_attr(feature = "islands", island)]
#[cfg_attr(not(feature = "islands"), component)]
pub fn Banner() -> impl IntoView {
    let ready = expect_context::<Ready>();
    let notice = use_context::<Start>().and_then(|start| start.notice);
    // On the article's page the only notice there can be is that it shows its built-in article
    // (see `main.rs`): naming it here leaves the other notices' words out of that page's wasm.
    #[cfg(not(feature = "open"))]
    let notice = notice.map(|_| &Notice::OnlyBuiltIn);
    move || ready.get().then_some(notice).flatten().map(|notice| view! { <NoticeBanner notice /> })
}
