//! The article: headline, standfirst, byline, legend, then every block in reading order.

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::{BlockText, Legend, switch_marks};
use crate::labels::{byline, reading_time};
use crate::model::{Block, BlockKind, Dataset};
use crate::settings::Settings;
use crate::state::{ShownNotes, shared};

/// An article of at most this many runs of text (plain or marked) renders in one task, so the
/// prerendered page the app replaces is matched at once.
const FIRST_RUNS: usize = 600;
/// Of a longer article, the first task renders the blocks holding this many runs, and later tasks
/// the rest: enough to fill a screen, little enough to keep the first task short.
const FIRST_RUNS_OF_LONG: usize = 120;
/// How long one later task may take, in milliseconds: under the 50 ms of a long task.
const TASK_BUDGET_MS: f64 = 25.0;

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
            BlockKind::Headline => EitherOf3::A(view! { <h1 class="article__headline" data-block=id>{text}</h1> }),
            BlockKind::Pullquote => {
                EitherOf3::B(view! { <blockquote class="article__pullquote"><p data-block=id>{text}</p></blockquote> })
            }
            kind => EitherOf3::C(view! { <p class=paragraph_class(kind) data-block=id>{text}</p> }),
        }
    };
    let (head, body): (Vec<usize>, Vec<usize>) = (0..article.blocks.len())
        .partition(|&i| matches!(article.blocks[i].kind, BlockKind::Headline | BlockKind::Standfirst));
    let runs: Vec<usize> = body.iter().map(|&i| article.blocks[i].segments.len()).collect();
    let rendered = RwSignal::new(first_chunk(&runs));
    if rendered.get_untracked() < body.len() {
        render_later(rendered, body.len());
    }
    let author = &article.author;
    let byline = byline(author);
    // Marks are rendered for the settings at the start; later changes switch them in one pass.
    let shown = shared::<ShownNotes>();
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
                {head.into_iter().map(|i| block(&article.blocks[i])).collect_view()}
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
            <For each=move || body[..rendered.get()].to_vec() key=|&i| i let:i>
                {block(&dataset.article.blocks[i])}
            </For>
        </article>
    }
}

/// The class of a block set as a plain paragraph, if any.
fn paragraph_class(kind: BlockKind) -> Option<&'static str> {
    match kind {
        BlockKind::Standfirst => Some("article__standfirst"),
        BlockKind::Caption => Some("article__caption"),
        BlockKind::Disclaimer => Some("article__disclaimer"),
        _ => None,
    }
}

/// How many blocks render at once: all of an ordinary article, and of a very long one the blocks
/// holding the first [`FIRST_RUNS_OF_LONG`] runs.
fn first_chunk(runs: &[usize]) -> usize {
    if runs.iter().sum::<usize>() <= FIRST_RUNS {
        return runs.len();
    }
    let mut total = 0;
    runs.iter()
        .take_while(|&&n| {
            total += n;
            total <= FIRST_RUNS_OF_LONG
        })
        .count()
        .max(1)
}

/// Renders the remaining blocks a few at a time, one task each, sizing each step so a task
/// (the step and the rendering it causes) stays near [`TASK_BUDGET_MS`].
fn render_later(rendered: RwSignal<usize>, total: usize) {
    let now = || window().performance().map_or(0.0, |p| p.now());
    let step = StoredValue::new((4usize, now()));
    fn next(rendered: RwSignal<usize>, total: usize, step: StoredValue<(usize, f64)>, now: fn() -> f64) {
        set_timeout(
            move || {
                // Stop quietly if the article has been unmounted meanwhile.
                let Some((size, started)) = step.try_get_value() else { return };
                let took = (now() - started).max(1.0);
                let size = ((size as f64 * (TASK_BUDGET_MS / took).clamp(0.5, 2.0)) as usize).max(1);
                step.set_value((size, now()));
                rendered.try_update(|n| *n = (*n + size).min(total));
                if rendered.try_get_untracked().is_some_and(|n| n < total) {
                    next(rendered, total, step, now);
                }
            },
            std::time::Duration::ZERO,
        );
    }
    next(rendered, total, step, now);
}

#[cfg(test)]
mod tests {
    use super::{FIRST_RUNS, FIRST_RUNS_OF_LONG, first_chunk};

    #[test]
    fn an_ordinary_article_renders_at_once_and_a_long_one_starts_with_a_chunk() {
        assert_eq!(first_chunk(&[20; 13]), 13);
        assert_eq!(first_chunk(&[20; FIRST_RUNS / 20]), FIRST_RUNS / 20);
        assert_eq!(first_chunk(&[30; 1300]), FIRST_RUNS_OF_LONG / 30);
        assert_eq!(first_chunk(&[FIRST_RUNS + 1, 5]), 1, "at least one block");
        assert_eq!(first_chunk(&[]), 0);
    }
}
