//! What an actor's card says: who or what it is, and buttons through its mentions.

use leptos::prelude::*;

use super::Lead;
use crate::focus::bring_into_view;
use crate::model::{Actor, Dataset, MentionId};
use crate::state::CardState;

/// The actor's role, summary and stance in this story, then "‹ Previous", where this mention
/// stands among the note's mentions, and "Next ›" (shown once the app has taken over, since only
/// it can move between mentions: see `style/card.css`).
#[component]
pub fn ActorDetails(
    /// The dataset the note is in.
    dataset: &'static Dataset,
    /// The actor.
    actor: &'static Actor,
    /// The mention the card is open for.
    mention: Signal<MentionId>,
) -> impl IntoView {
    let state = expect_context::<CardState>();
    let ordinal = move || dataset.mentions[mention.get().0].ordinal;
    let note = dataset.note_of(mention.get_untracked());
    let count = note.mentions.len();
    let position = move || {
        if count == 1 {
            "The only mention in the article".to_owned()
        } else {
            format!("Mention {} of {count}", ordinal() + 1)
        }
    };
    let step = move |label: &'static str, target: Signal<Option<MentionId>>| {
        let go = move |_| {
            if let Some(target) = target.get_untracked() {
                state.press(target, None);
                bring_into_view(target);
            }
        };
        view! {
            <button type="button" class="button" disabled=move || target.get().is_none() on:click=go>
                {label}
            </button>
        }
    };
    let previous = Signal::derive(move || ordinal().checked_sub(1).and_then(|i| note.mentions.get(i)).copied());
    let next = Signal::derive(move || note.mentions.get(ordinal() + 1).copied());
    view! {
        <p class="card__role">{actor.role.as_str()}</p>
        <p>{actor.summary.as_str()}</p>
        {actor.stance.as_deref().map(|stance| view! { <Lead class="card__stance" lead="In this story: " text=stance /> })}
        <nav class="card__mentions" aria-label="Mentions in the article">
            {step("‹ Previous", previous)}
            <span aria-live="polite">{position}</span>
            {step("Next ›", next)}
        </nav>
    }
}
