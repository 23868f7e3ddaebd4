//! The article: its header (headline, standfirst, byline, what is known of the date and author,
//! the legend, a link past the article's marks), then every block in reading order. Its marks are islands; input on them is
//! handled once for the page, by [`crate::app::Companion`].

use std::sync::Arc;

use gloo_timers::callback::Timeout;
use leptos::either::Either;
use leptos::prelude::*;

use super::{Byline, Legend, TextBlock};
use crate::i18n::Words;
use crate::ids::ARTICLE_END_ID;
use crate::labels::around;
use crate::model::{Block, BlockKind, Dataset, Written};

/// An article of at most this many runs of text (plain or marked) is rendered at once.
const FIRST_RUNS: usize = 600;
/// Of a longer article, the blocks holding this many runs are rendered at once and the rest in
/// later tasks: enough to fill a screen, little enough to keep the first task short.
const FIRST_RUNS_OF_LONG: usize = 120;
/// How long one later task may take, in milliseconds: under the 50 ms of a long task.
const TASK_BUDGET_MS: f64 = 25.0;
/// A long article's blocks are grouped in parts of this many, each laid out and painted only
/// near the view (`style/article.css`). What changes on screen (a card, a mark) then costs the
/// browser a pass over some fifty parts and the few blocks in view, not over every block: about
/// the square root of a 1,300-block article.
const PART_BLOCKS: usize = 25;

/// The blocks after the article's header, in reading order.
pub fn body(dataset: &Dataset) -> impl Iterator<Item = &Block> {
    dataset.article.blocks.iter().filter(|b| !in_header(b.kind))
}

fn in_header(kind: BlockKind) -> bool {
    matches!(kind, BlockKind::Headline | BlockKind::Standfirst)
}

/// The `<article>`. A very long article (`long`) is grouped in parts of [`PART_BLOCKS`] blocks.
/// Rendered in the browser (a dataset from elsewhere), it shows its first blocks at once and the
/// rest a few at a time, one task each, so the page answers while it fills; until the last is
/// there the article is `aria-busy`, which assistive technology (and a test) waits for. Rendered
/// ahead of time, every block is in the page.
#[component]
pub fn ArticleView(
    /// The dataset to show.
    dataset: &'static Dataset,
    /// Group the blocks in parts and, in the browser, render them in steps.
    #[prop(optional)]
    long: bool,
) -> impl IntoView {
    let article = &dataset.article;
    let written = dataset.written();
    let words = expect_context::<&'static Words>();
    let blocks: Arc<[&'static Block]> = body(dataset).collect();
    let total = blocks.len();
    let first = if long && cfg!(feature = "open") {
        first_chunk(&blocks.iter().map(|b| b.segments.len()).collect::<Vec<_>>())
    } else {
        total
    };
    // How many blocks are in the page so far.
    let shown = RwSignal::new(first);
    if first < total {
        Effect::new(move |_| fill_later(shown, total));
    }
    let text = if long {
        Either::Left(parts(blocks, written, shown))
    } else {
        Either::Right(blocks.iter().map(|&block| view! { <TextBlock block written /> }).collect_view())
    };
    let head = article.blocks.iter().filter(|b| in_header(b.kind)).map(|block| view! { <TextBlock block written /> });
    // What is known of the text's date and author, and what is not: there for a reader who
    // asks, folded away from the first screen. The dataset's notes on them are in its language.
    // An author known only by role is said so in the page's words, the role in the dataset's.
    let role = article.author.role.as_deref().filter(|_| article.author.name.is_none());
    let notes: Vec<&'static String> = article.published_note.iter().chain(&article.author.note).collect();
    let about = (role.is_some() || !notes.is_empty()).then(|| {
        let Written { lang, dir } = written;
        let role = role.map(|role| {
            let (before, after) = around(words.author_role, "role");
            view! { <p>{before}<bdi lang=lang>{role}</bdi>{after}</p> }
        });
        let notes = notes.into_iter().map(|note| view! { <p lang=lang dir=dir>{note.as_str()}</p> }).collect_view();
        view! {
            <details class="article__about">
                <summary>{words.about_text}</summary>
                {role}
                {notes}
            </details>
        }
    });

    view! {
        <article
            class="article"
            aria-busy=move || (shown.get() < total).then_some("true")
        >
            <a class="skip" href=format!("#{ARTICLE_END_ID}")>
                {words.skip_article}
            </a>
            <header class="article__header">
                {head.collect_view()}
                <Byline dataset />
                {about}
                <Legend dataset />
            </header>
            {text}
            <p id=ARTICLE_END_ID class="visually-hidden" tabindex="-1">
                {words.end_of_article}
            </p>
        </article>
    }
}

/// A long article's blocks, the first `shown` of them, in parts of [`PART_BLOCKS`]. A step that
/// adds blocks changes only the part they go into (and any part it opens).
fn parts(blocks: Arc<[&'static Block]>, written: Written<'static>, shown: RwSignal<usize>) -> impl IntoView {
    let part = move |index: usize| {
        let start = index * PART_BLOCKS;
        let end = (start + PART_BLOCKS).min(blocks.len());
        let filled = Memo::new(move |_| shown.get().min(end));
        let blocks = blocks.clone();
        let block = move |i: usize| view! { <TextBlock block=blocks[i] written /> };
        view! {
            <div class="article__part">
                <For each=move || start..filled.get() key=|i| *i children=block />
            </div>
        }
    };
    view! { <For each=move || 0..shown.get().div_ceil(PART_BLOCKS) key=|i| *i children=part /> }
}

/// How many blocks are rendered at once of a very long article: those holding the first
/// [`FIRST_RUNS_OF_LONG`] runs, or all of one no longer than [`FIRST_RUNS`].
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

/// Adds the rest of the blocks to `shown`, a few more in each task, sizing each step so that a
/// task (the step and the layout it causes) stays near [`TASK_BUDGET_MS`]. Stops quietly if the
/// article is gone meanwhile.
fn fill_later(shown: RwSignal<usize>, total: usize) {
    fn step(shown: RwSignal<usize>, total: usize, size: usize, started: f64) {
        Timeout::new(0, move || {
            let took = (now() - started).max(1.0);
            let size = ((size as f64 * (TASK_BUDGET_MS / took).clamp(0.5, 2.0)) as usize).max(1);
            let Some(start) = shown.try_get_untracked() else { return };
            let end = (start + size).min(total);
            let started = now();
            shown.set(end);
            if end < total {
                step(shown, total, size, started);
            }
        })
        .forget();
    }
    step(shown, total, 4, now());
}

/// Milliseconds since the page started.
fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
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
