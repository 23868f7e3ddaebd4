//! The article: headline, standfirst, byline, legend, then every block in reading order.

use leptos::prelude::*;

use super::{BlockText, Legend, switch_marks};
use crate::labels::{byline, reading_time};
use crate::model::{Block, BlockKind, Dataset};
use crate::settings::Settings;
use crate::state::ShownNotes;

/// The whole article, set for reading.
#[component]
pub fn ArticleView(
    /// The validated dataset to show.
    dataset: &'static Dataset,
) -> impl IntoView {
    let article = &dataset.article;
    let block = move |block: &'static Block| {
        let text = view! { <BlockText dataset block /> };
        let id = block.id.as_str();
        match block.kind {
            BlockKind::Headline => view! { <h1 class="article__headline" data-block=id>{text}</h1> }.into_any(),
            BlockKind::Standfirst => view! { <p class="article__standfirst" data-block=id>{text}</p> }.into_any(),
            BlockKind::Caption => view! { <p class="article__caption" data-block=id>{text}</p> }.into_any(),
            BlockKind::Paragraph => view! { <p data-block=id>{text}</p> }.into_any(),
            BlockKind::Pullquote => {
                view! { <blockquote class="article__pullquote"><p data-block=id>{text}</p></blockquote> }.into_any()
            }
            BlockKind::Disclaimer => view! { <p class="article__disclaimer" data-block=id>{text}</p> }.into_any(),
        }
    };
    let (head, body): (Vec<&Block>, Vec<&Block>) =
        article.blocks.iter().partition(|b| matches!(b.kind, BlockKind::Headline | BlockKind::Standfirst));
    let author = &article.author;
    let byline = byline(author);
    // Marks are rendered for the settings at the start; later changes switch them in one pass.
    let shown = expect_context::<ShownNotes>();
    let root = NodeRef::<leptos::html::Article>::new();
    Effect::new(move |previous: Option<Settings>| {
        let settings = shown.get();
        if let (Some(previous), Some(root)) = (previous, root.get_untracked())
            && previous != settings
        {
            switch_marks(&root, settings);
        }
        settings
    });
    view! {
        <article class="article" lang=dataset.language.clone() node_ref=root>
            <header class="article__header">
                {head.into_iter().map(block).collect_view()}
                <p class="article__byline">
                    <span>{article.publisher.clone()}</span>
                    " · "
                    <time datetime=article.published.clone()>{article.date_label()}</time>
                    " · "
                    <span>{reading_time(dataset)}</span>
                    {byline.map(|byline| view! { " · " <span>{byline}</span> })}
                    {article.url.as_ref().map(|url| view! {
                        " · "
                        <a href=url.as_str().to_owned() target="_blank" rel="noopener noreferrer">"Original article"</a>
                    })}
                </p>
                {article.published_note.iter().chain(&author.note).map(|note| view! { <p class="article__meta-note">{note.clone()}</p> }).collect_view()}
                <Legend dataset />
            </header>
            {body.into_iter().map(block).collect_view()}
        </article>
    }
}
