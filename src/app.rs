//! The composition root: provides the shared state ([`crate::state`]), keeps the page address and
//! storage in step with it, owns the document's and window's listeners, and composes the page:
//! reading progress, the brand line with the panel and reading options, the article with its
//! endnotes, and the cards.
//!
//! The page is rendered once at build time ([`crate::prerender`]) and hydrated in the browser
//! ([`hydrate`]); a dataset from elsewhere is rendered in the browser ([`mount`]). Either way the
//! first render is what the build wrote (nothing from the address or storage), and what the
//! reader chose is applied once the app has taken over.

use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, KeyboardEvent};

use crate::card_state::Via;
use crate::components::{
    ArticleView, Endnotes, NoteCards, NotesPanel, NoticeBanner, ProblemPage, ReadingOptions, ReadingProgress,
    opener_id, take_over,
};
use crate::focus::{bring_into_view, focus_mark, has_mark, in_card};
use crate::model::{BlockKind, Dataset, DatasetError};
use crate::notice::Notice;
use crate::settings::Settings;
use crate::state::{Appearance, CardState, Highlight, Ready, ShownNotes, Theme};

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

/// Whether hydration has walked the whole prerendered page. It stops, with a panic on the
/// console, where the page's markup does not match the components (a rewritten page); the app
/// then never takes the page over, which stays the browser's, cards and all.
static HYDRATED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// How the page is to start.
#[derive(Clone, Copy)]
pub struct Start {
    /// The page is the prerendered one, being hydrated: the first render must match it.
    pub hydrating: bool,
    /// Compact chrome for an iframe: no reading progress, no bottom sheet.
    pub embed: bool,
}

/// The companion for one dataset: every part of the page, with the listeners that dismiss the
/// card and keep the address in step. `notice` is shown over the article once the app has taken
/// over.
#[component]
pub fn App(
    /// The dataset to show.
    dataset: &'static Dataset,
    /// What the reader must know about where it came from.
    notice: Option<&'static Notice>,
    /// How the page starts.
    start: Start,
) -> impl IntoView {
    let state = CardState::new();
    let shown = ShownNotes::new(Settings::default());
    let ready = Ready::new(!start.hydrating);
    let appearance = Appearance::new();
    provide_context(state);
    provide_context(shown);
    provide_context(ready);
    provide_context(Highlight::new());
    provide_context(appearance);
    let banner = RwSignal::new(None::<&'static Notice>);

    // Once the app has the page: what the address and storage say, then input. Effects run after
    // hydration has returned.
    Effect::new(move |_| {
        if start.hydrating && !HYDRATED.load(std::sync::atomic::Ordering::Relaxed) {
            return;
        }
        let (settings, deep_link) = Settings::from_fragment(&window().location().hash().unwrap_or_default());
        shown.set(settings);
        if let Some(theme) = stored::<String>(THEME_KEY) {
            appearance.set_theme(Theme::from_name(&theme));
        }
        if let Some(size) = stored::<u16>(SIZE_KEY) {
            appearance.set_size(size);
        }
        banner.set(notice);
        take_over(dataset, state);
        ready.set();
        describe_page(dataset);
        listen_to_the_document(state);
        if let Some(id) = deep_link {
            open_note(dataset, state, shown, id, OPEN_NOTE_FRAMES);
        }
        // Marks answer input from the next task on (their updates run before it): the moment the
        // benchmark calls "everything ready".
        gloo_timers::callback::Timeout::new(0, || {
            if let Some(performance) = window().performance() {
                _ = performance.mark("companion-ready");
            }
        })
        .forget();
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
            store(THEME_KEY, theme.name());
            store(SIZE_KEY, size);
        }
    });
    // A card whose kind is hidden closes; the address follows the settings and the pressed card,
    // so the address bar can always be shared.
    Effect::new(move |_| {
        let settings = shown.get();
        let open = state.current();
        if !ready.get() {
            return;
        }
        if open.is_some_and(|o| !settings.shows(dataset.note_of(o.mention).kind())) {
            state.dismiss();
            return;
        }
        let note = open.filter(|o| o.via == Via::Press).map(|o| dataset.note_of(o.mention).id.as_str());
        replace_fragment(&settings.to_fragment(note));
    });
    // A `#note=` link followed on the page (pasted, or from the endnotes) opens its card too.
    Effect::new(move |_| {
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            if let (_, Some(id)) = Settings::from_fragment(&window().location().hash().unwrap_or_default()) {
                open_note(dataset, state, shown, id, OPEN_NOTE_FRAMES);
            }
        });
        on_cleanup(move || handle.remove());
    });

    let progressive = dataset.mentions.len() >= PROGRESSIVE_MENTIONS;
    view! {
        <div class="page" data-ready=move || ready.get().then_some("")>
            <ReadingProgress />
            <header class="page__brand">
                <span>"Reading Companion"</span>
                <div class="page__actions">
                    <NotesPanel dataset />
                    <ReadingOptions dataset />
                </div>
            </header>
            <main id="main">
                {move || banner.get().map(|notice| view! { <NoticeBanner notice /> })}
                <ArticleView dataset progressive />
                {endnotes(dataset, progressive)}
            </main>
            <NoteCards dataset embed=start.embed />
        </div>
    }
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
            state.focus_entered();
        } else if target.id() != opener_id(open.mention) {
            state.dismiss();
        }
    });
    // Removed when the app's owner is cleaned up, which drops them.
    StoredValue::new_local([on_key, on_press, on_focus]);
}

