//! The notes: their list, and the form of the one chosen, with its mentions.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::kinds::{ActorFields, ContextFields, PollFigureFields};
use super::slices::{note_text, place};
use super::sources::Sources;
use super::{Editing, Field};
use crate::editor::Deleted;
use crate::editor::words::{Speaking, isolated, use_words};
use crate::i18n::{EditorWords, Piece, fill, pieces};
use crate::model::{NoteFields, NoteKind};

/// Every note, each leading to its form.
#[component]
pub(in crate::editor) fn NoteList() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let Speaking { locale, words: w, .. } = expect_context::<Speaking>();
    let items = move || {
        editing.draft.with(|d| {
            (d.notes.iter().enumerate())
                .map(|(index, note)| {
                    let label = fill(
                        w.note_item,
                        &[
                            ("n", &(index + 1).to_string()),
                            ("title", &note.title),
                            ("kind", kind_label(w, note.kind)),
                            ("mentions", &w.mentions.count(locale, note.anchors.len())),
                        ],
                    );
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
            <h2 id="editor-notes-title">{w.notes_heading}</h2>
            {move || editing.draft.with(|d| d.notes.is_empty()).then(|| view! {
                <p class="editor__hint">{w.no_notes}</p>
            })}
            <ul class="editor__list">{items}</ul>
        </section>
    }
}

/// A kind of note's name.
fn kind_label(words: &'static EditorWords, kind: NoteKind) -> &'static str {
    words.kind_names[NoteKind::ALL.iter().position(|&k| k == kind).unwrap_or(0)]
}

/// The form of note `index`: its title and id, its kind's fields, its anchors and its sources.
#[component]
pub(in crate::editor) fn NoteForm(
    /// The note's index in the draft.
    index: usize,
) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let w = use_words();
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
    // The form goes first, so that nothing in it reads a note that is gone; then the note, kept
    // so that it can be put back.
    let remove = move |_| {
        editing.selected.set(None);
        let note = editing.draft.try_update(|d| (index < d.notes.len()).then(|| d.notes.remove(index))).flatten();
        if let Some(note) = note {
            editing.deleted.set(Some(Deleted { index, note }));
            request_animation_frame(|| {
                if let Some(said) =
                    document().get_element_by_id(DELETED_ID).and_then(|e| e.dyn_into::<HtmlElement>().ok())
                {
                    _ = said.focus();
                }
            });
        }
    };
    view! {
        <section class="editor__form" aria-labelledby="editor-form-title" data-path=format!("notes[{index}]") tabindex="-1">
            <h2 id="editor-form-title">{fill(w.note_heading, &[("n", &(index + 1).to_string()), ("kind", kind_label(w, kind))])}</h2>
            <Field label=w.title_label path=at("title") hint=w.title_hint required=true text=title />
            <Field label=w.id_label path=at("id") hint=w.id_hint required=true text=id />
            {fields}
            <Anchors index />
            <Sources index />
            <button type="button" class="button editor__remove" on:click=remove>{w.delete_note}</button>
        </section>
    }
    .into_any()
}

/// Where the deleted note's notice is, to move focus to it from the button that is gone.
const DELETED_ID: &str = "editor-deleted";

/// The note deleted last: said where its form was, with a button that puts it back in its place
/// and opens its form again. A deletion meant or not (a form that moved under the pointer as the
/// checker spoke) costs nothing.
#[component]
pub(in crate::editor) fn DeletedNote() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let w = use_words();
    let undo = move |_| {
        let Some(Deleted { index, note }) = editing.deleted.try_update(Option::take).flatten() else { return };
        let index = editing.draft.with_untracked(|d| index.min(d.notes.len()));
        editing.draft.update(|d| d.notes.insert(index, note));
        editing.go_to(Some(index), &format!("notes[{index}].title"));
    };
    move || {
        editing.deleted.with(|deleted| {
            deleted.as_ref().map(|Deleted { index, note }| {
                let n = (index + 1).to_string();
                let title =
                    if note.title.trim().is_empty() { kind_label(w, note.kind).to_owned() } else { note.title.clone() };
                view! {
                    <p class="editor__notice" role="status" tabindex="-1" id=DELETED_ID>
                        {pieces(w.note_deleted).into_iter().map(|piece| match piece {
                            Piece::Text(text) => text.into_any(),
                            Piece::Value("n") => n.clone().into_any(),
                            Piece::Value(_) => view! { <bdi>{title.clone()}</bdi> }.into_any(),
                        }).collect_view()}
                        " "
                        <button type="button" class="button" on:click=undo>{w.undo}</button>
                    </p>
                }
            })
        })
    }
}

/// The note's anchors: the words each marks, with a button to remove it.
#[component]
fn Anchors(
    /// The note's index in the draft.
    index: usize,
) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let w = use_words();
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
                let how = anchor.every.then(|| format!(" {}", w.every_occurrence));
                view! {
                    <li data-path=format!("notes[{index}].anchors[{a}]") tabindex="-1">
                        {isolated(w.quoted, anchor.exact)} {how} " "
                        <button type="button" class="button" on:click=remove>
                            {w.remove} <span class="visually-hidden">{format!(" {}", fill(w.mention_n, &[("n", &(a + 1).to_string())]))}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset data-path=format!("notes[{index}].anchors") tabindex="-1">
            <legend>{w.mentions_legend}</legend>
            <ul class="editor__list">{rows}</ul>
            <p class="editor__hint">{w.mention_hint}</p>
        </fieldset>
    }
}
