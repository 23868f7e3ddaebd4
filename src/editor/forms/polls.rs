//! The polls that poll figures come from, each with its fields.

use leptos::prelude::*;

use super::slices::{place, poll_text};
use super::{Editing, Field};
use crate::editor::words::use_words;
use crate::i18n::fill;
use crate::model::Poll;

/// Every poll's form.
#[component]
pub(in crate::editor) fn PollForms() -> impl IntoView {
    let draft = expect_context::<Editing>().draft;
    let count = Memo::new(move |_| draft.with(|d| d.polls.len()));
    view! { <div class="editor__polls">{move || (0..count.get()).map(|index| view! { <PollForm index /> }).collect_view()}</div> }
}

/// The fields of poll `index`.
#[component]
fn PollForm(
    /// The poll's index in the draft.
    index: usize,
) -> impl IntoView {
    let draft = expect_context::<Editing>().draft;
    let w = use_words();
    let title = Memo::new(move |_| {
        draft.with(|d| d.polls.get(index).map(|p| fill(w.poll_legend, &[("title", &p.title)])).unwrap_or_default())
    });
    let at = move |field: &str| format!("polls[{index}].{field}");
    view! {
        <fieldset class="editor__poll" data-path=format!("polls[{index}]") tabindex="-1">
            <legend>{title}</legend>
            <Field label=w.title_label path=at("title") hint=w.poll_title_hint required=true text=poll_text(draft, index, place!(Poll, title)) />
            <PollId index />
            <Field label=w.by path=at("by") hint=w.by_hint required=true text=poll_text(draft, index, place!(Poll, by)) />
            <Field label=w.when path=at("when") hint=w.when_hint required=true text=poll_text(draft, index, place!(Poll, when)) />
            <Field label=w.asked path=at("population") hint=w.asked_hint required=true
                text=poll_text(draft, index, place!(Poll, population)) />
            <Field label=w.question path=at("question") hint=w.question_hint required=true
                text=poll_text(draft, index, place!(Poll, question)) />
            <Field label=w.unverified path=at("unverified") hint=w.unverified_hint
                text=poll_text(draft, index, place!(Poll, unverified)) />
        </fieldset>
    }
}

/// A poll's id, which its figures refer to: renamed, they follow.
#[component]
fn PollId(
    /// The poll's index in the draft.
    index: usize,
) -> impl IntoView {
    let draft = expect_context::<Editing>().draft;
    let w = use_words();
    let text = create_slice(
        draft,
        move |d| d.polls.get(index).map(|p| p.id.clone()).unwrap_or_default(),
        move |d, id: String| {
            let Some(old) = d.polls.get(index).map(|p| p.id.clone()) else { return };
            for note in d.notes.iter_mut().filter(|n| n.poll.as_deref() == Some(old.as_str())) {
                note.poll = Some(id.clone());
            }
            if let Some(poll) = d.polls.get_mut(index) {
                poll.id = id;
            }
        },
    );
    view! {
        <Field label=w.id_label path=format!("polls[{index}].id") hint=w.poll_id_hint required=true text />
    }
}
