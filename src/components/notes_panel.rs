//! The notes panel: Who's who, Polls and Timeline. A non-modal region: the article stays usable
//! while it is open. Where the window is wide enough (`style/tools.css`) it sits beside the article,
//! which makes way for it; elsewhere it is a layer over the article that steps aside when an
//! entry is chosen, so the mention and its card are in view, and comes back, as it was, when the
//! card closes. Its three views are rendered at build time, and shown one at a time; an actor's
//! highlights end with the Who's who view.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

use super::{DisclosureToggle, PollTables, Timeline, WhosWho};
use crate::focus::{bring_into_view, card_element, closest, focus_in_place, keeping_place};
use crate::i18n::LiveWords;
use crate::ids::opener_id;
use crate::model::{Dataset, NoteId, NoteIndex, NoteKind};
use crate::state::{CardState, Highlight};

const PANEL_ID: &str = "notes-panel";
const TOGGLE_ID: &str = "notes-panel-toggle";

/// The panel's state, shared with its entries.
#[derive(Clone, Copy)]
struct PanelState {
    /// Whether it is open.
    open: RwSignal<bool>,
    /// Whether, open over the article, it has stepped aside for a card.
    away: RwSignal<bool>,
    /// The note last chosen in it, whose entry takes focus when it comes back.
    chosen: RwSignal<Option<NoteId>>,
}

/// The button that opens the panel, and the panel with its views. Choosing an actor highlights
/// all its mentions and opens its card on the first, whose previous and next buttons walk the
/// rest; a timeline entry opens the card of the note's first mention.
#[component]
pub fn NotesPanel(
    /// The dataset whose notes the panel lists.
    dataset: &'static Dataset,
) -> impl IntoView {
    // A view with nothing to list is left out: a speech has no polls, a lesson text may have
    // no dated notes. Without any, there is no panel.
    let has = [
        dataset.notes.iter().any(|note| note.kind() == NoteKind::Actor),
        !dataset.polls.is_empty(),
        !crate::timeline::entries(dataset).is_empty(),
    ];
    let views: Vec<usize> = (0..has.len()).filter(|&index| has[index]).collect();
    // In the order of the catalogue's `views`; the panel shows the chosen one (see `style/tools.css`).
    (!views.is_empty()).then(|| {
        view! {
            <Panel views>
                {has[0].then(|| view! { <div data-view="0"><WhosWho dataset /></div> })}
                {has[1].then(|| view! { <div data-view="1"><PollTables dataset /></div> })}
                {has[2].then(|| view! { <div data-view="2"><Timeline dataset /></div> })}
            </Panel>
        }
    })
}

/// The disclosure button and the panel around its views (`children`, each marked with its place
/// in the catalogue's `views` as `data-view`): an island.
#[cfg(feature = "islands")]
#[island]
fn Panel(
    /// The places in the catalogue's `views` of the views given.
    views: Vec<usize>,
    /// The views.
    children: Children,
) -> impl IntoView {
    panel(views, children)
}

/// See the islands build's `Panel` (and [`crate::app::Companion`] for why there are two).
#[cfg(not(feature = "islands"))]
#[component]
fn Panel<C: IntoView + 'static>(
    /// The places in the catalogue's `views` of the views given.
    views: Vec<usize>,
    /// The views.
    children: TypedChildren<C>,
) -> impl IntoView {
    panel(views, children.into_inner())
}

/// The body of [`Panel`] around the views at `shown` (places in the catalogue's `views`), rendered by `views`.
fn panel<V: IntoView + 'static>(shown: Vec<usize>, views: impl FnOnce() -> V) -> impl IntoView {
    let index = expect_context::<&'static NoteIndex>();
    let state = expect_context::<CardState>();
    let highlight = expect_context::<Highlight>();
    let words = expect_context::<&'static LiveWords>();
    let panel = PanelState { open: RwSignal::new(false), away: RwSignal::new(false), chosen: RwSignal::new(None) };
    provide_context(panel);
    let PanelState { open, away, chosen } = panel;
    let view = RwSignal::new(shown.first().copied().unwrap_or_default());
    let close = move || {
        keeping_place(|| open.set(false));
        focus_in_place(TOGGLE_ID);
    };
    // Beside an open panel the page makes room for it on a wide window (`style/tools.css`): the
    // root says so, rather than a `.page:has(.panel:not([hidden]))` rule, which Chromium checks
    // again on every attribute changed anywhere in the page (2 ms a card opened in the long
    // article, measured).
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            _ = if open.get() { root.set_attribute("data-panel", "") } else { root.remove_attribute("data-panel") };
        }
    });
    // An actor's highlights belong to Who's who: they end when the panel closes or shows another
    // view.
    Effect::new(move |_| {
        if !open.get() || view.get() != 0 {
            highlight.clear();
            away.set(false);
        }
    });
    // Stepped aside for a card, the panel comes back when the card closes; focus, if it was lost
    // with the card, goes back to the entry chosen.
    Effect::new(move |_| {
        if state.current().is_some() || !away.get_untracked() {
            return;
        }
        away.set(false);
        let active = document().active_element();
        let lost = active.is_none() || active == document().body().map(Into::into);
        if let Some(note) = chosen.get_untracked().filter(|_| lost) {
            let entry = document().query_selector(&format!("#{PANEL_ID} [data-choice=\"{}\"]", note.0)).ok().flatten();
            if let Some(entry) = entry.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                _ = entry.focus();
            }
        }
    });
    press_the_highlighted(highlight);
    // One view needs no buttons to choose it.
    let choices = shown.len() > 1;
    let switches = (shown.into_iter().filter(|_| choices))
        .filter_map(|index| Some((index, words.views.get(index)?.as_ref())))
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
        <DisclosureToggle id=TOGGLE_ID controls=PANEL_ID open aside=away label=words.panel_title.as_ref() />
        <section
            id=PANEL_ID
            class="panel"
            aria-labelledby="notes-panel-title"
            hidden=move || !open.get()
            data-away=move || away.get().then_some("")
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Escape" {
                    ev.stop_propagation();
                    close();
                }
            }
            on:click=move |ev| {
                let choice = closest(&ev, "[data-choice]").and_then(|c| c.get_attribute("data-choice"));
                if let Some(note) = choice.and_then(|c| c.parse().ok()) {
                    choose(index, state, highlight, panel, NoteId(note));
                }
            }
        >
            <div class="panel__top">
                <div class="panel__head">
                    <h2 id="notes-panel-title">{words.panel_title.as_ref()}</h2>
                    <button type="button" class="card__close" on:click=move |_| close()>
                        <span aria-hidden="true">"×"</span>
                        <span class="visually-hidden">{words.close_panel.as_ref()}</span>
                    </button>
                </div>
                {choices.then(|| view! {
                    <div class="panel__switch" role="group" aria-label=words.show.as_ref()>
                        {switches}
                    </div>
                })}
            </div>
            <div class="panel__views" data-shown=view>
                {views()}
            </div>
        </section>
    }
}

