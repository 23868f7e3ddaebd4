//! The editor (`edit/`, the `edit` feature): a companion for another text, made in the browser
//! with nothing installed. A person pastes a text (or opens a dataset), selects phrases and writes
//! notes on them; the companion's own checker runs on every change and its problems lead to their
//! fields; the draft is saved in the browser as it is typed, and exported as the dataset JSON (and
//! as W3C Web Annotations); and it is published as the page a site serves, made in the browser by
//! the site build's own renderer, which the preview shows.
//!
//! The draft is a [`Draft`]: the dataset JSON's own types, so what is saved, exported and read
//! back is one thing, and anchors are worked out by the companion's own anchoring
//! ([`crate::model::anchor_for`]).

mod export;
mod forms;
mod phrase_bar;
mod preview;
mod problems;
mod publish;
mod renderer;
mod retext;
mod start_page;
mod text_pane;
mod verdict;
mod words;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use leptos::context::Provider;
use leptos::prelude::*;
use web_sys::HtmlElement;

use crate::i18n::{Locale, Said, fill};
use crate::model::{Draft, DraftError, NoteFields, RawAnchor};
use crate::storage;

use export::ExportPane;
use forms::{ArticleForm, DeletedNote, NoteForm, NoteList, PollForms};
use phrase_bar::PhraseBar;
use preview::Preview;
use problems::ProblemList;
use publish::{PublishPane, Publishing};
use start_page::StartPage;
use text_pane::TextPane;
pub use verdict::{FieldProblem, Verdict};
use words::{LanguageChoice, Speaking};

/// Where the draft is kept in the browser.
const DRAFT_KEY: &str = "reading-companion.editor.draft";

/// How long the draft is left to settle after a change typed into a field before it is checked
/// and saved: while a person types, nothing but the field they type in renders, and the check,
/// the marks in the text and the write to storage follow once, at the pause.
const SETTLE_MS: u32 = 250;

/// A phrase chosen in the text, and the anchor that finds it.
#[derive(Clone, Debug, PartialEq)]
pub struct Picked {
    /// Its block's index.
    pub block: usize,
    /// The anchor for exactly this place.
    pub anchor: RawAnchor,
}

/// The editor's shared state.
#[derive(Clone, Copy)]
pub struct Editing {
    pub draft: RwSignal<Draft>,
    /// What the checker says of the draft as it was at the last pause ([`SETTLE_MS`]).
    pub verdict: ReadSignal<Verdict>,
    /// The note whose form is open, by index.
    pub selected: RwSignal<Option<usize>>,
    /// The phrase chosen for a new note or mention.
    pub picked: RwSignal<Option<Picked>>,
    /// Whether the draft's latest change was typed into a field, which waits for a pause before
    /// it is checked; any other change (a button, a choice) is checked at once.
    typing: StoredValue<bool>,
    /// Whether what was typed waits for the pause to be checked: the problems shown may be about
    /// to change (the list says so with `aria-busy`).
    pub checking: RwSignal<bool>,
    /// The note deleted last, and where it stood: until it is put back, a note's form is opened,
    /// or the draft is replaced.
    pub deleted: RwSignal<Option<Deleted>>,
}

/// A deleted note, and its place among the notes.
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    pub index: usize,
    pub note: NoteFields,
}

impl Editing {
    /// Sets a field's text to what was typed into it.
    pub fn type_text(self, field: SignalSetter<String>, text: String) {
        self.typing.set_value(true);
        field.set(text);
    }

    /// Selects note `index` (a note's form opened ends the offer to put a deleted one back) and,
    /// once its form is there, focuses the field at JSON path `path` (or the nearest one shown).
    pub fn go_to(self, index: Option<usize>, path: &str) {
        if index.is_some() && self.deleted.with_untracked(Option::is_some) {
            self.deleted.set(None);
        }
        self.selected.set(index);
        let path = path.to_owned();
        request_animation_frame(move || forms::focus_path(&path));
    }
}

/// What was found in the browser's storage when the editor started.
#[derive(Clone, Debug, PartialEq)]
enum Restored {
    Nothing,
    Draft,
    /// A draft in an older format, brought to this one.
    Migrated(u32),
    /// A draft that cannot be read: why, and the draft. It stays in storage until a new draft
    /// replaces it.
    Refused(DraftError, String),
}