/// Opens the card of a note's first mention and brings it into view, if the note exists and its
/// kind is shown. In a long article its mark may not be rendered yet: it tries again each frame
/// (for up to ten seconds) until it is.
fn open_note(dataset: &'static Dataset, state: CardState, shown: ShownNotes, id: String, frames_left: u32) {
    let Some(note) = dataset.notes.iter().find(|n| n.id == id) else { return };
    let Some(&mention) = note.mentions.first() else { return };
    if !shown.shows_untracked(note.kind()) {
        return;
    }
    if !has_mark(mention) {
        if frames_left > 0 {
            request_animation_frame(move || open_note(dataset, state, shown, id, frames_left - 1));
        }
        return;
    }
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

/// Page title, description and language from the dataset, so one build serves any article (the
/// prerendered page has them already; a dataset from elsewhere brings its own).
fn describe_page(dataset: &Dataset) {
    let document = document();
    document.set_title(&format!("{} · Reading Companion", dataset.article.title()));
    let standfirst = dataset.article.blocks.iter().find(|b| b.kind == BlockKind::Standfirst);
    if let (Some(standfirst), Ok(Some(meta))) = (standfirst, document.query_selector("meta[name=description]")) {
        _ = meta.set_attribute("content", &standfirst.text);
    }
    if let (Some(language), Some(html)) = (&dataset.language, document.document_element()) {
        _ = html.set_attribute("lang", language);
    }
}

/// Whether the page may use storage: not in an iframe sandboxed without `allow-same-origin`,
/// where touching it throws (and gloo-storage would with it).
fn storage_available() -> bool {
    window().local_storage().is_ok_and(|storage| storage.is_some())
}

/// A remembered value, where storage is available and holds one.
fn stored<T: serde::de::DeserializeOwned>(key: &str) -> Option<T> {
    use gloo_storage::Storage;
    storage_available().then(|| gloo_storage::LocalStorage::get(key).ok()).flatten()
}

/// Remembers a value, where storage is available.
fn store<T: serde::Serialize>(key: &str, value: T) {
    use gloo_storage::Storage;
    if storage_available() {
        _ = gloo_storage::LocalStorage::set(key, value);
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
    notice: Option<&'static Notice>,
    embed: bool,
) -> leptos::mount::UnmountHandle<impl Mountable> {
    let start = Start { hydrating: false, embed };
    leptos::mount::mount_to(parent, move || match dataset {
        Ok(dataset) => leptos::either::Either::Left(view! { <App dataset notice start /> }),
        Err(error) => leptos::either::Either::Right(view! { <ProblemPage detail=error.to_string() /> }),
    })
}

/// Brings the prerendered page to life: the same components, hydrated over the DOM the build
/// wrote, so nothing is rendered again. `notice` is shown over the article once it is.
#[cfg(feature = "hydrate")]
pub fn hydrate(root: HtmlElement, dataset: &'static Dataset, notice: Option<&'static Notice>, embed: bool) {
    let start = Start { hydrating: true, embed };
    leptos::mount::hydrate_from(root, move || view! { <App dataset notice start /> }).forget();
    HYDRATED.store(true, std::sync::atomic::Ordering::Relaxed);
}
