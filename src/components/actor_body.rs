//! The body of an actor's card: role, summary, stance, and a way through its mentions.

use super::bring_into_view;
use crate::model::{Actor, Dataset, MentionId, Note};
use crate::state::{CardState, shared};
use leptos::prelude::*;

/// Who or what the actor is, and where else the article mentions it.
#[component]
pub fn ActorBody(
    /// The dataset, to find the actor's other mentions.
    dataset: &'static Dataset,
    /// The actor's note.
    note: &'static Note,
    /// The actor's content.
    actor: &'static Actor,
    /// The mention whose card this is.
    mention: MentionId,
) -> impl IntoView {
    let state = shared::<CardState>();
    let ordinal = dataset.mentions[mention.0].ordinal;
    let count = note.mentions.len();
    let go = move |target: Option<&MentionId>| {
        let Some(&target) = target else { return };
        state.press(target, None);
        bring_into_view(target);
    };
    let previous = ordinal.checked_sub(1).and_then(|i| note.mentions.get(i));
    let next = note.mentions.get(ordinal + 1);
    view! {
        <p class="card__role">{actor.role.clone()}</p>
        <p>{actor.summary.clone()}</p>
        {actor.stance.clone().map(|stance| view! {
            <p class="card__stance"><strong>"In this story: "</strong>{stance}</p>
        })}
        <nav class="card__mentions" aria-label="Mentions in the article">
            <button type="button" class="button" disabled=previous.is_none() on:click=move |_| go(previous)>
                "‹ Previous"
            </button>
            <span aria-live="polite">
                {if count == 1 {
                    "The only mention in the article".to_owned()
                } else {
                    format!("Mention {} of {count}", ordinal + 1)
                }}
            </span>
            <button type="button" class="button" disabled=next.is_none() on:click=move |_| go(next)>
                "Next ›"
            </button>
        </nav>
    }
}
