//! The polls that poll figures come from, each with its fields.

use leptos::prelude::*;

use super::slices::{place, poll_text};
use super::{Editing, Field};
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
    let title = Memo::new(move |_| {
        draft.with(|d| d.polls.get(index).map(|p| format!("Poll: {}", p.title)).unwrap_or_default())
    });
    let at = move |field: &str| format!("polls[{index}].{field}");
    view! {
        <fieldset class="editor__poll" data-path=format!("polls[{index}]") tabindex="-1">
            <legend>{title}</legend>
            <Field label="Title" path=at("title") hint="A short name." required=true text=poll_text(draft, index, place!(Poll, title)) />
            <PollId index />
            <Field label="By" path=at("by") hint="Who ran or commissioned it." required=true text=poll_text(draft, index, place!(Poll, by)) />
            <Field label="When" path=at("when") hint="For example: Summer 2021." required=true text=poll_text(draft, index, place!(Poll, when)) />
            <Field label="Who was asked" path=at("population") hint="For example: adults in Serbia." required=true
                text=poll_text(draft, index, place!(Poll, population)) />
            <Field label="Question" path=at("question") hint="What was asked, as far as known." required=true
                text=poll_text(draft, index, place!(Poll, question)) />
            <Field label="Not verified" path=at("unverified") hint="What is not known about the poll."
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
        <Field label="Id" path=format!("polls[{index}].id") hint="Poll figures refer to it: no spaces." required=true text />
    }
}
