//! The composition root: provides the shared state (the open card, the kinds shown, the
//! highlighted note), keeps the URL in step with it, owns the window listeners, and shows the
//! article with its card and panels, or the reason the dataset could not be used.

use std::any::Any;

use any_spawner::Executor;
use reactive_graph::owner::{Owner, on_cleanup, provide_context};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, KeyboardEvent, Node};

use crate::card_state::Via;
use crate::components::{
    CARD_ID, Prerendered, article_view, bring_into_view, focus_mark, note_card, notes_panel, reading_progress,
    reading_tools, trigger_id,
};
use crate::data::embedded;
use crate::dom::{document, effect, listen, next_task, request_animation_frame, window};
use crate::launch::Launch;
use crate::markup::notice::problem;
use crate::markup::{Element as MarkupElement, el};
#[cfg(not(feature = "open"))]
use crate::model::NOT_IN_PAGE;
use crate::model::{BlockKind, Dataset, DatasetError};
#[cfg(feature = "open")]
use crate::remote::load;
use crate::settings::Settings;
use crate::state::{CardState, Highlight, ShownNotes};

/// How many frames a `#note=` link waits for its mark to be rendered.
const OPEN_NOTE_FRAMES: u32 = 600;

/// How long the app waits for the page's first paint before taking over anyway (a page that gets
/// no frames, such as an iframe off screen), in milliseconds.
const PAINT_WAIT_MS: i32 = 100;

/// Replaces the prerendered page with the app once the page has been painted, so the app never
/// holds up the first paint of the article: the built-in dataset is read from the page in one
/// task, then the prerendered page becomes the app in the next (its article and endnotes are
/// kept, their marks made buttons), so nothing paints in between and the reader keeps their
/// place. With the `open` feature, a dataset from elsewhere replaces the page with a status line
/// until it has loaded.
pub fn take_over(launch: Launch) {
    _ = Executor::init_wasm_bindgen();
    wasm_bindgen_futures::spawn_local(async move {
        first_paint().await;
        let Some(body) = document().body() else { return };
        let prerendered = document().query_selector("[data-prerendered]").ok().flatten();
        let adopt = || prerendered.as_ref().and_then(Prerendered::find);
        let (loaded, adopted, status) = match launch.data {
            None => (Loaded { dataset: embedded(), banner: None }, adopt(), None),
            #[cfg(feature = "open")]
            Some(given) => {
                let status = loading(&body, prerendered.as_ref());
                (load(given).await, None, Some(status))
            }
            // This build reads no other dataset (on a site, the start script sends `?data=` to the
            // build that does): the built-in article is shown, and says so.
            #[cfg(not(feature = "open"))]
            Some(_) => {
                let banner = crate::markup::notice::only_built_in();
                (Loaded { dataset: embedded(), banner: Some(banner) }, adopt(), None)
            }
        };
        // Reading a dataset and mounting its article are each a task's worth of work: run them as
        // two, so neither holds the page up for the sum of both.
        next_task().await;
        let scrolled = window().scroll_y().unwrap_or(0.0);
        for gone in prerendered.iter().chain(&status) {
            gone.remove();
        }
        std::mem::forget(mount_adopting(body, loaded, launch.embed, adopted));
        window().scroll_to_with_x_and_y(0.0, scrolled);
    });
}

/// Replaces the prerendered page (another dataset's) with a status line while a dataset loads.
#[cfg(feature = "open")]
fn loading(body: &HtmlElement, prerendered: Option<&Element>) -> Element {
    let line = el("p").attr("class", "loading").attr("role", "status").text("Loading the article…").to_dom(&document());
    if let Some(prerendered) = prerendered {
        prerendered.remove();
    }
    _ = body.append_child(&line);
    line
}

/// Resolves once the page has been painted: at once if it has, else after the next frame (or
/// [`PAINT_WAIT_MS`] without one).
async fn first_paint() {
    let performance = window().performance();
    if performance.is_some_and(|p| p.get_entries_by_name("first-contentful-paint").length() > 0) {
        return;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let after_frame = resolve.clone();
        request_animation_frame(move || _ = window().set_timeout_with_callback(&after_frame));
        _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, PAINT_WAIT_MS);
    });
    _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A dataset to show (it lives as long as the page), and the banner over its article, if the
/// reader must know something about where it came from.
pub struct Loaded {
    pub dataset: &'static Result<Dataset, DatasetError>,
    pub banner: Option<MarkupElement<'static>>,
}

/// Mounts the companion for one dataset, or its error, into `parent`; it stays there until the
/// returned handle is dropped.
pub fn mount(parent: HtmlElement, loaded: Loaded, embed: bool) -> Box<dyn Any> {
    mount_adopting(parent, loaded, embed, None)
}

/// [`mount`], keeping the prerendered article and endnotes of the same dataset if given.
fn mount_adopting(parent: HtmlElement, loaded: Loaded, embed: bool, adopted: Option<Prerendered>) -> Box<dyn Any> {
    // Effects run as tasks of the browser's event loop.
    _ = Executor::init_wasm_bindgen();
    let (page, owner) = match loaded.dataset {
        Ok(dataset) => {
            let owner = Owner::new();
            (owner.with(|| companion(dataset, loaded.banner, embed, adopted)), Some(owner))
        }
        Err(error) => (problem(technical_detail(error)).to_dom(&document()), None),
    };
    _ = parent.append_child(&page);
    Box::new(Mounted { page, owner })
}

