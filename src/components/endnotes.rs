//! The endnotes: every note, numbered in reading order (by first mention), with its kind and its
//! sources as printed URLs. Hidden on screen while the cards serve; shown on paper and without
//! scripting. On paper only the kinds the reader marks are listed (`style/endnotes.css` follows
//! the page's `data-hide` and `data-clean`), and the list's own numbering, which skips them,
//! matches the numbers the marks carry (see [`crate::model::NoteIndex::shown_number`]).

use leptos::prelude::*;

use crate::i18n::Words;
use crate::labels::{endnote_lines, legend_entry};
use crate::model::Dataset;

/// Every note of the dataset as an endnote, each with the id its marks link to.
#[component]
pub fn Endnotes(
    /// The dataset whose notes are listed.
    dataset: &'static Dataset,
) -> impl IntoView {
    let lang = dataset.written().lang;
    let words = expect_context::<&'static Words>();
    let items = dataset
        .endnotes()
        .into_iter()
        .map(|id| {
            let note = &dataset.notes[id.0];
            let kind = note.kind();
            let lines = endnote_lines(words, dataset, note)
                .into_iter()
                .map(|line| view! { " " <bdi lang=lang>{line}</bdi> })
                .collect_view();
            let sources = note
                .sources
                .iter()
                .map(|source| {
                    view! {
                        <li>
                            <bdi lang=(source.label != source.url.host()).then_some(lang).flatten() translate=(source.label == source.url.host()).then_some("no")>{source.label.as_str()}</bdi>
                            ": "
                            <bdi class="endnotes__url" translate="no">{source.url.as_str()}</bdi>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li id=format!("endnote-{}", note.id) data-kind=kind.as_str()>
                    <span class="endnotes__kind">{format!("{}. ", legend_entry(words, kind).0)}</span>
                    <strong dir="auto" lang=lang>{note.title.as_str()}</strong>
                    {lines}
                    <ul class="endnotes__sources">{sources}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="endnotes" aria-labelledby="endnotes-title">
            <h2 id="endnotes-title">{words.endnotes_title}</h2>
            <ol class="endnotes__list">{items}</ol>
        </section>
    }
}