/// Starts the editor in `root`, in place of what the page holds there (a line saying it is
/// loading), once its words in the person's language are there.
pub fn start(root: HtmlElement) {
    // Before anything is mounted, Leptos's executor is not set up: the browser's runs this.
    wasm_bindgen_futures::spawn_local(async move {
        let asked = words::first_choice();
        let (speaking, not_loaded) = match words::words_in(asked).await {
            Ok(speaking) => (speaking, None),
            Err(english) => (english, Some(asked)),
        };
        words::apply(speaking);
        root.set_text_content(None);
        leptos::mount::mount_to(root, move || view! { <Editor speaking not_loaded /> }).forget();
    });
}

/// The editor: the start page until there is a draft, then the text, the forms, the problems and
/// the export; or the preview. In the language chosen, which can be changed at any time: the
/// draft and where the person is in it stay as they are.
#[component]
pub fn Editor(
    /// The language it starts in, and its words.
    speaking: Speaking,
    /// A language asked for whose words could not be fetched.
    not_loaded: Option<Locale>,
) -> impl IntoView {
    let speaking = RwSignal::new(speaking);
    let not_loaded = RwSignal::new(not_loaded);
    let (saved, restored) = restore();
    let started = RwSignal::new(saved.is_some());
    let draft = RwSignal::new(saved.unwrap_or_else(|| Draft::from_text("")));
    let said = move || speaking.get_untracked();
    let (verdict, set_verdict) = signal(draft.with_untracked(|d| Verdict::of(d, said())));
    let typing = StoredValue::new(false);
    let checking = RwSignal::new(false);
    let editing = Editing {
        draft,
        verdict,
        selected: RwSignal::new(None),
        picked: RwSignal::new(None),
        typing,
        checking,
        deleted: RwSignal::new(None),
    };
    provide_context(editing);
    let publishing = Publishing::new();
    provide_context(publishing);
    let restored = RwSignal::new(restored);
    // Checked and saved at each change, and what is typed at the pause ([`SETTLE_MS`]): a reload,
    // a closed tab or a crash loses nothing (the page going away settles at once). A draft that
    // could not be read is kept until a new one is started.
    // Saved first: when the page is going away, the save is what must not wait for the check.
    let settle = move || {
        if started.get_untracked() {
            save(&draft.with_untracked(Draft::to_json));
        }
        set_verdict.set(draft.with_untracked(|d| Verdict::of(d, said())));
        if checking.get_untracked() {
            checking.set(false);
        }
    };
    let due = StoredValue::new_local(None::<Timeout>);
    Effect::new(move |first: Option<()>| {
        draft.track();
        if first.is_none() {
            return;
        }
        if typing.try_update_value(std::mem::take).unwrap_or_default() {
            // The timeout it replaces, dropped, is cancelled.
            due.set_value(Some(Timeout::new(SETTLE_MS, move || settle_due(due, settle))));
            if !checking.get_untracked() {
                checking.set(true);
            }
        } else {
            due.set_value(None);
            settle();
        }
    });
    let leaving = EventListener::new(&window(), "pagehide", move |_| settle_due(due, settle));
    // Dropped, and so removed, with the editor.
    StoredValue::new_local(leaving);
    let previewing = RwSignal::new(false);
    let begin = Callback::new(move |(new, file): (Draft, Option<String>)| {
        publishing.start(file.as_deref());
        draft.set(new);
        editing.selected.set(None);
        editing.picked.set(None);
        editing.deleted.set(None);
        restored.set(Restored::Nothing);
        started.set(true);
    });
    let choose = Callback::new(move |locale: Locale| {
        words::remember(locale);
        leptos::task::spawn_local(async move {
            match words::words_in(locale).await {
                Ok(chosen) => {
                    words::apply(chosen);
                    not_loaded.set(None);
                    speaking.set(chosen);
                    // The problems, in the new language's words.
                    settle();
                }
                Err(_) => not_loaded.set(Some(locale)),
            }
        });
    });
    // The whole editor is drawn again in a new language; its state is all above.
    move || {
        let now = speaking.get();
        view! {
            <Provider value=now>
                <EditorPage started previewing restored not_loaded begin choose />
            </Provider>
        }
    }
}

