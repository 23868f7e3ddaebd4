//! Reading options in a disclosure at the top corner: which kinds of note are marked, clean
//! reading, whether a note is marked once per paragraph or at every mention, light or dark, text
//! size, and the interface's language.

use leptos::prelude::*;
use web_sys::{Event, KeyboardEvent};

use super::DisclosureToggle;
use crate::focus::focus_in_place;
use crate::i18n::{LiveWords, Locale, Words, fill};
use crate::labels::kind_heading;
use crate::model::NoteKind;
use crate::state::{Appearance, ShownNotes, TEXT_SIZES, Theme};

const PANEL_ID: &str = "reading-options";
const TOGGLE_ID: &str = "reading-options-toggle";

/// The reading options button and its panel (an island), with the choice of language
/// (`languages`, rendered at build time: see [`LanguageChoice`]). The choices of marks are kept in
/// the page address and the colours and text size in storage, by the app ([`crate::app`]).
#[cfg(feature = "islands")]
#[island]
pub fn ReadingOptions(
    /// The kinds of note the dataset has, with how many notes of each.
    counts: Vec<(NoteKind, usize)>,
    /// The choice of language.
    children: Children,
) -> impl IntoView {
    reading_options(counts, children)
}

/// See the islands build's `ReadingOptions`.
#[cfg(not(feature = "islands"))]
#[component]
pub fn ReadingOptions<C: IntoView + 'static>(
    /// The kinds of note the dataset has, with how many notes of each.
    counts: Vec<(NoteKind, usize)>,
    /// The choice of language.
    children: TypedChildren<C>,
) -> impl IntoView {
    reading_options(counts, children.into_inner())
}

/// The body of [`ReadingOptions`], with `languages` in its panel.
fn reading_options<V: IntoView + 'static>(
    counts: Vec<(NoteKind, usize)>,
    languages: impl FnOnce() -> V,
) -> impl IntoView {
    let shown = expect_context::<ShownNotes>();
    let appearance = expect_context::<Appearance>();
    let words = expect_context::<&'static LiveWords>();
    let open = RwSignal::new(false);
    let kinds = counts
        .into_iter()
        .map(|(kind, count)| {
            choice(
                Input { kind: "checkbox", name: "kind", value: kind.as_str() },
                format!(" {} ({count})", kind_heading(words, kind)),
                Signal::derive(move || shown.get().chosen(kind)),
                Signal::derive(move || shown.get().clean),
                Callback::new(move |on| shown.set_kind(kind, on)),
            )
        })
        .collect_view();
    let themes = Theme::ALL.into_iter().zip(&words.themes).map(|(theme, label)| {
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
            <DisclosureToggle id=TOGGLE_ID controls=PANEL_ID open label=words.reading_options.as_ref() />
            <div id=PANEL_ID class="tools__panel" hidden=move || !open.get()>
                <fieldset>
                    <legend>{words.marked_notes.as_ref()}</legend>
                    {kinds}
                    {choice(
                        Input { kind: "checkbox", name: "clean", value: "on" },
                        format!(" {}", words.clean_option),
                        Signal::derive(move || shown.get().clean),
                        Signal::stored(false),
                        Callback::new(move |on| shown.set_clean(on)),
                    )}
                </fieldset>
                <fieldset>
                    <legend>{words.mark_a_note.as_ref()}</legend>
                    {[(false, &words.once_per_paragraph), (true, &words.every_mention)]
                        .into_iter()
                        .map(|(every, label)| {
                            choice(
                                Input {
                                    kind: "radio",
                                    name: "reading-marks",
                                    value: if every { "every" } else { "first" },
                                },
                                format!(" {label}"),
                                Signal::derive(move || shown.get().every == every),
                                Signal::derive(move || shown.get().clean),
                                Callback::new(move |_| shown.set_every(every)),
                            )
                        })
                        .collect_view()}
                </fieldset>
                <fieldset>
                    <legend>{words.colours.as_ref()}</legend>
                    {themes.collect_view()}
                </fieldset>
                <fieldset class="tools__size">
                    <legend>{words.text_size.as_ref()}</legend>
                    <button
                        type="button"
                        class="button"
                        disabled=move || appearance.size() == smallest
                        on:click=move |_| appearance.step_size(-1)
                    >
                        {words.smaller.as_ref()}
                    </button>
                    <output aria-live="polite">{move || fill(&words.percent, &[("n", &appearance.size().to_string())])}</output>
                    <button
                        type="button"
                        class="button"
                        disabled=move || appearance.size() == largest
                        on:click=move |_| appearance.step_size(1)
                    >
                        {words.larger.as_ref()}
                    </button>
                </fieldset>
                {languages()}
                <p class="tools__hint">{words.options_hint.as_ref()}</p>
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

/// The languages the page is published in, as links, the current one said (`aria-current`):
/// static HTML, which the start script (`start.js`) follows with the reader's other choices in
/// the fragment. A page in one language only offers none.
#[component]
pub fn LanguageChoice(
    /// Each language, with the address of the page in it.
    languages: Vec<(Locale, String)>,
    /// The page's language.
    current: Locale,
) -> impl IntoView {
    let words = expect_context::<&'static Words>();
    (languages.len() > 1).then(|| {
        let links = languages
            .into_iter()
            .map(|(locale, href)| {
                let tag = locale.tag();
                view! {
                    <li>
                        <a href=href hreflang=tag lang=tag dir=locale.dir() aria-current=(locale == current).then_some("true")>
                            {locale.name()}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <fieldset class="tools__languages">
                <legend>{words.language}</legend>
                <ul>{links}</ul>
            </fieldset>
        }
    })
}
