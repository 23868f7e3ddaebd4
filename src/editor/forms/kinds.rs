//! The fields of each kind of note, one component a kind: an actor's, a poll figure's and a
//! context note's.

use leptos::prelude::*;

use super::slices::{note_text, place};
use super::{Editing, Field, focus_when_shown};
use crate::editor::words::use_words;
use crate::i18n::fill;
use crate::model::{ActorKind, NoteFields, Poll};

/// An actor's kind, role, summary and stance.
#[component]
pub(super) fn ActorFields(
    /// The note's index in the draft.
    index: usize,
) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let w = use_words();
    let draft = editing.draft;
    let (actor_kind, set_kind) = create_slice(
        draft,
        move |d| d.notes.get(index).and_then(|n| n.actor_kind),
        move |d, kind| {
            if let Some(n) = d.notes.get_mut(index) {
                n.actor_kind = kind;
            }
        },
    );
    let kinds = (ActorKind::ALL.into_iter().zip(w.actor_kinds))
        .map(|(k, label)| view! { <option value=k.as_str() selected=move || actor_kind.get() == Some(k)>{label}</option> })
        .collect_view();
    let choose = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        set_kind.set(ActorKind::ALL.into_iter().find(|k| k.as_str() == chosen));
    };
    let kind_id = format!("field-notes-{index}-actor_kind");
    let at = move |field: &str| format!("notes[{index}].{field}");
    view! {
        <div class="editor__field">
            <label for=kind_id.clone()>{fill(w.required, &[("label", w.actor_kind)])}</label>
            <select id=kind_id data-path=at("actor_kind") on:change=choose>{kinds}</select>
        </div>
        <Field label=w.role path=at("role") hint=w.role_hint required=true
            text=note_text(draft, index, place!(NoteFields, role), true) />
        <Field label=w.summary path=at("summary") hint=w.summary_hint required=true long=true
            text=note_text(draft, index, place!(NoteFields, summary), true) />
        <Field label=w.stance path=at("stance") hint=w.stance_hint long=true
            text=note_text(draft, index, place!(NoteFields, stance), false) />
    }
}

/// A poll figure's poll (chosen, or new), its figure and what it measures.
#[component]
pub(super) fn PollFigureFields(
    /// The note's index in the draft.
    index: usize,
) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let w = use_words();
    let draft = editing.draft;
    let value = create_slice(
        draft,
        move |d| d.notes.get(index).and_then(|n| n.value).map(number).unwrap_or_default(),
        move |d, text: String| {
            if let Some(n) = d.notes.get_mut(index) {
                n.value = text.trim().parse().ok().filter(|v: &f64| v.is_finite());
            }
        },
    );
    let (poll, set_poll) = create_slice(
        draft,
        move |d| d.notes.get(index).and_then(|n| n.poll.clone()).unwrap_or_default(),
        move |d, id: String| {
            if let Some(n) = d.notes.get_mut(index) {
                n.poll = Some(id);
            }
        },
    );
    let choices =
        Memo::new(move |_| draft.with(|d| d.polls.iter().map(|p| (p.id.clone(), p.title.clone())).collect::<Vec<_>>()));
    let polls = move || {
        (choices.get().into_iter())
            .map(|(id, title)| {
                let chosen = id.clone();
                view! { <option value=id selected=move || poll.get() == chosen>{title}</option> }
            })
            .collect_view()
    };
    let new_poll = move |_| {
        draft.update(|d| {
            let title = d.notes.get(index).map(|n| fill(w.poll_for, &[("title", &n.title)])).unwrap_or_default();
            let id = d.unused_id(&title);
            d.polls.push(Poll { id: id.clone(), title, ..Poll::default() });
            if let Some(n) = d.notes.get_mut(index) {
                n.poll = Some(id);
            }
        });
        let last = draft.with_untracked(|d| d.polls.len() - 1);
        focus_when_shown(format!("polls[{last}].title"));
    };
    let poll_id = format!("field-notes-{index}-poll");
    let at = move |field: &str| format!("notes[{index}].{field}");
    view! {
        <div class="editor__field">
            <label for=poll_id.clone()>{fill(w.required, &[("label", w.poll)])}</label>
            <div class="editor__row">
                <select id=poll_id data-path=at("poll") on:change=move |ev| set_poll.set(event_target_value(&ev))>
                    <option value="" selected=move || poll.with(String::is_empty)>{w.choose_poll}</option>
                    {polls}
                </select>
                <button type="button" class="button" on:click=new_poll>{w.new_poll}</button>
            </div>
        </div>
        <Field label=w.figure path=at("value") hint=w.figure_hint required=true kind="number" text=value />
        <Field label=w.measures path=at("label") hint=w.measures_hint required=true
            text=note_text(draft, index, place!(NoteFields, label), true) />
    }
}

/// A number as a person writes it: `66` rather than `66.0`.
fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 { format!("{}", value as i64) } else { value.to_string() }
}

/// A context note's dates, summary, key figure and what the record shows.
#[component]
pub(super) fn ContextFields(
    /// The note's index in the draft.
    index: usize,
) -> impl IntoView {
    let draft = expect_context::<Editing>().draft;
    let w = use_words();
    let at = move |field: &str| format!("notes[{index}].{field}");
    view! {
        <Field label=w.dates path=at("dates") hint=w.dates_hint
            text=note_text(draft, index, place!(NoteFields, dates), false) />
        <Field label=w.summary path=at("summary") hint=w.summary_hint required=true long=true
            text=note_text(draft, index, place!(NoteFields, summary), true) />
        <Field label=w.key_figure path=at("figure") hint=w.key_figure_hint
            text=note_text(draft, index, place!(NoteFields, figure), false) />
        <Field label=w.record path=at("record") hint=w.record_hint long=true
            text=note_text(draft, index, place!(NoteFields, record), false) />
    }
}