/// The editor's page in one language.
#[component]
fn EditorPage(
    started: RwSignal<bool>,
    previewing: RwSignal<bool>,
    restored: RwSignal<Restored>,
    not_loaded: RwSignal<Option<Locale>>,
    begin: Callback<(Draft, Option<String>)>,
    choose: Callback<Locale>,
) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let draft = editing.draft;
    let Speaking { locale, words: w, problems } = expect_context::<Speaking>();
    let notice = move || {
        match restored.get() {
        Restored::Nothing | Restored::Draft => None,
        Restored::Migrated(format) => Some(
            view! {
                <p class="editor__notice" role="status">
                    {fill(w.migrated, &[("old", &format.to_string()), ("new", &crate::model::FORMAT.to_string())])}
                </p>
            }
            .into_any(),
        ),
        Restored::Refused(error, json) => Some(
            view! {
                <div class="editor__notice" role="alert">
                    <p>{fill(w.draft_refused, &[("why", &error.said(problems, locale))])}</p>
                    <button type="button" class="button" on:click=move |_| export::download("saved-draft.json", &json, "application/json")>
                        {w.download_saved}
                    </button>
                </div>
            }
            .into_any(),
        ),
    }
    };
    let unavailable = move || {
        not_loaded.get().map(|locale| {
            view! {
                <p class="editor__notice" role="status" lang="en" dir="ltr">
                    {fill(words::NOT_LOADED, &[("language", locale.name())])}
                </p>
            }
        })
    };
    view! {
        <div class="editor" hidden=move || previewing.get()>
            <header class="editor__top">
                <h1>{w.heading}</h1>
                <LanguageChoice choose />
                {move || started.get().then(|| view! {
                    <div class="editor__actions">
                        <button type="button" class="button" on:click=move |_| previewing.set(true)>{w.preview}</button>
                        <a class="button" href="#editor-export">{w.export}</a>
                        <button type="button" class="button" on:click=move |_| started.set(false)>{w.start_again}</button>
                    </div>
                })}
            </header>
            <main>
                {unavailable}
                {notice}
                // Where the browser keeps nothing for the page (a sandboxed frame, site data
                // refused), the draft lasts as long as the page: say so while there is one.
                {move || (started.get() && !storage::available()).then(|| view! {
                    <p class="editor__notice" role="status">{w.not_kept}</p>
                })}
                {move || if started.get() {
                    view! {
                        <div class="editor__columns">
                            <TextPane />
                            <div class="editor__side">
                                <PhraseBar />
                                <ProblemList />
                                <NoteList />
                                <DeletedNote />
                                {move || editing.selected.get().map(|index| view! { <NoteForm index /> })}
                                <PollForms />
                                <ArticleForm />
                                <ExportPane />
                                <PublishPane />
                            </div>
                        </div>
                    }.into_any()
                } else {
                    let back = draft.with_untracked(|d| !d.article.blocks.is_empty())
                        .then(|| Callback::new(move |()| started.set(true)));
                    view! { <StartPage begin back /> }.into_any()
                }}
            </main>
        </div>
        {move || previewing.get().then(|| view! { <Preview back=Callback::new(move |()| previewing.set(false)) /> })}
    }
}

/// Settles the draft if a change is waiting for it: once, whether the pause or the page going
/// away comes first.
fn settle_due(due: StoredValue<Option<Timeout>, LocalStorage>, settle: impl Fn()) {
    if due.try_update_value(Option::take).flatten().is_some() {
        settle();
    }
}

/// The draft saved in this browser, if any, and what became of it.
fn restore() -> (Option<Draft>, Restored) {
    let Some(json) = storage::read::<String>(DRAFT_KEY) else { return (None, Restored::Nothing) };
    match Draft::open(&json) {
        Ok(opened) => {
            let restored = opened.migrated_from.map_or(Restored::Draft, Restored::Migrated);
            (Some(opened.draft), restored)
        }
        Err(error @ (DraftError::Format(_) | DraftError::Unreadable(_))) => (None, Restored::Refused(error, json)),
    }
}

/// Keeps the draft in the browser, where storage is available.
fn save(json: &str) {
    storage::write(DRAFT_KEY, json);
}
