//! A note's sources: an `https` address and an optional label each.

use leptos::prelude::*;

use super::slices::{place, source_text};
use super::{Editing, Field, focus_when_shown};
use crate::editor::words::{ltr, use_words};
use crate::i18n::fill;
use crate::model::RawSource;

/// The sources of note `index`, each with its fields, and a way to add one.
#[component]
pub(super) fn Sources(
    /// The note's index in the draft.
    index: usize,
) -> impl IntoView {
    let draft = expect_context::<Editing>().draft;
    let w = use_words();
    let count = Memo::new(move |_| draft.with(|d| d.notes.get(index).map_or(0, |n| n.sources.len())));
    let add = move |_| {
        draft.update(|d| {
            if let Some(n) = d.notes.get_mut(index) {
                n.sources.push(RawSource::default());
            }
        });
        let last = count.get_untracked().saturating_sub(1);
        focus_when_shown(format!("notes[{index}].sources[{last}].url"));
    };
    let rows = move || {
        (0..count.get())
            .map(|s| {
                let remove = move |_| {
                    draft.update(|d| {
                        if let Some(n) = d.notes.get_mut(index)
                            && s < n.sources.len()
                        {
                            n.sources.remove(s);
                        }
                    });
                };
                let at = move |field: &str| format!("notes[{index}].sources[{s}].{field}");
                view! {
                    <li class="editor__source">
                        <Field label=w.address path=at("url") hint=fill(w.address_hint, &[("https", &ltr("https://"))]) required=true kind="url"
                            text=source_text(draft, index, s, place!(RawSource, url)) />
                        <Field label=w.label path=at("label") hint=w.label_hint
                            text=source_text(draft, index, s, place!(RawSource, label)) />
                        <button type="button" class="button" on:click=remove>
                            {w.remove} <span class="visually-hidden">{format!(" {}", fill(w.source_n, &[("n", &(s + 1).to_string())]))}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset data-path=format!("notes[{index}].sources") tabindex="-1">
            <legend>{w.sources_legend}</legend>
            <ul class="editor__list">{rows}</ul>
            <button type="button" class="button" on:click=add>{w.add_source}</button>
        </fieldset>
    }
}
