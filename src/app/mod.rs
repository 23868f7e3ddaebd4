//! The composition root. [`App`] lays the page out: reading progress, the brand line with the
//! panel and reading options, the article with its endnotes, and the cards, all inside
//! [`Companion`], the app's interactive root, which provides the shared state
//! ([`crate::state`]) and takes the page over once it is whole ([`hydration`]): from then on it
//! keeps the page address and storage in step with the reader's choices ([`address`]) and the
//! marks with the page's state ([`marks`]), and answers input on the marks, once for all of
//! them, and the document's ([`input`]).
//!
//! The article's page is rendered once at build time ([`crate::prerender`]) as Leptos islands:
//! only `Companion` and the interactive parts inside it (`#[island]`) are in the wasm, which
//! hydrates them ([`hydrate`]); the article, the endnotes and the cards' content stay HTML. A
//! dataset from elsewhere is rendered in the browser ([`mount`]), where the islands are ordinary
//! components. Either way the first render is what the build wrote (nothing from the address or
//! storage), and what the reader chose is applied once the app has taken over.

mod address;
mod hydration;
mod input;
mod marks;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

#[cfg(feature = "hydrate")]
pub use hydration::{hydrate, islands_hydrated};
use input::MarkInput;

use crate::components::{
    ArticleView, Banner, Endnotes, LanguageChoice, NoteCards, NotesPanel, ProblemPage, ReadingOptions, ReadingProgress,
    show_open_card, take_over,
};
use crate::i18n::{LiveWords, Locale};
use crate::launch::Start;
use crate::model::{Dataset, DatasetError, NoteIndex, NoteKind};
use crate::settings::Settings;
use crate::state::{Appearance, CardState, Highlight, MissedLinks, Ready, ShownNotes};

/// The DOM id of the element the page is rendered into.
pub const ROOT_ID: &str = "companion";

/// An article with at least this many mentions is long: grouped in parts and, in the browser,
/// rendered in steps (see [`ArticleView`]).
const LONG_MENTIONS: usize = 2000;

/// The companion for one dataset: every part of the page. On the article's page this renders at
/// build time only; its islands are what the browser hydrates.
#[component]
pub fn App(
    /// The dataset to show.
    dataset: &'static Dataset,
    /// The language of the page's own words.
    locale: Locale,
    /// The languages the page is published in, each with its address (the reading options offer
    /// them).
    languages: Vec<(Locale, String)>,
) -> impl IntoView {
    let long = dataset.mentions.len() >= LONG_MENTIONS;
    let words = locale.words();
    provide_context(words);
    #[cfg(feature = "open")]
    Effect::new(move |_| describe_page(dataset, words));
    view! {
        <Companion index=NoteIndex::of(dataset) words=words.live.clone()>
            <ReadingProgress />
            <header class="page__brand">
                <span>{words.brand}</span>
                <div class="page__actions">
                    <NotesPanel dataset />
                    <ReadingOptions counts=kind_counts(dataset)>
                        <LanguageChoice languages current=locale />
                    </ReadingOptions>
                </div>
            </header>
            <main id="main">
                <Banner />
                <ArticleView dataset long />
                {endnotes(dataset, long)}
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
    /// What the interactive parts say, in the page's language.
    words: LiveWords,
    /// The page.
    children: Children,
) -> impl IntoView {
    companion(index, words, children)
}

/// See the islands build's `Companion`.
#[cfg(not(feature = "islands"))]
#[component]
pub fn Companion<C: IntoView + 'static>(
    /// What the interactive parts know of the dataset's notes.
    index: NoteIndex,
    /// What the interactive parts say, in the page's language.
    words: LiveWords,
    /// The page.
    children: TypedChildren<C>,
) -> impl IntoView {
    companion(index, words, children.into_inner())
}

