//! The notes panel: Who's who, Polls and Timeline, beside the article on wide screens and as a
//! drawer over it on narrow ones. A non-modal region: the article stays usable while it is open.

use reactive_graph::prelude::*;
use reactive_graph::signal::RwSignal;
use web_sys::{Element, Event, KeyboardEvent};

use super::note_card::focus;
use super::{bring_into_view, disclosure_toggle};
use crate::dom::{closest, document, effect, listen, select_all, set_flag, set_state};
use crate::markup::el;
use crate::markup::panel_views::{chosen_note, poll_table, timeline, whos_who};
use crate::model::Dataset;
use crate::state::{CardState, Highlight, shared};

const PANEL_ID: &str = "notes-panel";
const TOGGLE_ID: &str = "notes-panel-toggle";

/// The three views of the panel, with the labels of the buttons that choose them.
const VIEWS: [&str; 3] = ["Who's who", "Polls", "Timeline"];

/// The button that opens the panel, and the panel.
pub fn notes_panel(dataset: &'static Dataset) -> [Element; 2] {
    let state = shared::<CardState>();
    let highlight = shared::<Highlight>();
    let open = RwSignal::new(false);
    let view = RwSignal::new(0usize);
    let switches = VIEWS.iter().enumerate().map(|(i, label)| {
        el("button").attr("type", "button").attr("class", "button").attr("value", i.to_string()).text(*label)
    });
    let close = el("button")
        .attr("type", "button")
        .attr("class", "card__close")
        .child(el("span").attr("aria-hidden", "true").text("×"))
        .child(el("span").attr("class", "visually-hidden").text("Close the panel"));
    let page = document();
    let panel = el("section")
        .attr("id", PANEL_ID)
        .attr("class", "panel")
        .attr("aria-labelledby", "notes-panel-title")
        .attr("hidden", "")
        .child(
            el("div")
                .attr("class", "panel__head")
                .child(el("h2").attr("id", "notes-panel-title").text("Who, what, when"))
                .child(close),
        )
        .to_dom(&page);
    let switch =
        el("div").attr("class", "panel__switch").attr("role", "group").attr("aria-label", "Show").children(switches);
    let switch = switch.to_dom(&page);
    let views = el("div").attr("class", "panel__views").to_dom(&page);
    _ = panel.append_child(&switch);
    _ = panel.append_child(&views);

    let shown = panel.clone();
    effect(move || set_flag(&shown, "hidden", !open.get()));
    effect(move || {
        let chosen = view.get().to_string();
        for button in select_all::<Element>(&switch, "button") {
            set_state(&button, "aria-pressed", button.get_attribute("value").as_deref() == Some(chosen.as_str()));
        }
    });
    // The chosen view is built as the panel opens or switches to it.
    let container = views.clone();
    let mut last_seen = None;
    effect(move || {
        let now = (open.get(), view.get());
        if now.0 && last_seen != Some(now) {
            let built = match now.1 {
                0 => whos_who(dataset, highlight.current_untracked()),
                1 => poll_table(dataset),
                _ => timeline(dataset),
            };
            container.set_text_content(None);
            _ = container.append_child(&built.to_dom(&document()));
        }
        last_seen = Some(now);
    });
    // The highlighted actor's button is pressed.
    effect(move || {
        let note = highlight.current().map(|n| n.0.to_string());
        for button in select_all::<Element>(&views, "[data-actor]") {
            set_state(&button, "aria-pressed", note.is_some() && button.get_attribute("value") == note);
        }
    });

    let close = move || {
        open.set(false);
        focus(document().get_element_by_id(TOGGLE_ID).as_ref());
    };
    listen(&panel, "keydown", move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.stop_propagation();
            close();
        }
    });
    listen(&panel, "click", move |ev: Event| {
        if closest(&ev, ".card__close").is_some() {
            close();
        } else if let Some(button) = closest(&ev, ".panel__switch button") {
            view.set(button.get_attribute("value").and_then(|v| v.parse().ok()).unwrap_or(0));
        } else if let Some(button) = closest(&ev, "button.panel__item") {
            choose(dataset, state, highlight, &button);
        }
    });
    [disclosure_toggle(TOGGLE_ID, PANEL_ID, open, "Who, what, when"), panel]
}

/// An actor highlights all its mentions and opens its card on the first, whose previous and next
/// buttons walk the rest; a timeline entry opens the card of the note's first mention.
fn choose(dataset: &Dataset, state: CardState, highlight: Highlight, button: &Element) {
    let Some(note) = button.get_attribute("value").and_then(|v| chosen_note(dataset, &v)) else { return };
    if button.has_attribute("data-actor") {
        highlight.set(note);
    }
    if let Some(&first) = dataset.notes[note.0].mentions.first() {
        bring_into_view(first);
        state.press(first, None);
    }
}
