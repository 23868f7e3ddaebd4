//! The forms: the list of notes, a note's form (its kind's fields, its mentions, its sources),
//! the polls and the article's details. Each field says whether it is required and what it
//! takes, and carries its JSON path (`data-path`), so a problem the checker reports leads to it.
//! Each reads and writes its own slice of the draft ([`slices`]).

mod article;
mod kinds;
mod note;
mod polls;
mod slices;
mod sources;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::words::use_words;
use super::{Editing, FieldProblem};
use crate::i18n::fill;

pub(super) use article::ArticleForm;
pub(super) use note::{DeletedNote, NoteForm, NoteList};
pub(super) use polls::PollForms;

/// Focuses the field at JSON path `path`, or the nearest enclosing one shown (`notes[2].anchors[0]`
/// falls back to `notes[2].anchors`, then `notes[2]`).
pub(super) fn focus_path(path: &str) {
    let mut path = path.to_owned();
    loop {
        let selector = format!("[data-path=\"{}\"]", path.replace('\\', "\\\\").replace('"', "\\\""));
        if let Ok(Some(field)) = document().query_selector(&selector)
            && let Ok(field) = field.dyn_into::<HtmlElement>()
        {
            field.scroll_into_view();
            _ = field.focus();
            return;
        }
        match path.rfind(['.', '[']) {
            Some(at) if at > 0 => path.truncate(at),
            _ => return,
        }
    }
}

/// Focuses the field at `path` once it is on the page (after the change that adds it renders).
fn focus_when_shown(path: String) {
    request_animation_frame(move || focus_path(&path));
}

/// One labelled text field bound to its slice of the draft.
#[component]
fn Field(
    /// What it is called.
    label: &'static str,
    /// Its JSON path, which problems name.
    path: String,
    /// What it takes, under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Whether the format requires it.
    #[prop(optional)]
    required: bool,
    /// Several lines.
    #[prop(optional)]
    long: bool,
    /// The input's type (`text`, `url`, `number`).
    #[prop(default = "text")]
    kind: &'static str,
    /// Its text in the draft, and how to change it ([`slices`]).
    text: slices::Text,
) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let w = use_words();
    let (stored, set) = text;
    let id = format!("field-{}", path.replace(['[', ']', '.'], "-"));
    let hint_id = format!("{id}-hint");
    // What was typed, while the draft holds the same number ("6." is 6 until the next digit).
    let typed = RwSignal::new(String::new());
    let value = move || {
        let stored = stored.get();
        let typed = typed.get();
        let same_number = kind == "number" && typed.trim().parse::<f64>().ok() == stored.parse::<f64>().ok();
        if same_number { typed } else { stored }
    };
    let input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        typed.set(text.clone());
        editing.type_text(set, text);
    };
    // What the checker says of this field, beside it (the list above says it too).
    let problem_id = format!("{id}-problem");
    let problem = {
        let path = path.clone();
        Memo::new(move |_| editing.verdict.with(|v| v.problems.iter().find(|p| p.path == path).cloned()))
    };
    let invalid = move || problem.with(Option::is_some).then_some("true");
    let described = {
        let (hint_id, problem_id) = (hint.as_ref().map(|_| hint_id.clone()), problem_id.clone());
        move || {
            let ids: Vec<&str> = (hint_id.as_deref().into_iter())
                .chain(problem.with(Option::is_some).then_some(problem_id.as_str()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let said = move || {
        problem.get().map(|FieldProblem { message, fix: better, .. }| {
            view! {
                <p class="editor__field-problem" id=problem_id.clone()>
                    <bdi>{message}</bdi>
                    {better.map(|value| {
                        let label = fill(w.use_value, &[("value", &value)]);
                        view! {
                            " "
                            <button type="button" class="button" on:click=move |_| set.set(value.clone())>{label}</button>
                        }
                    })}
                </p>
            }
        })
    };
    let control = if long {
        view! {
            <textarea id=id.clone() data-path=path.clone() rows="3" aria-describedby=described.clone() aria-required=required.then_some("true")
                aria-invalid=invalid prop:value=value on:input=input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() data-path=path.clone() type=kind dir=(kind == "url").then_some("ltr") aria-describedby=described aria-required=required.then_some("true")
                aria-invalid=invalid step=(kind == "number").then_some("any") prop:value=value on:input=input />
        }
        .into_any()
    };
    view! {
        <div class="editor__field">
            <label for=id>{fill(if required { w.required } else { w.optional }, &[("label", label)])}</label>
            {hint.map(|hint| view! { <span class="editor__hint" id=hint_id>{hint}</span> })}
            {control}
            {said}
        </div>
    }
}
