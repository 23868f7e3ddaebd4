//! Reading options in a disclosure at the top corner: which kinds of note are marked, clean
//! reading, whether a note is marked once per paragraph or at every mention, light or dark, and
//! text size.

use leptos::prelude::*;
use web_sys::{Event, KeyboardEvent};

use super::DisclosureToggle;
use crate::focus::focus_in_place;
use crate::labels::kind_heading;
use crate::model::NoteKind;
use crate::state::{Appearance, ShownNotes, TEXT_SIZES, Theme};

const PANEL_ID: &str = "reading-options";
const TOGGLE_ID: &str = "reading-options-toggle";

/// The reading options button and its panel (an island). The choices of marks are kept in the
/// page address and the colours and text size in storage, by the app ([`crate::app`]).
#[cfg_attr(feature = "islands", island)]
#[cfg_attr(not(feature = "islands"), component)]
pub fn ReadingOptions(
    /// The kinds of note the dataset has, with how many notes of each.
    counts: Vec<(NoteKind, usize)>,
) -> impl IntoView {
    let shown = expect_context::<ShownNotes>();
    let appearance = expect_context::<Appearance>();
    let open = RwSignal::new(false);
    let kinds = counts
        .into_iter()
        .map(|(kind, count)| {
            choice(
                Input { kind: "checkbox", name: "kind", value: kind.as_str() },
                format!(" {} ({count})", kind_heading(kind)),
                Signal::derive(move || shown.get().chosen(kind)),
                Signal::derive(move || shown.get().clean),
                Callback::new(move |on| shown.set_kind(kind, on)),
            )
        })
        .collect_view();
    let themes = Theme::ALL.map(|(theme, label)| {
        choice(
            Input { kind: "radio", name: "reading-theme", value: theme.name() },
            format!(" {label}"),
            Signal::derive(move || appearance.theme() == theme),
            Signal::stored(false),
            Callback::new(move |_| appearance.set_theme(theme)),
        )
    });
    let (smallest, largest) = (TEXT_SIZES[0], TEXT_SIZES[TEXT_SIZES.len() - 1]);
    view! {
        <div
            class="tools"
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Escape" && open.get_untracked() {
                    open.set(false);
                    focus_in_place(TOGGLE_ID);
                }
            }
        >
            <DisclosureToggle id=TOGGLE_ID controls=PANEL_ID open label="Reading options" />
            <div id=PANEL_ID class="tools__panel" hidden=move || !open.get()>
                <fieldset>
                    <legend>"Marked notes"</legend>
                    {kinds}
                    {choice(
                        Input { kind: "checkbox", name: "clean", value: "on" },
                        " Clean reading (no marks)".to_owned(),
                        Signal::derive(move || shown.get().clean),
                        Signal::stored(false),
                        Callback::new(move |on| shown.set_clean(on)),
                    )}
                </fieldset>
                <fieldset>
                    <legend>"Mark a note"</legend>
                    {[(false, " Once in each paragraph"), (true, " At every mention")]
                        .into_iter()
                        .map(|(every, label)| {
                            choice(
                                Input {
                                    kind: "radio",
                                    name: "reading-marks",
                                    value: if every { "every" } else { "first" },
                                },
                                label.to_owned(),
                                Signal::derive(move || shown.get().every == every),
                                Signal::derive(move || shown.get().clean),
                                Callback::new(move |_| shown.set_every(every)),
                            )
                        })
                        .collect_view()}
                </fieldset>
                <fieldset>
                    <legend>"Colours"</legend>
                    {themes}
                </fieldset>
                <fieldset class="tools__size">
                    <legend>"Text size"</legend>
                    <button
                        type="button"
                        class="button"
                        disabled=move || appearance.size() == smallest
                        on:click=move |_| appearance.step_size(-1)
                    >
                        "Smaller"
                    </button>
                    <output aria-live="polite">{move || format!("{} %", appearance.size())}</output>
                    <button
                        type="button"
                        class="button"
                        disabled=move || appearance.size() == largest
                        on:click=move |_| appearance.step_size(1)
                    >
                        "Larger"
                    </button>
                </fieldset>
                <p class="tools__hint">
                    "These choices of marks are kept in the page address, so a shared link shows the same."
                </p>
            </div>
        </div>
    }
}

/// What an option's `<input>` is: its type (`checkbox` or `radio`), form name and value.
struct Input {
    kind: &'static str,
    name: &'static str,
    value: &'static str,
}

/// One option with its label: `checked` and `disabled` follow the state, and `on_change` is
/// told whether the input is now checked.
fn choice(
    input: Input,
    label: String,
    checked: Signal<bool>,
    disabled: Signal<bool>,
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <label class="tools__option">
            <input
                type=input.kind
                name=input.name
                value=input.value
                prop:checked=checked
                prop:disabled=disabled
                on:change=move |ev: Event| on_change.run(event_target_checked(&ev))
            />
            {label}
        </label>
    }
}
