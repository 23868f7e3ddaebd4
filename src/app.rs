//! The composition root. [`App`] lays the page out: reading progress, the brand line with the
//! panel and reading options, the article with its endnotes, and the cards, all inside
//! [`Companion`], the app's interactive root, which provides the shared state
//! ([`crate::state`]), keeps the page address and storage in step with it, owns the document's
//! and window's listeners and handles input on the marks, once for all of them.
//!
//! The article's page is rendered once at build time ([`crate::prerender`]) as Leptos islands:
//! only `Companion` and the interactive parts inside it (`#[island]`) are in the wasm, which
//! hydrates them ([`hydrate`]); the article, the endnotes and the cards' content stay HTML. A
//! dataset from elsewhere is rendered in the browser ([`mount`]), where the islands are ordinary
//! components. Either way the first render is what the build wrote (nothing from the address or
//! storage), and what the reader chose is applied once the app has taken over.

use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, KeyboardEvent, MouseEvent, Node, PointerEvent};

use crate::card_state::Via;
use crate::components::{
    ARTICLE_END_ID, ArticleView, Banner, Endnotes, NoteCards, NotesPanel, ProblemPage, ReadingOptions, ReadingProgress,
    opener_id, show_open_card, take_over,
};
use crate::focus::{bring_into_view, closest, focus_by_id, focus_first_in_card, focus_mark, has_mark, in_card};
use crate::model::{Dataset, DatasetError, MentionId, NoteIndex, NoteKind};
use crate::notice::Notice;
use crate::settings::Settings;
use crate::state::{Appearance, CardState, Highlight, MissedLink, MissedLinks, Ready, ShownNotes, Theme};
use crate::storage;

/// The DOM id of the element the page is rendered into.
pub const ROOT_ID: &str = "companion";

/// Where the colours and the text size are remembered.
const THEME_KEY: &str = "reading-companion.theme";
const SIZE_KEY: &str = "reading-companion.text-size";

/// How many frames a `#note=` link waits for its mark to be rendered (a long article renders in
/// steps).
const OPEN_NOTE_FRAMES: u32 = 600;

/// An article with at least this many mentions is rendered in steps (see [`ArticleView`]).
const PROGRESSIVE_MENTIONS: usize = 2000;

#[cfg(feature = "islands")]
thread_local! {
    /// Whether every island of the prerendered page is hydrated (they are, a few at a time, over
    /// several tasks). Hydration stops, with an error on the console, where the page's markup
    /// does not match the components (a rewritten page); the app then never takes the page over,
    /// which stays the browser's, cards and all.
    static HYDRATED: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// How the page was started, provided as context before the app renders (the page's address
/// decides it, so the build cannot).
#[derive(Clone, Copy, Default)]
pub struct Start {
    /// Compact chrome for an iframe: no reading progress, no bottom sheet.
    pub embed: bool,
    /// What the reader must know about where the article came from, shown over it once the app
    /// has taken over.
    pub notice: Option<&'static Notice>,
}

/// The companion for one dataset: every part of the page. On the article's page this renders at
/// build time only; its islands are what the browser hydrates.
#[component]
pub fn App(
    /// The dataset to show.
    dataset: &'static Dataset,
) -> impl IntoView {
    let progressive = dataset.mentions.len() >= PROGRESSIVE_MENTIONS;
    #[cfg(feature = "open")]
    Effect::new(move |_| describe_page(dataset));
    view! {
        <Companion index=NoteIndex::of(dataset)>
            <ReadingProgress />
            <header class="page__brand">
                <span>"Reading Companion"</span>
                <div class="page__actions">
                    <NotesPanel dataset />
                    <ReadingOptions counts=kind_counts(dataset) />
                </div>
            </header>
            <main id="main">
                <Banner />
                <ArticleView dataset progressive />
                {endnotes(dataset, progressive)}
            </main>
            <NoteCards dataset />
        </Companion>
    }
}

/// How many notes of each kind the dataset has, for the kinds it has.
fn kind_counts(dataset: &Dataset) -> Vec<(NoteKind, usize)> {
    NoteKind::ALL
        .into_iter()
        .map(|kind| (kind, dataset.notes.iter().filter(|n| n.kind() == kind).count()))
        .filter(|&(_, count)| count > 0)
        .collect()
}

/// The app's interactive root, around the whole page (`children`): it provides the shared state,
/// takes the page over from the browser once every part is hydrated, keeps the address and
/// storage in step with the reader's choices, and answers input on the marks: hover, click, tap,
/// Enter and Space, found from the event by the mark's `data-mention` (its phrase) or
/// `data-opener` (its button), so a long article costs one listener per kind of event, not one
/// per mark.
///
/// An island on the article's page; where the page renders in the browser, an ordinary
/// component whose children keep their type (an island's children are erased, which there would
/// cost the wasm the code to rebuild the whole page).
#[cfg(feature = "islands")]
#[island]
pub fn Companion(
    /// What the interactive parts know of the dataset's notes.
    index: NoteIndex,
    /// The page.
    children: Children,
) -> impl IntoView {
    companion(index, children)
}

/// See the islands build's `Companion`.
#[cfg(not(feature = "islands"))]
#[component]
pub fn Companion<C: IntoView + 'static>(
    /// What the interactive parts know of the dataset's notes.
    index: NoteIndex,
    /// The page.
    children: TypedChildren<C>,
) -> impl IntoView {
    companion(index, children.into_inner())
}

