//! What an actor's card says: who or what it is, and buttons through its mentions.

use leptos::prelude::*;

use super::{CardMention, Lead};
use crate::focus::bring_into_view;
use crate::i18n::{LiveWords, Words, fill};
use crate::labels::lead;
use crate::model::{Actor, MentionId, NoteIndex, Written};
use crate::state::CardState;

/// The actor's role, summary and stance in this story, then the steps through its mentions.
#[component]
pub fn ActorDetails(
    /// The actor.
    actor: &'static Actor,
    /// The language and direction of the note's text.
    written: Written<'static>,
) -> impl IntoView {
    let Written { lang, dir } = written;
    let words = expect_context::<&'static Words>();
    view! {
        <p class="card__role" lang=lang dir=dir>{actor.role.as_str()}</p>
        <p lang=lang dir=dir>{actor.summary.as_str()}</p>
        {actor.stance.as_deref().map(|stance| view! { <Lead class="card__stance" lead=lead(words.in_this_story) text=stance lang /> })}
        <MentionSteps />
    }
}

/// "‹ Previous", where the card's mention stands among its note's mentions, and "Next ›" (an
/// island, shown once the app has taken over, since only it can move between mentions: see
/// `style/card.css`); for a note mentioned once, only that it is, with no buttons that could
/// never work.
#[cfg_attr(feature = "islands", island)]
#[cfg_attr(not(feature = "islands"), component)]
fn MentionSteps() -> impl IntoView {
    let index = expect_context::<&'static NoteIndex>();
    let state = expect_context::<CardState>();
    let CardMention(mention) = expect_context::<CardMention>();
    let words = expect_context::<&'static LiveWords>();
    // A card's mentions are its note's, so their number stays as the mention changes.
    let only = index.ordinal(mention.get_untracked()).is_none_or(|(_, count)| count == 1);
    let position = move || match index.ordinal(mention.get()) {
        Some((_, 1)) | None => words.only_mention.to_string(),
        Some((at, count)) => fill(&words.mention_of, &[("at", &(at + 1).to_string()), ("count", &count.to_string())]),
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
    let previous = Signal::derive(move || index.neighbours(mention.get()).0);
    let next = Signal::derive(move || index.neighbours(mention.get()).1);
    view! {
        <nav class="card__mentions" aria-label=words.mentions_nav.as_ref()>
            {(!only).then(|| step(&words.previous, previous))}
            <span aria-live="polite">{position}</span>
            {(!only).then(|| step(&words.next, next))}
        </nav>
    }
}
