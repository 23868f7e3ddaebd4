//! The notes: their list, and the form of the one chosen, with its mentions.

use leptos::prelude::*;

use super::kinds::{ActorFields, ContextFields, PollFigureFields};
use super::slices::{note_text, place};
use super::sources::Sources;
use super::{Editing, Field};
use crate::model::{NoteFields, NoteKind};

/// Every note, each leading to its form.
#[component]
pub(in crate::editor) fn NoteList() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let items = move || {
        editing.draft.with(|d| {
            (d.notes.iter().enumerate())
                .map(|(index, note)| {
                    let label = format!("{}. {} ({}, {})", index + 1, note.title, kind_label(note.kind), mentions(note.anchors.len()));
                    view! {
                        <li>
                            <button
                                type="button"
                                class="button editor__note-choice"
                                aria-pressed=move || if editing.selected.get() == Some(index) { "true" } else { "false" }
                                on:click=move |_| editing.go_to(Some(index), &format!("notes[{index}].title"))
                            >
                                <bdi>{label}</bdi>
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="editor__notes" aria-labelledby="editor-notes-title">
            <h2 id="editor-notes-title">"Notes"</h2>
            {move || editing.draft.with(|d| d.notes.is_empty()).then(|| view! {
                <p class="editor__hint">"No notes yet: choose a phrase to write one."</p>
            })}
            <ul class="editor__list">{items}</ul>
        </section>
    }
}

fn kind_label(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Actor => "actor",
        NoteKind::Poll => "poll figure",
        NoteKind::Context => "context note",
    }
}

fn mentions(n: usize) -> String {
    if n == 1 { "1 anchor".to_owned() } else { format!("{n} anchors") }
}

/// The form of note `index`: its title and id, its kind's fields, its anchors and its sources.
#[component]
pub(in crate::editor) fn NoteForm(
    /// The note's index in the draft.
    index: usize,
) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let Some(kind) = editing.draft.with_untracked(|d| d.notes.get(index).map(|n| n.kind)) else {
        return ().into_any();
    };
    let at = move |field: &str| format!("notes[{index}].{field}");
    let title = note_text(editing.draft, index, place!(NoteFields, title), true);
    let id = note_text(editing.draft, index, place!(NoteFields, id), true);
    let fields = match kind {
        NoteKind::Actor => view! { <ActorFields index /> }.into_any(),
        NoteKind::Poll => view! { <PollFigureFields index /> }.into_any(),
        NoteKind::Context => view! { <ContextFields index /> }.into_any(),
    };
    let remove = move |_| {
        editing.selected.set(None);
        editing.draft.update(|d| {
            if index < d.notes.len() {
                d.notes.remove(index);
            }
        });
    };
    view! {
        <section class="editor__form" aria-labelledby="editor-form-title" data-path=format!("notes[{index}]") tabindex="-1">
            <h2 id="editor-form-title">{format!("Note {}: {}", index + 1, kind_label(kind))}</h2>
            <Field label="Title" path=at("title") hint="The card's heading." required=true text=title />
            <Field label="Id" path=at("id") hint="Used in links to the note: no spaces." required=true text=id />
            {fields}
            <Anchors index />
            <Sources index />
            <button type="button" class="button editor__remove" on:click=remove>"Delete this note"</button>
        </section>
    }
    .into_any()
}

/// The note's anchors: the words each marks, with a button to remove it.
#[component]
fn Anchors(
    /// The note's index in the draft.
    index: usize,
) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let anchors =
        Memo::new(move |_| editing.draft.with(|d| d.notes.get(index).map(|n| n.anchors.clone()).unwrap_or_default()));
    let rows = move || {
        (anchors.get().into_iter().enumerate())
            .map(|(a, anchor)| {
                let remove = move |_| {
                    editing.draft.update(|d| {
                        if let Some(n) = d.notes.get_mut(index)
                            && a < n.anchors.len()
                        {
                            n.anchors.remove(a);
                        }
                    });
                };
                let how = if anchor.every { " (every occurrence)" } else { "" };
                view! {
                    <li data-path=format!("notes[{index}].anchors[{a}]") tabindex="-1">
                        "“" <bdi>{anchor.exact}</bdi> "”" {how} " "
                        <button type="button" class="button" on:click=remove>
                            "Remove" <span class="visually-hidden">{format!(" mention {}", a + 1)}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset data-path=format!("notes[{index}].anchors") tabindex="-1">
            <legend>"Mentions (at least one)"</legend>
            <ul class="editor__list">{rows}</ul>
            <p class="editor__hint">"To add one, choose a phrase and add it as another mention of this note."</p>
        </fieldset>
    }
}
