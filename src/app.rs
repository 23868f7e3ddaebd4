//! The composition root: provides the card state, owns the window listeners, and shows the
//! article with its card, or the reason the dataset could not be used.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use crate::components::{ArticleView, CARD_ID, DatasetProblem, Endnotes, NoteCard, focus_mark, trigger_id};
use crate::model::{BlockKind, Dataset, DatasetError};
use crate::state::CardState;

/// The companion for one dataset, or its error.
#[component]
pub fn App(
    /// The parsed dataset, or why it could not be used.
    dataset: &'static Result<Dataset, DatasetError>,
) -> impl IntoView {
    match dataset {
        Ok(dataset) => view! { <Companion dataset /> }.into_any(),
        Err(error) => view! { <DatasetProblem error /> }.into_any(),
    }
}

/// The article and its card, with the listeners that dismiss the card.
#[component]
fn Companion(
    /// The validated dataset to show.
    dataset: &'static Dataset,
) -> impl IntoView {
    let state = CardState::new();
    provide_context(state);
    describe_page(dataset);

    let keys = window_event_listener(ev::keydown, move |ev| {
        if ev.key() != "Escape" {
            return;
        }
        let Some(open) = state.current_untracked() else {
            return;
        };
        let focus_in_card = document().active_element().is_some_and(|el| in_card(&el));
        state.dismiss();
        if focus_in_card {
            focus_mark(open.mention);
        }
    });
    let presses = window_event_listener(ev::pointerdown, move |ev| {
        let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        let on_card_or_mark =
            target.is_some_and(|el| in_card(&el) || el.closest("[data-mention]").ok().flatten().is_some());
        if !on_card_or_mark && state.current_untracked().is_some() {
            state.dismiss();
        }
    });
    let focus_moves = window_event_listener(ev::focusin, move |ev| {
        let Some(open) = state.current_untracked() else {
            return;
        };
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if in_card(&target) {
            state.focus_entered();
        } else if target.id() != trigger_id(open.mention) {
            state.dismiss();
        }
    });
    on_cleanup(move || {
        keys.remove();
        presses.remove();
        focus_moves.remove();
        state.cancel_timers();
    });

    view! {
        <div class="page">
            <header class="page__brand">"Reading Companion"</header>
            <main id="main">
                <ArticleView dataset />
                <Endnotes dataset />
            </main>
            <NoteCard dataset />
        </div>
    }
}

/// Page title, description and language from the dataset, so one build serves any article.
fn describe_page(dataset: &Dataset) {
    let document = document();
    document.set_title(&format!("{} · Reading Companion", dataset.article.title()));
    let standfirst = dataset.article.blocks.iter().find(|b| b.kind == BlockKind::Standfirst);
    if let (Some(standfirst), Ok(Some(meta))) = (standfirst, document.query_selector("meta[name=description]")) {
        _ = meta.set_attribute("content", &standfirst.text);
    }
    if let (Some(language), Some(html)) = (&dataset.language, document.document_element()) {
        _ = html.set_attribute("lang", language);
    }
}

fn in_card(element: &Element) -> bool {
    document().get_element_by_id(CARD_ID).is_some_and(|card| card.contains(Some(element.unchecked_ref::<Node>())))
}
