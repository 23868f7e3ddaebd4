//! Reading options in a disclosure at the top corner: which kinds of note are marked, clean
//! reading, light or dark, and text size. Theme and size are remembered where storage is
//! available (not in a sandboxed iframe, where the page simply starts from the defaults).

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::DisclosureToggle;
use crate::labels::kind_heading;
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
    if let Some(root) =
        document().document_element().and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        _ = if percent == 100 {
            root.style().remove_property("font-size").map(drop)
        } else {
            root.style().set_property("font-size", &format!("{percent}%"))
        };
    }
}

/// The reading options button and its panel.
#[component]
pub fn ReadingTools(
    /// The dataset, to count notes by kind.
    dataset: &'static Dataset,
) -> impl IntoView {
    let shown = shared::<ShownNotes>();
    let open = RwSignal::new(false);
    let theme = RwSignal::new(stored(THEME_KEY).unwrap_or_else(|| "auto".to_owned()));
    let size =
        RwSignal::new(stored(SIZE_KEY).and_then(|s| s.parse().ok()).filter(|s| SIZES.contains(s)).unwrap_or(100u16));
    Effect::new(move |_| apply_theme(&theme.get()));
    Effect::new(move |_| apply_size(size.get()));

    let kinds = NoteKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let count = dataset.notes.iter().filter(|n| n.kind() == kind).count();
            (count > 0).then(|| {
                view! {
                    <label class="tools__option">
                        <input
                            type="checkbox"
                            prop:checked=move || shown.get().shown[NoteKind::ALL.iter().position(|&k| k == kind).unwrap_or(0)]
                            prop:disabled=move || shown.get().clean
                            on:change=move |ev| shown.set_kind(kind, event_target_checked(&ev))
                        />
                        {format!(" {} ({count})", kind_heading(kind))}
                    </label>
                }
            })
        })
        .collect_view();
    let themes = [("auto", "Follow the system"), ("light", "Light"), ("dark", "Dark")]
        .map(|(value, label)| {
            view! {
                <label class="tools__option">
                    <input
                        type="radio"
                        name="reading-theme"
                        value=value
                        prop:checked=move || theme.get() == value
                        on:change=move |_| {
                            theme.set(value.to_owned());
                            store(THEME_KEY, value);
                        }
                    />
                    {format!(" {label}")}
                </label>
            }
        })
        .collect_view();
    let step = move |by: isize| {
        let at = SIZES.iter().position(|&s| s == size.get_untracked()).unwrap_or(1);
        let next = SIZES[at.saturating_add_signed(by).min(SIZES.len() - 1)];
        size.set(next);
        store(SIZE_KEY, &next.to_string());
    };
    let on_key_down = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
            if let Some(toggle) = document().get_element_by_id(TOGGLE_ID) {
                super::note_card::focus(Some(&toggle));
            }
        }
    };
    view! {
        <div class="tools" on:keydown=on_key_down>
            <DisclosureToggle id=TOGGLE_ID controls=PANEL_ID open label="Reading options" />
            <div id=PANEL_ID class="tools__panel" hidden=move || !open.get()>
                <fieldset>
                    <legend>"Marked notes"</legend>
                    {kinds}
                    <label class="tools__option">
                        <input
                            type="checkbox"
                            prop:checked=move || shown.get().clean
                            on:change=move |ev| shown.set_clean(event_target_checked(&ev))
                        />
                        " Clean reading (no marks)"
                    </label>
                </fieldset>
                <fieldset>
                    <legend>"Colours"</legend>
                    {themes}
                </fieldset>
                <fieldset class="tools__size">
                    <legend>"Text size"</legend>
                    <button type="button" class="button" on:click=move |_| step(-1) disabled=move || size.get() == SIZES[0]>
                        "Smaller"
                    </button>
                    <output aria-live="polite">{move || format!("{} %", size.get())}</output>
                    <button type="button" class="button" on:click=move |_| step(1) disabled=move || size.get() == SIZES[SIZES.len() - 1]>
                        "Larger"
                    </button>
                </fieldset>
                <p class="tools__hint">"These choices of marks are kept in the page address, so a shared link shows the same."</p>
            </div>
        </div>
    }
}
