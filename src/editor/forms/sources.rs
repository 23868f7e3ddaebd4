//! A note's sources: an `https` address and an optional label each.

use leptos::prelude::*;

use super::slices::{place, source_text};
use super::{Editing, Field, focus_when_shown};
use crate::model::RawSource;

/// The sources of note `index`, each with its fields, and a way to add one.
#[component]
pub(super) fn Sources(
    /// The note's index in the draft.
    index: usize,
) -> impl IntoView {
    let draft = expect_context::<Editing>().draft;
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
                        <Field label="Address" path=at("url") hint="https:// addresses only." required=true kind="url"
                            text=source_text(draft, index, s, place!(RawSource, url)) />
                        <Field label="Label" path=at("label") hint="Left out, the address's host is shown."
                            text=source_text(draft, index, s, place!(RawSource, label)) />
                        <button type="button" class="button" on:click=remove>
                            "Remove" <span class="visually-hidden">{format!(" source {}", s + 1)}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset data-path=format!("notes[{index}].sources") tabindex="-1">
            <legend>"Sources (at least one)"</legend>
            <ul class="editor__list">{rows}</ul>
            <button type="button" class="button" on:click=add>"Add a source"</button>
        </fieldset>
    }
}