/// The body of [`Companion`] around the page, rendered (by `page`) once the state it shares is
/// provided.
fn companion<V: IntoView + 'static>(index: NoteIndex, page: impl FnOnce() -> V) -> impl IntoView {
    let index: &'static NoteIndex = Box::leak(Box::new(index));
    let start = use_context::<Start>().unwrap_or_default();
    let state = CardState::new();
    let shown = ShownNotes::new(Settings::default());
    let ready = Ready::new();
    let appearance = Appearance::new();
    provide_context(index);
    provide_context(state);
    provide_context(shown);
    provide_context(ready);
    provide_context(Highlight::new());
    provide_context(appearance);
    let missed = MissedLinks::new();
    provide_context(missed);

    // Once every island is hydrated, the app takes the page over, once: what the address and
    // storage say, then input.
    Effect::new(move |taken: Option<bool>| {
        if taken == Some(true) || !hydrated() {
            return taken.unwrap_or(false);
        }
        let (settings, deep_link) = Settings::from_fragment(&window().location().hash().unwrap_or_default());
        shown.set(settings);
        if let Some(theme) = storage::read::<String>(THEME_KEY) {
            appearance.set_theme(Theme::from_name(&theme));
        }
        if let Some(size) = storage::read::<u16>(SIZE_KEY) {
            appearance.set_size(size);
        }
        take_over(index, state);
        ready.set();
        listen_to_the_document(state);
        if let Some(id) = deep_link {
            open_note(index, state, shown, missed, id, OPEN_NOTE_FRAMES);
        }
        // Marks answer input from the next task on (their updates run before it): the moment the
        // benchmark calls "everything ready".
        gloo_timers::callback::Timeout::new(0, || {
            if let Some(performance) = window().performance() {
                _ = performance.mark("companion-ready");
            }
        })
        .forget();
        true
    });
    // The colours and text size apply to the whole document, and are remembered.
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
    // A card whose kind the reader hides closes (a card opened from the panel in clean reading
    // stays); the address follows the settings and the pressed card, so the address bar can
    // always be shared.
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
    // A `#note=` link followed on the page (pasted, or from the endnotes) opens its card too.
    Effect::new(move |_| {
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            if let (_, Some(id)) = Settings::from_fragment(&window().location().hash().unwrap_or_default()) {
                open_note(index, state, shown, missed, id, OPEN_NOTE_FRAMES);
            }
        });
        on_cleanup(move || handle.remove());
    });
    show_open_card(index, state, !start.embed);

    // Until the app has taken the page over, the browser has the marks: their buttons open cards.
    let mark = move |ev: &Event| {
        (ready.get_untracked().then(|| mark_of(index, ev)).flatten())
            .filter(|&(mention, kind)| shown.marks_untracked(kind, index.is_repeat(mention)))
    };
    // Hover opens a card for a pointer that moved onto a mark, not for a mark that the page's
    // scrolling brought under a resting pointer (browsers report that as the pointer entering
    // it, at the same place on the screen). Such a mark waits for the pointer to move on it.
    let pointer = StoredValue::new(Pointer::default());
    let on_pointer_over = move |ev: PointerEvent| {
        let (true, Some((mention, _))) = (ev.pointer_type() == "mouse" && !from_same_mark(&ev), mark(&ev)) else {
            return;
        };
        if pointer.try_update_value(|p| p.moved(&ev)).unwrap_or(true) {
            state.hover(mention, (f64::from(ev.client_x()), f64::from(ev.client_y())));
        } else {
            pointer.update_value(|p| p.waiting = Some(mention));
        }
    };
    let on_pointer_move = move |ev: PointerEvent| {
        if ev.pointer_type() != "mouse" || !pointer.try_update_value(|p| p.moved(&ev)).unwrap_or(false) {
            return;
        }
        if let Some(waiting) = pointer.try_update_value(|p| p.waiting.take()).flatten()
            && mark(&ev).is_some_and(|(mention, _)| mention == waiting)
        {
            state.hover(waiting, (f64::from(ev.client_x()), f64::from(ev.client_y())));
        }
    };
    let on_pointer_out = move |ev: PointerEvent| {
        if ev.pointer_type() == "mouse" && !from_same_mark(&ev) && mark(&ev).is_some() {
            pointer.update_value(|p| p.waiting = None);
            state.pointer_left();
        }
    };
    // A click on the phrase, or on its button (which Enter and Space click), opens the card: the
    // app's, not the browser's popover, which the app has taken over.
    let on_click = move |ev: MouseEvent| {
        // The link past the article moves focus without touching the address, which holds the
        // reader's options.
        if ready.get_untracked() && closest(&ev, "a.skip").is_some() {
            ev.prevent_default();
            focus_by_id(ARTICLE_END_ID);
            return;
        }
        if let Some((mention, _)) = mark(&ev) {
            ev.prevent_default();
            let pointer = (ev.detail() > 0).then(|| (f64::from(ev.client_x()), f64::from(ev.client_y())));
            state.press(mention, pointer);
            // As a click on a label would: the button takes focus for its phrase.
            focus_mark(mention);
        }
    };
    let on_key_down = move |ev: KeyboardEvent| {
        let Some((mention, _)) = mark(&ev) else { return };
        match ev.key().as_str() {
            // A held Enter would click the button again and again.
            "Enter" if ev.repeat() => ev.prevent_default(),
            // Tab from an open card's mark moves into the card (when it has something to focus).
            "Tab" if !ev.shift_key() && state.is_open_untracked(mention) && focus_first_in_card(index, mention) => {
                ev.prevent_default()
            }
            _ => {}
        }
    };
    view! {
        <div
            class="page"
            data-ready=move || ready.get().then_some("")
            data-clean=move || shown.get().clean.then_some("")
            data-hide=move || {
                let settings = shown.get();
                let hidden: Vec<&str> =
                    NoteKind::ALL.into_iter().filter(|&k| !settings.chosen(k)).map(NoteKind::as_str).collect();
                (!hidden.is_empty()).then(|| hidden.join(" "))
            }
            on:pointerover=on_pointer_over
            on:pointermove=on_pointer_move
            on:pointerout=on_pointer_out
            on:click=on_click
            on:keydown=on_key_down
        >
            {page()}
        </div>
    }
}

