//! The page's address and the browser's storage, kept in step with the reader's choices: the
//! marks shown and the card pressed open are in the address's fragment (`#show=…`, `#note=…`), so
//! the address bar can always be shared; the colours and the text size are remembered where
//! storage is available. Read once when the app takes the page over, written as they change.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::card_state::Via;
use crate::links::open_note;
use crate::model::NoteIndex;
use crate::settings::Settings;
use crate::state::{Appearance, CardState, MissedLinks, Ready, ShownNotes, Theme};
use crate::storage;

/// Where the colours and the text size are remembered.
const THEME_KEY: &str = "reading-companion.theme";
const SIZE_KEY: &str = "reading-companion.text-size";

/// How many frames a `#note=` link waits for its mark to be rendered (a long article renders in
/// steps).
const OPEN_NOTE_FRAMES: u32 = 600;

/// What the address and storage say, applied as the app takes the page over: the marks shown,
/// the colours and the text size. Returns the note a `#note=` link asks for.
pub(super) fn apply_the_readers_choices(shown: ShownNotes, appearance: Appearance) -> Option<String> {
    let (settings, deep_link) = Settings::from_fragment(&window().location().hash().unwrap_or_default());
    shown.set(settings);
    if let Some(theme) = storage::read::<String>(THEME_KEY) {
        appearance.set_theme(Theme::from_name(&theme));
    }
    if let Some(size) = storage::read::<u16>(SIZE_KEY) {
        appearance.set_size(size);
    }
    deep_link
}

/// The colours and text size apply to the whole document, and are remembered once the reader
/// changes them.
pub(super) fn keep_the_appearance(appearance: Appearance) {
    Effect::new(move |first: Option<()>| {
        let (theme, size) = (appearance.theme(), appearance.size());
        if let Some(root) = document().document_element().and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            _ = match theme {
                Theme::System => root.remove_attribute("data-theme"),
                theme => root.set_attribute("data-theme", theme.name()),
            };
            _ = if size == 100 {
                root.style().remove_property("font-size").map(drop)
            } else {
                root.style().set_property("font-size", &format!("{size}%"))
            };
        }
        if first.is_some() {
            storage::write(THEME_KEY, theme.name());
            storage::write(SIZE_KEY, size);
        }
    });
}

/// The address follows the settings and the pressed card, and a `#note=` link followed on the
/// page (pasted, or from the endnotes) opens its card. A card whose kind the reader hides closes
/// (a card opened from the panel in clean reading stays).
pub(super) fn keep_the_address(
    index: &'static NoteIndex,
    state: CardState,
    shown: ShownNotes,
    ready: Ready,
    missed: MissedLinks,
) {
    Effect::new(move |before: Option<Settings>| {
        let settings = shown.get();
        let open = state.current();
        if !ready.get() {
            return settings;
        }
        let note_of = |mention| index.note_of(mention).and_then(|n| index.note(n));
        let changed = before.is_some_and(|b| b != settings);
        if changed && open.and_then(|o| note_of(o.mention)).is_some_and(|note| !settings.shows(note.kind)) {
            state.dismiss();
            return settings;
        }
        let note = open.filter(|o| o.via == Via::Press).and_then(|o| note_of(o.mention)).map(|n| n.id.as_str());
        replace_fragment(&settings.to_fragment(note));
        settings
    });
    Effect::new(move |_| {
        // The address the link led to, from the event: the address bar may have been rewritten
        // since (a closed card's fragment is written a frame late).
        let handle = window_event_listener(leptos::ev::hashchange, move |event| {
            let led_to = event.new_url();
            if let (_, Some(id)) = Settings::from_fragment(led_to.split_once('#').map_or("", |(_, f)| f)) {
                open_linked_note(index, state, shown, missed, id);
            }
        });
        on_cleanup(move || handle.remove());
    });
}

/// Opens the card a `#note=` link names, waiting for its mark where the article is still being
/// rendered (see [`open_note`]).
pub(super) fn open_linked_note(
    index: &'static NoteIndex,
    state: CardState,
    shown: ShownNotes,
    missed: MissedLinks,
    id: String,
) {
    open_note(index, state, shown, missed, id, OPEN_NOTE_FRAMES);
}

/// Replaces the address's fragment without a history entry or a jump, once the frame that shows
/// the change is painted: Chromium takes a few milliseconds for `replaceState` (a same-document
/// navigation), which in the same task would hold back the card that a click opens. Changes made
/// in one frame are written in the order they were made, so the last one stays.
fn replace_fragment(fragment: &str) {
    let fragment = fragment.to_owned();
    request_animation_frame(move || {
        gloo_timers::callback::Timeout::new(0, move || {
            let window = window();
            let location = window.location();
            if location.hash().unwrap_or_default() == fragment {
                return;
            }
            let (Ok(path), Ok(search), Ok(history)) = (location.pathname(), location.search(), window.history()) else {
                return;
            };
            _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{path}{search}{fragment}")),
            );
        })
        .forget();
    });
}