/// What a dataset that cannot be shown gets wrong, for the reader's "Technical details".
#[cfg(feature = "open")]
fn technical_detail(error: &DatasetError) -> String {
    error.to_string()
}

/// Without `open` the only dataset is the page's own, and the only way it can fail is to be
/// missing or damaged: that one message, without the dataset checker's others.
#[cfg(not(feature = "open"))]
fn technical_detail(_: &DatasetError) -> String {
    NOT_IN_PAGE.to_owned()
}

/// A mounted page: dropping it takes the page out and disposes its effects and listeners.
struct Mounted {
    page: Element,
    owner: Option<Owner>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.page.remove();
        if let Some(owner) = &self.owner {
            owner.cleanup();
        }
    }
}

/// The article, its card and panels, with the listeners that dismiss the card. `banner` says what
/// the reader must know about where the dataset came from; an `embed` has compact chrome for an
/// iframe: no reading progress, no bottom sheet; `adopted` is the prerendered page's article and
/// endnotes, if they are this dataset's.
fn companion(
    dataset: &'static Dataset,
    banner: Option<MarkupElement<'static>>,
    embed: bool,
    adopted: Option<Prerendered>,
) -> Element {
    let state = CardState::new();
    provide_context(state);
    let (settings, deep_link) = Settings::from_fragment(&window().location().hash().unwrap_or_default());
    let shown = ShownNotes::new(settings);
    provide_context(shown);
    provide_context(Highlight::new());
    describe_page(dataset);

    // A card whose kind is hidden closes; the URL follows the settings and the pressed card, so
    // the address bar can always be shared.
    effect(move || {
        let settings = shown.get();
        let open = state.current();
        if open.is_some_and(|o| !settings.shows(dataset.note_of(o.mention).kind())) {
            state.dismiss();
            return;
        }
        let note = open.filter(|o| o.via == Via::Press).map(|o| dataset.note_of(o.mention).id.as_str());
        replace_fragment(&settings.to_fragment(note));
    });
    // `#note=ID` opens that note's first mention (if its kind is shown) once the article is on
    // the page.
    if let Some(id) = deep_link {
        request_animation_frame(move || open_note(dataset, state, shown, id, OPEN_NOTE_FRAMES));
    }

    let page = window();
    // A `#note=` link followed on the page (pasted, or from the endnotes) opens its card too.
    listen(&page, "hashchange", move |_: Event| {
        let (_, note) = Settings::from_fragment(&window().location().hash().unwrap_or_default());
        if let Some(id) = note {
            open_note(dataset, state, shown, id, OPEN_NOTE_FRAMES);
        }
    });
    listen(&page, "keydown", move |ev: KeyboardEvent| {
        if ev.key() != "Escape" {
            return;
        }
        let Some(open) = state.current_untracked() else {
            return;
        };
        let focus_in_card = document().active_element().is_some_and(|el| in_card(&el));
        state.dismiss();
        if focus_in_card {
            focus_mark(open.mention);
        }
    });
    listen(&page, "pointerdown", move |ev: Event| {
        let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        let on_card_or_mark =
            target.is_some_and(|el| in_card(&el) || el.closest("[data-mention]").ok().flatten().is_some());
        if !on_card_or_mark && state.current_untracked().is_some() {
            state.dismiss();
        }
    });
    listen(&page, "focusin", move |ev: Event| {
        let Some(open) = state.current_untracked() else {
            return;
        };
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if in_card(&target) {
            state.focus_entered();
        } else if target.id() != trigger_id(open.mention) {
            state.dismiss();
        }
    });
    // Marks answer input from here on: the moment the benchmark calls "notes interactive".
    effect(|| {
        if let Some(performance) = window().performance() {
            _ = performance.mark("companion-ready");
        }
    });
    on_cleanup(move || state.cancel_timers());

    let document = document();
    let page = el("div").attr("class", "page").to_dom(&document);
    let actions = el("div").attr("class", "page__actions").to_dom(&document);
    for part in notes_panel(dataset).into_iter().chain([reading_tools(dataset)]) {
        _ = actions.append_child(&part);
    }
    let brand = el("header").attr("class", "page__brand").child(el("span").text("Reading Companion")).to_dom(&document);
    _ = brand.append_child(&actions);
    let progress = (!embed).then(reading_progress);
    for part in
        progress.into_iter().chain([brand, article_view(dataset, banner, adopted), note_card(dataset, embed).into()])
    {
        _ = page.append_child(&part);
    }
    page
}

/// Opens the card of a note's first mention and brings it into view, if the note exists and its
/// kind is shown. In a long article its mark may not be rendered yet: it tries again each frame
/// (for up to ten seconds) until it is.
fn open_note(dataset: &'static Dataset, state: CardState, shown: ShownNotes, id: String, frames_left: u32) {
    let Some(note) = dataset.notes.iter().find(|n| n.id == id) else { return };
    let Some(&mention) = note.mentions.first() else { return };
    if !shown.get_untracked().shows(note.kind()) {
        return;
    }
    if document().get_element_by_id(&trigger_id(mention)).is_none() {
        if frames_left > 0 {
            request_animation_frame(move || open_note(dataset, state, shown, id, frames_left - 1));
        }
        return;
    }
    bring_into_view(mention);
    state.press(mention, None);
}

/// Replaces the URL's fragment without a history entry or a jump.
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

/// Page title, description and language from the dataset, so one build serves any article.
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

fn in_card(element: &Element) -> bool {
    document().get_element_by_id(CARD_ID).is_some_and(|card| card.contains(Some(element.unchecked_ref::<Node>())))
}