/// The mention whose mark (its phrase or its button) an event happened on (or inside), and its
/// kind of note.
fn mark_of(index: &NoteIndex, ev: &Event) -> Option<(MentionId, NoteKind)> {
    let mark = closest(ev, "[data-mention], [data-opener]")?;
    let number = mark.get_attribute("data-mention").or_else(|| mark.get_attribute("data-opener"))?;
    let mention = MentionId(number.parse().ok()?);
    Some((mention, index.note(index.note_of(mention)?)?.kind))
}

/// Where the mouse was last seen on the screen, and the mark it came to rest over while the
/// page scrolled under it.
#[derive(Default)]
struct Pointer {
    at: Option<(i32, i32)>,
    waiting: Option<MentionId>,
}

impl Pointer {
    /// Whether the pointer of `ev` is somewhere else on the screen than last seen; remembers where.
    fn moved(&mut self, ev: &PointerEvent) -> bool {
        let at = (ev.screen_x(), ev.screen_y());
        self.at.replace(at) != Some(at)
    }
}

/// Whether the pointer moved between a mark and something inside it: not an entry or exit.
fn from_same_mark(ev: &PointerEvent) -> bool {
    let mark = closest(ev, "[data-mention]");
    let other = ev.related_target().and_then(|t| t.dyn_into::<Node>().ok());
    mark.is_some_and(|mark| other.is_some_and(|other| mark.contains(Some(&other))))
}

/// Whether the page the app runs on is whole (tracked): on the article's page, whether every
/// island has been hydrated; a page rendered in the browser always is.
fn hydrated() -> bool {
    #[cfg(feature = "islands")]
    {
        HYDRATED.with(|hydrated| hydrated.get())
    }
    #[cfg(not(feature = "islands"))]
    true
}

/// The endnotes (for paper, and the page without scripting; hidden on screen). A long article
/// rendered in the browser gets them a task later, so that its first task stays short; the
/// article's own page (hydrated) has them at once, and so carries no code to render them later.
fn endnotes(dataset: &'static Dataset, progressive: bool) -> impl IntoView {
    #[cfg(feature = "open")]
    {
        let shown = RwSignal::new(!progressive);
        if progressive {
            Effect::new(move |_| gloo_timers::callback::Timeout::new(0, move || _ = shown.try_set(true)).forget());
        }
        move || shown.get().then(|| view! { <Endnotes dataset /> })
    }
    #[cfg(not(feature = "open"))]
    {
        _ = progressive;
        view! { <Endnotes dataset /> }
    }
}

