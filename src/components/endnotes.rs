//! The endnotes: every note, numbered and grouped by kind, with its sources as printed URLs.
//! Hidden on screen while the cards serve; shown on paper and without scripting.

use leptos::prelude::*;

use crate::labels::{ENDNOTES_TITLE, endnote_lines, kind_heading};
use crate::model::Dataset;

/// Every note of the dataset as an endnote, each with the id its marks link to.
#[component]
pub fn Endnotes(
    /// The dataset whose notes are listed.
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
                    let lines = endnote_lines(dataset, note).into_iter().map(|line| format!(" {line}")).collect_view();
                    let sources = note
                        .sources
                        .iter()
                        .map(|source| {
                            view! {
                                <li>
                                    {format!("{}: ", source.label)}
                                    <span class="endnotes__url">{source.url.as_str()}</span>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <li id=format!("endnote-{}", note.id) value=note.number>
                            <strong>{note.title.as_str()}</strong>
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
