//! The composition root: provides the shared state (the open card, the kinds shown, the
//! highlighted note), keeps the URL in step with it, owns the window listeners, and shows the
//! article with its card and panels, or the reason the dataset could not be used.

use std::any::Any;

use leptos::ev;
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};

use crate::card_state::Via;
use crate::components::{
    ArticleView, CARD_ID, NoteCard, NotesPanel, ReadingProgress, ReadingTools, bring_into_view, focus_mark, trigger_id,
};
use crate::data::embedded;
use crate::launch::Launch;
use crate::markup::notice::problem;
use crate::model::{BlockKind, Dataset};
use crate::notice::LoadNotice;
use crate::remote::{Loaded, load};
use crate::settings::Settings;
use crate::state::{CardState, Highlight, ShownNotes};

/// How many frames a `#note=` link waits for its mark to be rendered.
const OPEN_NOTE_FRAMES: u32 = 600;

/// Starts the companion as the page's address asks for it: the built-in dataset at once, or one
/// from elsewhere once it has loaded (with a status line meanwhile). Each is mounted as it is,
/// not behind a reactive switch, which would carry code to rebuild the whole page.
pub fn start(launch: Launch) {
    let Some(body) = document().body() else { return };
    let embed = launch.embed;
    let Some(given) = launch.data else {
        std::mem::forget(mount(body, Loaded { dataset: embedded(), notice: None }, embed));
        return;
    };
    let status = mount_to(body.clone(), || view! { <p class="loading" role="status">"Loading the article…"</p> });
    leptos::task::spawn_local(async move {
        let loaded = load(given).await;
        // Checking a long dataset and mounting its article are each a task's worth of work:
        // run them as two, so neither holds the page up for the sum of both.
        next_task().await;
        drop(status);
        std::mem::forget(mount(body, loaded, embed));
    });
}

/// Resolves in a later task of the event loop.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        _ = window().set_timeout_with_callback(&resolve);
    });
    _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Mounts the companion for one dataset, or its error, into `parent`; it stays there until the
/// returned handle is dropped.
pub fn mount(parent: HtmlElement, loaded: Loaded, embed: bool) -> Box<dyn Any> {
    match loaded.dataset {
        Ok(dataset) => Box::new(mount_to(parent, move || view! { <Companion dataset notice=loaded.notice embed /> })),
        Err(error) => {
            let page = problem(error).to_dom(&document());
            _ = parent.append_child(&page);
            Box::new(Removed(page))
        }
    }
}

/// An element that leaves the page when this handle is dropped.
struct Removed(Element);

impl Drop for Removed {
    fn drop(&mut self) {
        self.0.remove();
    }
}

/// The article, its card and panels, with the listeners that dismiss the card.
#[component]
fn Companion(
    /// The validated dataset to show.
    dataset: &'static Dataset,
    /// What the reader must know about where the dataset came from.
    notice: Option<&'static LoadNotice>,
    /// Compact chrome for an iframe: no reading progress, no bottom sheet.
    embed: bool,
) -> impl IntoView {
    let state = CardState::new();
    provide_context(state);
    let (settings, deep_link) = Settings::from_fragment(&window().location().hash().unwrap_or_default());
    let shown = ShownNotes::new(settings);
    provide_context(shown);
    provide_context(Highlight::new());
    describe_page(dataset);

    // A card whose kind is hidden closes; the URL follows the settings and the pressed card, so
    // the address bar can always be shared.
    Effect::new(move |_| {
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

    // A `#note=` link followed on the page (pasted, or from the endnotes) opens its card too.
    let links = window_event_listener(ev::hashchange, move |_| {
        let (_, note) = Settings::from_fragment(&window().location().hash().unwrap_or_default());
        if let Some(id) = note {
            open_note(dataset, state, shown, id, OPEN_NOTE_FRAMES);
        }
    });
    let keys = window_event_listener(ev::keydown, move |ev| {
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
    let presses = window_event_listener(ev::pointerdown, move |ev| {
        let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        let on_card_or_mark =
            target.is_some_and(|el| in_card(&el) || el.closest("[data-mention]").ok().flatten().is_some());
        if !on_card_or_mark && state.current_untracked().is_some() {
            state.dismiss();
        }
    });
    let focus_moves = window_event_listener(ev::focusin, move |ev| {
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
    Effect::new(|_| {
        if let Some(performance) = window().performance() {
            _ = performance.mark("companion-ready");
        }
    });
    on_cleanup(move || {
        links.remove();
        keys.remove();
        presses.remove();
        focus_moves.remove();
        state.cancel_timers();
    });

    view! {
        <div class="page">
            {(!embed).then(|| view! { <ReadingProgress /> })}
            <header class="page__brand">
                <span>"Reading Companion"</span>
                <div class="page__actions">
                    <NotesPanel dataset />
                    <ReadingTools dataset />
                </div>
            </header>
            <ArticleView dataset notice />
            <NoteCard dataset embed />
        </div>
    }
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