/// Dismisses the card the way a non-modal dialog is dismissed: Esc anywhere (focus returns to
/// the mark if it was in the card), a press outside the card and the marks, or focus moving
/// elsewhere. The listeners are the document's and go with the app.
fn listen_to_the_document(state: CardState) {
    let document = document();
    let on_key = EventListener::new(&document, "keydown", move |ev| {
        let Some(ev) = ev.dyn_ref::<KeyboardEvent>() else { return };
        let Some(open) = state.current_untracked().filter(|_| ev.key() == "Escape") else { return };
        let focus_in_card = leptos::prelude::document().active_element().is_some_and(|el| in_card(&el));
        state.dismiss();
        if focus_in_card {
            focus_mark(open.mention);
        }
    });
    let on_press = EventListener::new(&document, "pointerdown", move |ev| {
        let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        let on_card_or_mark =
            target.is_some_and(|el| in_card(&el) || el.closest("[data-mention]").ok().flatten().is_some());
        if !on_card_or_mark && state.current_untracked().is_some() {
            state.dismiss();
        }
    });
    let on_focus = EventListener::new(&document, "focusin", move |ev: &Event| {
        let Some(open) = state.current_untracked() else { return };
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        if in_card(&target) {
            state.engaged();
        } else if target.id() != opener_id(open.mention) {
            state.dismiss();
        }
    });
    // Removed when the app's owner is cleaned up, which drops them.
    StoredValue::new_local([on_key, on_press, on_focus]);
}

/// Opens the card of a note's first mention and brings it into view, if the note exists and its
/// kind is shown; otherwise says why not (see [`MissedLinks`]). In a long article its mark may not
/// be rendered yet: it tries again each frame (for up to ten seconds) until it is.
pub fn open_note(
    index: &'static NoteIndex,
    state: CardState,
    shown: ShownNotes,
    missed: MissedLinks,
    id: String,
    frames_left: u32,
) {
    let Some(found) = index.find(&id) else {
        missed.set(Some(MissedLink::Unknown));
        return;
    };
    let Some(note) = index.note(found) else { return };
    let Some(&mention) = note.mentions.first() else {
        missed.set(Some(MissedLink::Unknown));
        return;
    };
    if !shown.shows_untracked(note.kind) {
        missed.set(Some(MissedLink::Hidden(found)));
        return;
    }
    if !has_mark(mention) {
        if frames_left > 0 {
            request_animation_frame(move || open_note(index, state, shown, missed, id, frames_left - 1));
        }
        return;
    }
    missed.set(None);
    bring_into_view(mention);
    state.press(mention, None);
}

/// Replaces the address's fragment without a history entry or a jump.
fn replace_fragment(fragment: &str) {
    let window = window();
    let location = window.location();
    if location.hash().unwrap_or_default() == fragment {
        return;
    }
    let (Ok(path), Ok(search), Ok(history)) = (location.pathname(), location.search(), window.history()) else {
        return;
    };
    _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{search}{fragment}")));
}

/// Page title and description from the dataset, so one build serves any article (the
/// prerendered page has them already; a dataset from elsewhere brings its own).
#[cfg(feature = "open")]
fn describe_page(dataset: &Dataset) {
    let document = document();
    document.set_title(&format!("{} · Reading Companion", dataset.article.title()));
    if let (Some(description), Ok(Some(meta))) =
        (dataset.article.description(), document.query_selector("meta[name=description]"))
    {
        _ = meta.set_attribute("content", &description);
    }
}

/// The element the page is rendered into.
pub fn root() -> Option<HtmlElement> {
    document().get_element_by_id(ROOT_ID).and_then(|e| e.dyn_into().ok())
}

/// Renders the companion for `dataset` (or the reason it cannot be shown) into `parent`, in the
/// browser: for a dataset from elsewhere, and in tests. It stays until the handle is dropped.
pub fn mount(
    parent: HtmlElement,
    dataset: &'static Result<Dataset, DatasetError>,
    start: Start,
) -> leptos::mount::UnmountHandle<impl Mountable> {
    leptos::mount::mount_to(parent, move || {
        provide_context(start);
        match dataset {
            Ok(dataset) => leptos::either::Either::Left(view! { <App dataset /> }),
            Err(error) => leptos::either::Either::Right(view! { <ProblemPage detail=error.to_string() /> }),
        }
    })
}

/// Brings the prerendered page's islands to life. This sets up their reactive root; the start
/// script then hydrates each island in document order (see `src/islands.js`), nested ones after
/// the ones around them, and calls [`islands_hydrated`].
#[cfg(feature = "hydrate")]
pub fn hydrate(start: Start) {
    leptos::mount::hydrate_islands();
    provide_context(start);
}

/// Every island is hydrated: the app takes the page over.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn islands_hydrated() {
    HYDRATED.with(|hydrated| hydrated.set(true));
}
