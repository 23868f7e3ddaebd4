//! The notes panel: Who's who, Polls and Timeline, beside the article on wide screens and as a
//! drawer over it on narrow ones. A non-modal region: the article stays usable while it is open.
//! Its three views are rendered at build time, and shown one at a time.

use leptos::prelude::*;
use web_sys::KeyboardEvent;

use super::{DisclosureToggle, PollTables, Timeline, WhosWho};
use crate::focus::{bring_into_view, focus_by_id};
use crate::model::{Dataset, NoteId, NoteIndex, NoteKind};
use crate::state::{CardState, Highlight};

const PANEL_ID: &str = "notes-panel";
const TOGGLE_ID: &str = "notes-panel-toggle";

/// The three views of the panel, with the labels of the buttons that choose them.
const VIEWS: [&str; 3] = ["Who's who", "Polls", "Timeline"];

/// The button that opens the panel, and the panel with its views. Choosing an actor highlights
/// all its mentions and opens its card on the first, whose previous and next buttons walk the
/// rest; a timeline entry opens the card of the note's first mention.
#[component]
pub fn NotesPanel(
    /// The dataset whose notes the panel lists.
    dataset: &'static Dataset,
) -> impl IntoView {
    // In the order of `VIEWS`; the panel shows the chosen one (see `style/tools.css`).
    view! {
        <Panel>
            <div data-view="0">
                <WhosWho dataset />
            </div>
            <div data-view="1">
                <PollTables dataset />
            </div>
            <div data-view="2">
                <Timeline dataset />
            </div>
        </Panel>
    }
}

/// The disclosure button and the panel around its views (`children`, each marked with its place
/// in [`VIEWS`] as `data-view`): an island.
#[cfg(feature = "islands")]
#[island]
fn Panel(
    /// The views.
    children: Children,
) -> impl IntoView {
    panel(children)
}

/// See the islands build's `Panel` (and [`crate::app::Companion`] for why there are two).
#[cfg(not(feature = "islands"))]
#[component]
fn Panel<C: IntoView + 'static>(
    /// The views.
    children: TypedChildren<C>,
) -> impl IntoView {
    panel(children.into_inner())
}

/// The body of [`Panel`] around its views, rendered by `views`.
fn panel<V: IntoView + 'static>(views: impl FnOnce() -> V) -> impl IntoView {
    let open = RwSignal::new(false);
    let view = RwSignal::new(0usize);
    let close = move || {
        open.set(false);
        focus_by_id(TOGGLE_ID);
    };
    let switches = VIEWS
        .into_iter()
        .enumerate()
        .map(|(index, label)| {
            view! {
                <button
                    type="button"
                    class="button"
                    aria-pressed=move || if view.get() == index { "true" } else { "false" }
                    on:click=move |_| view.set(index)
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    view! {
        <DisclosureToggle id=TOGGLE_ID controls=PANEL_ID open label="Who, what, when" />
        <section
            id=PANEL_ID
            class="panel"
            aria-labelledby="notes-panel-title"
            hidden=move || !open.get()
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Escape" {
                    ev.stop_propagation();
                    close();
                }
            }
        >
            <div class="panel__head">
                <h2 id="notes-panel-title">"Who, what, when"</h2>
                <button type="button" class="card__close" on:click=move |_| close()>
                    <span aria-hidden="true">"×"</span>
                    <span class="visually-hidden">"Close the panel"</span>
                </button>
            </div>
            <div class="panel__switch" role="group" aria-label="Show">
                {switches}
            </div>
            <div class="panel__views" data-shown=view>
                {views()}
            </div>
        </section>
    }
}

/// A button in the panel that leads to a note: an actor's highlights its mentions (and says so,
/// pressed); any opens the card of the note's first mention and brings it into view. A note the
/// article does not mention cannot be chosen. An island.
#[cfg_attr(feature = "islands", island)]
#[cfg_attr(not(feature = "islands"), component)]
pub fn NoteChoice(
    /// The note it leads to.
    note: NoteId,
    /// What it says: the note's title.
    label: String,
    /// What it says after that, set apart ("3 mentions").
    #[prop(optional)]
    detail: Option<String>,
) -> impl IntoView {
    let index = expect_context::<&'static NoteIndex>();
    let state = expect_context::<CardState>();
    let highlight = expect_context::<Highlight>();
    let (id, actor, first) = index
        .note(note)
        .map_or(("", false, None), |n| (n.id.as_str(), n.kind == NoteKind::Actor, n.mentions.first().copied()));
    let choose = move |_| {
        if actor {
            highlight.set(note);
        }
        if let Some(first) = first {
            bring_into_view(first);
            state.press(first, None);
        }
    };
    view! {
        <button
            type="button"
            class="button panel__item"
            data-actor=actor.then_some(id)
            aria-pressed=move || actor.then(|| if highlight.is(note) { "true" } else { "false" })
            disabled=first.is_none()
            on:click=choose
        >
            {label}
            {detail.map(|detail| view! { <span class="panel__count">{detail}</span> })}
        </button>
    }
}