/// The body of [`Companion`] around the page, rendered (by `page`) once the state it shares is
/// provided.
fn companion<V: IntoView + 'static>(index: NoteIndex, words: LiveWords, page: impl FnOnce() -> V) -> impl IntoView {
    let index: &'static NoteIndex = Box::leak(Box::new(index));
    let words: &'static LiveWords = Box::leak(Box::new(words));
    provide_context(words);
    let start = use_context::<Start>().unwrap_or_default();
    let state = CardState::new(index);
    let shown = ShownNotes::new(Settings::default());
    let ready = Ready::new();
    let appearance = Appearance::new();
    provide_context(index);
    provide_context(state);
    provide_context(shown);
    provide_context(ready);
    let highlight = Highlight::new();
    provide_context(highlight);
    provide_context(appearance);
    let missed = MissedLinks::new();
    provide_context(missed);

    // Once the page is whole (every island hydrated), the app takes it over, once: what the
    // address and storage say, then input.
    let whole = hydration::whole();
    Effect::new(move |taken: Option<bool>| {
        if taken == Some(true) || !whole.get() {
            return taken.unwrap_or(false);
        }
        let deep_link = address::apply_the_readers_choices(shown, appearance);
        take_over(index, state);
        ready.set();
        input::listen_to_the_document(state);
        if let Some(id) = deep_link {
            address::open_linked_note(index, state, shown, missed, id);
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
    address::keep_the_appearance(appearance);
    address::keep_the_address(index, state, shown, ready, missed);
    marks::keep_the_marks(index, state, shown, ready, highlight);
    show_open_card(index, state, !start.embed);

    let input = MarkInput::new(index, state, shown, ready);
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
            on:pointerover=move |ev| input.pointer_over(ev)
            on:pointermove=move |ev| input.pointer_move(ev)
            on:pointerout=move |ev| input.pointer_out(ev)
            on:click=move |ev| input.click(ev)
            on:keydown=move |ev| input.key_down(ev)
        >
            {page()}
        </div>
    }
}

/// The endnotes (for paper, and the page without scripting; hidden on screen). A long article
/// rendered in the browser gets them a task later, so that its first task stays short; the
/// article's own page (hydrated) has them at once, and so carries no code to render them later.
fn endnotes(dataset: &'static Dataset, long: bool) -> impl IntoView {
    #[cfg(feature = "open")]
    {
        let shown = RwSignal::new(!long);
        if long {
            Effect::new(move |_| gloo_timers::callback::Timeout::new(0, move || _ = shown.try_set(true)).forget());
        }
        move || shown.get().then(|| view! { <Endnotes dataset /> })
    }
    #[cfg(not(feature = "open"))]
    {
        _ = long;
        view! { <Endnotes dataset /> }
    }
}

/// Page title and description from the dataset, so one build serves any article (the
/// prerendered page has them already; a dataset from elsewhere brings its own).
#[cfg(feature = "open")]
fn describe_page(dataset: &Dataset, words: &crate::i18n::Words) {
    let document = document();
    document.set_title(&format!("{} · {}", dataset.article.title(), words.brand));
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
/// browser, in `locale`: for a dataset from elsewhere, and in tests. It stays until the handle is
/// dropped.
pub fn mount(
    parent: HtmlElement,
    dataset: &'static Result<Dataset, DatasetError>,
    locale: Locale,
    start: Start,
) -> leptos::mount::UnmountHandle<impl Mountable> {
    leptos::mount::mount_to(parent, move || {
        provide_context(start);
        match dataset {
            Ok(dataset) => {
                // Rendered here in any language: each is this page, asked for by its fragment.
                let languages = Locale::ALL.map(|l| (l, format!("#lang={}", l.tag()))).into();
                leptos::either::Either::Left(view! { <App dataset locale languages /> })
            }
            Err(error) => {
                // In the page's language where its problem sentences are at hand (`open::show`).
                #[cfg(feature = "open")]
                let said = crate::fetched_words::problem_words_at_hand(locale)
                    .map_or_else(|| error.to_string(), |words| crate::i18n::Said::said(error, words, locale));
                #[cfg(not(feature = "open"))]
                let said = error.to_string();
                leptos::either::Either::Right(view! { <ProblemPage words=locale.words() detail=said /> })
            }
        }
    })
}
