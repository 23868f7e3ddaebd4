//! The endnotes: every note, numbered and grouped by kind, with its sources as printed URLs.
//! Hidden on screen while the cards serve; shown on paper and without scripting.

use leptos::prelude::*;

use crate::labels::{ENDNOTES_TITLE, endnote_lines, kind_heading};
use crate::model::Dataset;

/// Every note as an endnote.
#[component]
pub fn Endnotes(
    /// The dataset whose notes to list.
    dataset: &'static Dataset,
) -> impl IntoView {
    let groups = dataset
        .endnotes()
        .into_iter()
        .map(|(kind, ids)| {
            let items = ids
                .into_iter()
                .map(|id| {
                    let note = &dataset.notes[id.0];
                    let lines = endnote_lines(dataset, note).into_iter().map(|line| view! { " " {line} }).collect_view();
                    let sources = note
                        .sources
                        .iter()
                        .map(|s| view! { <li>{s.label.clone()} ": " <span class="endnotes__url">{s.url.to_string()}</span></li> })
                        .collect_view();
                    view! {
                        <li id=format!("endnote-{}", note.id) value=note.number>
                            <strong>{note.title.clone()}</strong>
                            {lines}
                            <ul class="endnotes__sources">{sources}</ul>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3>{kind_heading(kind)}</h3>
                <ol class="endnotes__list">{items}</ol>
            }
        })
        .collect_view();
    view! {
        <section class="endnotes" aria-labelledby="endnotes-title">
            <h2 id="endnotes-title">{ENDNOTES_TITLE}</h2>
            {groups}
        </section>
    }
}
