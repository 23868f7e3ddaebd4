//! The checker's problems beside the text, each leading to the field it is about.

use leptos::prelude::*;

use super::words::Speaking;
use super::{Editing, FieldProblem};
use crate::i18n::{Piece, fill, pieces};

/// Every problem the companion's checker finds in the draft, as `./run check` words it; each is a
/// button that opens the note it is about and focuses its field.
#[component]
pub fn ProblemList() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let Speaking { locale, words: w, .. } = expect_context::<Speaking>();
    let count = move || editing.verdict.with(|v| v.problems.len() + usize::from(v.refused.is_some()));
    let heading = move || match count() {
        0 => w.no_problems.to_owned(),
        n => w.problems.count(locale, n),
    };
    let items = move || {
        let verdict = editing.verdict.get();
        let refused = verdict.refused.map(|why| {
            view! { <li class="editor__problem editor__problem--refused">{fill(w.reader_sees_nothing, &[("why", &why)])}</li> }
        });
        let problems = (verdict.problems.into_iter())
            .map(|FieldProblem { path, message, .. }| {
                let note = note_of(&path);
                let target = path.clone();
                view! {
                    <li>
                        <button type="button" class="button editor__problem" on:click=move |_| editing.go_to(note, &target)>
                            {pieces(w.at_path).into_iter().map(|piece| match piece {
                                Piece::Text(text) => text.into_any(),
                                Piece::Value("path") => view! { <span class="editor__path" dir="ltr" translate="no">{path.clone()}</span> }.into_any(),
                                Piece::Value(_) => view! { <bdi>{message.clone()}</bdi> }.into_any(),
                            }).collect_view()}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { {refused} {problems} }
    };
    view! {
        <section class="editor__problems" aria-labelledby="editor-problems-title" data-count=count
            aria-busy=move || editing.checking.get().then_some("true")>
            <h2 id="editor-problems-title" aria-live="polite">{heading}</h2>
            <p class="editor__hint">{w.problems_hint}</p>
            <ul class="editor__list">{items}</ul>
        </section>
    }
}

/// The index of the note a JSON path is in (`notes[3].sources[0].url` is in note 3).
pub(super) fn note_of(path: &str) -> Option<usize> {
    path.strip_prefix("notes[")?.split(']').next()?.parse().ok()
}
