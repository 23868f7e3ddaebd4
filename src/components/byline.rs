//! The line under the headline: who published the article, when, how long it takes to read, who
//! wrote it, and where the original is.

use leptos::prelude::*;

use crate::labels::{byline, reading_time};
use crate::model::Dataset;

/// The byline of the dataset's article; the parts the dataset does not give are left out.
#[component]
pub fn Byline(
    /// The dataset whose article it describes.
    dataset: &'static Dataset,
) -> impl IntoView {
    let article = &dataset.article;
    let author = byline(&article.author).map(|by| view! { " · " <span>{by}</span> });
    let original = article.url.as_ref().map(|url| {
        view! {
            " · "
            <a href=url.as_str() target="_blank" rel="noopener noreferrer">
                "Original article"
            </a>
        }
    });
    view! {
        <p class="article__byline">
            <span>{article.publisher.as_str()}</span>
            " · "
            <time datetime=article.published.as_str()>{article.date_label()}</time>
            " · "
            <span>{reading_time(dataset)}</span>
            {author}
            {original}
        </p>
    }
}