/// A button in the panel that leads to a note: an actor's highlights its mentions (and says so,
/// pressed); any opens the card of the note's first mention and brings it into view. A note the
/// article does not mention cannot be chosen. Not an island: the panel answers every entry's
/// click and keeps their `aria-pressed` in step (see `panel`), as `Companion` does for the marks.
#[component]
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
    let (id, actor, mentioned) = index
        .note(note)
        .map_or(("", false, false), |n| (n.id.as_str(), n.kind == NoteKind::Actor, !n.mentions.is_empty()));
    view! {
        <button
            type="button"
            class="button panel__item"
            data-actor=actor.then_some(id)
            data-choice=note.0
            aria-pressed=actor.then_some("false")
            disabled=!mentioned
        >
            <bdi lang=index.language()>{label}</bdi>
            {detail.map(|detail| view! { <span class="panel__count">{detail}</span> })}
        </button>
    }
}

/// The reader chose `note` in the panel (see [`NoteChoice`]).
fn choose(index: &NoteIndex, state: CardState, highlight: Highlight, panel: PanelState, note: NoteId) {
    let Some(indexed) = index.note(note) else { return };
    if indexed.kind == NoteKind::Actor {
        highlight.set(note);
    }
    let Some(&first) = indexed.mentions.first() else { return };
    // Over the article, the panel steps aside so that the mention and its card are in view.
    panel.chosen.set(Some(note));
    if !beside_the_article() {
        panel.away.set(true);
    }
    bring_into_view(first);
    state.press(first, None);
    // A mention that is not marked (its kind hidden, or clean reading) has no button to
    // focus: its card takes focus instead.
    let marked = document().get_element_by_id(&opener_id(first)).is_some_and(|b| !b.has_attribute("hidden"));
    if !marked && let Some(card) = card_element(index, first).and_then(|c| c.dyn_into::<HtmlElement>().ok()) {
        _ = card.focus();
    }
}

/// Says which actor's entry is pressed: the one whose marks are highlighted.
fn press_the_highlighted(highlight: Highlight) {
    Effect::new(move |before: Option<Option<NoteId>>| {
        let now = highlight.current();
        let entry = |note: NoteId| {
            document().query_selector(&format!("#{PANEL_ID} [data-actor][data-choice=\"{}\"]", note.0)).ok().flatten()
        };
        for (note, pressed) in [(before.flatten(), "false"), (now, "true")] {
            if let Some(entry) = note.and_then(entry) {
                _ = entry.set_attribute("aria-pressed", pressed);
            }
        }
        now
    });
}

/// Whether the page reads right to left (its interface's language does).
pub fn right_to_left() -> bool {
    document().document_element().and_then(|html| html.get_attribute("dir")).as_deref() == Some("rtl")
}

/// Whether the panel sits beside the article (on a wide window) rather than over it.
fn beside_the_article() -> bool {
    let document = document();
    let (Some(panel), Ok(Some(article))) = (document.get_element_by_id(PANEL_ID), document.query_selector("article"))
    else {
        return false;
    };
    let (panel, article) = (panel.get_bounding_client_rect(), article.get_bounding_client_rect());
    // On the article's inline-end side: its right, or its left in a right-to-left page.
    panel.left() >= article.right() - 1.0 || panel.right() <= article.left() + 1.0
}

/// The left edge of the panel (in viewport pixels) where it is open beside the article: cards
/// keep to the left of it.
pub fn panel_edge() -> Option<f64> {
    let panel = document().get_element_by_id(PANEL_ID)?;
    let shown = panel.get_client_rects().length() > 0;
    let rect = panel.get_bounding_client_rect();
    (shown && beside_the_article()).then(|| if right_to_left() { rect.right() } else { rect.left() })
}
