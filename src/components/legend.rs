//! The legend under the article's header: what each style of mark means. It follows the reading
//! options through the page's `data-hide` and `data-clean` (see [`crate::app::Companion`] and
//! `style/legend.css`): a hidden kind's line is not shown, and clean reading says so instead.

use leptos::prelude::*;

use crate::i18n::Words;
use crate::labels::legend_entry;
use crate::model::{Dataset, NoteKind};

/// One line per kind of note in the dataset, with a sample of its mark and a count, then how to
/// open a note; for an article with no note (every one left out, or none written), only that.
#[component]
pub fn Legend(
    /// The dataset whose notes are counted.
    dataset: &'static Dataset,
) -> impl IntoView {
    let words = expect_context::<&'static Words>();
    let items = NoteKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let count = dataset.notes.iter().filter(|n| n.kind() == kind).count();
            let (sample, meaning) = legend_entry(words, kind);
            (count > 0).then(|| {
                view! {
                    <li data-kind=kind.as_str()>
                        <span class=format!("legend__sample mark--{}", kind.as_str())>{sample}</span>
                        {format!(" {meaning} ({count})")}
                    </li>
                }
            })
        })
        .collect_view();
    let how = if dataset.notes.is_empty() {
        view! { <p class="legend__none">{words.no_notes}</p> }.into_any()
    } else {
        view! {
            <ul class="legend__items">{items}</ul>
            <p class="legend__how">{words.how_to_open}</p>
            <p class="legend__clean">{words.clean_reading}</p>
        }
        .into_any()
    };
    view! {
        <aside class="legend" aria-labelledby="legend-title">
            <h2 id="legend-title" class="legend__title">{words.legend_title}</h2>
            {how}
        </aside>
    }
}
