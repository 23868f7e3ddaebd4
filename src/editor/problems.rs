//! The checker's problems beside the text, each leading to the field it is about.

use leptos::prelude::*;

use super::{Editing, FieldProblem};

/// Every problem the companion's checker finds in the draft, as `./run check` words it; each is a
/// button that opens the note it is about and focuses its field.
#[component]
pub fn ProblemList() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let count = move || editing.verdict.with(|v| v.problems.len() + usize::from(v.refused.is_some()));
    let heading = move || match count() {
        0 => "No problems".to_owned(),
        1 => "1 problem".to_owned(),
        n => format!("{n} problems"),
    };
    let items = move || {
        let verdict = editing.verdict.get();
        let refused = verdict.refused.map(|why| {
            view! { <li class="editor__problem editor__problem--refused">{format!("A reader would not see this text: {why}")}</li> }
        });
        let problems = (verdict.problems.into_iter())
            .map(|FieldProblem { path, message, .. }| {
                let note = note_of(&path);
                let target = path.clone();
                view! {
                    <li>
                        <button type="button" class="button editor__problem" on:click=move |_| editing.go_to(note, &target)>
                            <span class="editor__path">{path}</span>
                            ": "
                            <bdi>{message}</bdi>
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { {refused} {problems} }
    };
    view! {
        <section class="editor__problems" aria-labelledby="editor-problems-title" data-count=count>
            <h2 id="editor-problems-title" aria-live="polite">{heading}</h2>
            <p class="editor__hint">"What the companion's checker finds, as it runs on every change. Choose one to go to its field."</p>
            <ul class="editor__list">{items}</ul>
        </section>
    }
}

/// The index of the note a JSON path is in (`notes[3].sources[0].url` is in note 3).
pub(super) fn note_of(path: &str) -> Option<usize> {
    path.strip_prefix("notes[")?.split(']').next()?.parse().ok()
}
