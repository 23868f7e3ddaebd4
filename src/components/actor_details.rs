//! What an actor's card says: who or what it is, and buttons through its mentions.

use leptos::prelude::*;

use super::Lead;
use crate::focus::bring_into_view;
use crate::model::{Actor, Dataset, MentionId};
use crate::state::CardState;

/// The actor's role, summary and stance in this story, then "‹ Previous", where this mention
/// stands among the note's mentions, and "Next ›".
#[component]
pub fn ActorDetails(
    /// The dataset the note is in.
    dataset: &'static Dataset,
    /// The actor.
    actor: &'static Actor,
    /// The mention whose card this is.
    mention: MentionId,
) -> impl IntoView {
    let state = expect_context::<CardState>();
    let note = dataset.note_of(mention);
    let ordinal = dataset.mentions[mention.0].ordinal;
    let count = note.mentions.len();
    let position = if count == 1 {
        "The only mention in the article".to_owned()
    } else {
        format!("Mention {} of {count}", ordinal + 1)
    };
    let step = move |label: &'static str, target: Option<MentionId>| {
        let go = move |_| {
            if let Some(target) = target {
                state.press(target, None);
                bring_into_view(target);
            }
        };
        view! {
            <button type="button" class="button" disabled=target.is_none() on:click=go>
                {label}
            </button>
        }
    };
    let previous = ordinal.checked_sub(1).and_then(|i| note.mentions.get(i)).copied();
    let next = note.mentions.get(ordinal + 1).copied();
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
