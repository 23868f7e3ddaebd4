//! The line under the headline: who published the article, when, how long it takes to read, who
//! wrote it, and where the original is.

use leptos::prelude::*;

use crate::i18n::Words;
use crate::labels::{around, reading_time};
use crate::model::Dataset;

/// The byline of the dataset's article; the parts the dataset does not give are left out, and
/// each part from the dataset is isolated from the words around it (see `crate::components`).
#[component]
pub fn Byline(
    /// The dataset whose article it describes.
    dataset: &'static Dataset,
) -> impl IntoView {
    let article = &dataset.article;
    let lang = dataset.written().lang;
    let words = expect_context::<&'static Words>();
    let publisher = article.byline_publisher().map(|publisher| view! { <bdi lang=lang>{publisher}</bdi> " · " });
    let date = article.published.as_deref().map(|published| {
        view! { <time datetime=published>{words.date(published)}</time> " · " }
    });
    let author = article.author.name.as_deref().map(|name| {
        let role = article.author.role.as_deref().map(|role| view! { ", " <bdi lang=lang>{role}</bdi> });
        let (before, after) = around(words.by_author, "name");
        view! { " · " {before} <bdi lang=lang>{name}</bdi> {after} {role} }
    });
    let original = article.url.as_ref().map(|url| {
        view! {
            " · "
            <a href=url.as_str() target="_blank" rel="noopener noreferrer">
                {match article.url_label.as_deref() {
                    Some(label) => view! { <bdi lang=lang>{label}</bdi> }.into_any(),
                    None => words.original_article.into_any(),
                }}
            </a>
        }
    });
    view! {
        <p class="article__byline">
            {publisher}
            {date}
            <span>{reading_time(words, dataset)}</span>
            {author}
            {original}
        </p>
    }
}
