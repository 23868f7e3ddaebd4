//! Reading options in a disclosure at the top corner: which kinds of note are marked, clean
//! reading, light or dark, and text size. Theme and size are remembered where storage is
//! available (not in a sandboxed iframe, where the page simply starts from the defaults).

use reactive_graph::prelude::*;
use reactive_graph::signal::RwSignal;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, KeyboardEvent};

use super::disclosure_toggle;
use super::note_card::focus;
use crate::dom::{closest, document, effect, listen, select_all, set_flag, window};
use crate::markup::el;
use crate::markup::reading_options::{CLEAN, KIND, SIZE_STEP, THEME, reading_options};
use crate::model::{Dataset, NoteKind};
use crate::state::{ShownNotes, shared};

const THEME_KEY: &str = "reading-companion.theme";
const SIZE_KEY: &str = "reading-companion.text-size";
/// Text sizes offered, as percentages of the browser's default.
const SIZES: [u16; 5] = [90, 100, 115, 130, 150];
const PANEL_ID: &str = "reading-options";
const TOGGLE_ID: &str = "reading-options-toggle";

fn stored(key: &str) -> Option<String> {
    window().local_storage().ok().flatten()?.get_item(key).ok().flatten()
}

fn store(key: &str, value: &str) {
    if let Ok(Some(storage)) = window().local_storage() {
        _ = storage.set_item(key, value);
    }
}

fn apply_theme(theme: &str) {
    if let Some(root) = document().document_element() {
        _ = match theme {
            "light" | "dark" => root.set_attribute("data-theme", theme),
            _ => root.remove_attribute("data-theme"),
        };
    }
}

fn apply_size(percent: u16) {
    if let Some(root) = document().document_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        _ = if percent == 100 {
            root.style().remove_property("font-size").map(drop)
        } else {
            root.style().set_property("font-size", &format!("{percent}%"))
        };
    }
}

/// The reading options button and its panel.
pub fn reading_tools(dataset: &'static Dataset) -> Element {
    let shown = shared::<ShownNotes>();
    let open = RwSignal::new(false);
    let theme = RwSignal::new(stored(THEME_KEY).unwrap_or_else(|| "auto".to_owned()));
    let size =
        RwSignal::new(stored(SIZE_KEY).and_then(|s| s.parse().ok()).filter(|s| SIZES.contains(s)).unwrap_or(100u16));
    let page = document();
    let controls = reading_options(dataset).map(|c| c.to_dom(&page));
    let panel = el("div").attr("id", PANEL_ID).attr("class", "tools__panel").attr("hidden", "").to_dom(&page);
    for control in &controls {
        _ = panel.append_child(control);
    }
    let tools = el("div").attr("class", "tools").to_dom(&page);
    _ = tools.append_child(&disclosure_toggle(TOGGLE_ID, PANEL_ID, open, "Reading options"));
    _ = tools.append_child(&panel);
    let [marks, colours, sizes, _] = controls;

    effect(move || set_flag(&panel, "hidden", !open.get()));
    // The controls show the state, wherever it changed (here, or in the address on load).
    effect(move || {
        let settings = shown.get();
        for input in select_all::<HtmlInputElement>(&marks, "input") {
            let kind = NoteKind::from_name(&input.value());
            input.set_checked(kind.map_or(settings.clean, |k| settings.chosen(k)));
            input.set_disabled(kind.is_some() && settings.clean);
        }
    });
    effect(move || {
        let theme = theme.get();
        apply_theme(&theme);
        for input in select_all::<HtmlInputElement>(&colours, "input") {
            input.set_checked(input.value() == theme);
        }
    });
    effect(move || {
        let size = size.get();
        apply_size(size);
        if let Ok(Some(output)) = sizes.query_selector("output") {
            output.set_text_content(Some(&format!("{size} %")));
        }
        for (button, end) in select_all::<Element>(&sizes, "button").into_iter().zip([SIZES[0], SIZES[SIZES.len() - 1]])
        {
            set_flag(&button, "disabled", size == end);
        }
    });

    listen(&tools, "change", move |ev: Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        match input.name().as_str() {
            KIND => {
                if let Some(kind) = NoteKind::from_name(&input.value()) {
                    shown.set_kind(kind, input.checked());
                }
            }
            CLEAN => shown.set_clean(input.checked()),
            THEME => {
                let value = input.value();
                store(THEME_KEY, &value);
                theme.set(value);
            }
            _ => {}
        }
    });
    listen(&tools, "click", move |ev: Event| {
        let Some(by) =
            closest(&ev, &format!("[{SIZE_STEP}]")).and_then(|b| b.get_attribute(SIZE_STEP)?.parse::<isize>().ok())
        else {
            return;
        };
        let at = SIZES.iter().position(|&s| s == size.get_untracked()).unwrap_or(1);
        let next = SIZES[at.saturating_add_signed(by).min(SIZES.len() - 1)];
        size.set(next);
        store(SIZE_KEY, &next.to_string());
    });
    listen(&tools, "keydown", move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
            focus(document().get_element_by_id(TOGGLE_ID).as_ref());
        }
    });
    tools
}
