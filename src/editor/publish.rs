//! Publishing from the editor with nothing installed: the draft's page as the site build writes
//! it (made in the browser by the site build's own renderer, see [`super::renderer`]), where to
//! put it, its embed snippets, and the single offline file for a classroom without a site.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{FocusEvent, HtmlTextAreaElement};

use super::Editing;
use super::export::download;
use super::renderer::{self, DraftPage, RenderError, SiteSettings};
use super::words::use_words;
use crate::i18n::{EditorWords, Piece, fill, pieces};
use crate::model::Draft;
use crate::slug::{MAX_LEN, RESERVED, Slug, SlugError, suggest};
use crate::storage;

/// Where the page's chosen name is kept in the browser.
const NAME_KEY: &str = "reading-companion.editor.page-name";

/// What publishing needs, shared by the pane and the preview.
#[derive(Clone, Copy)]
pub struct Publishing {
    /// The settings the site build wrote beside the editor, or why there are none.
    pub settings: LocalResource<Result<SiteSettings, RenderError>>,
    /// The page's name as the person chose it; `None` follows the headline.
    pub chosen: RwSignal<Option<String>>,
}

impl Publishing {
    pub fn new() -> Self {
        let chosen = RwSignal::new(stored_name());
        Effect::new(move |_| store_name(chosen.get().as_deref()));
        Self { settings: LocalResource::new(renderer::site_settings), chosen }
    }

    /// The page's name: as chosen, else made of the headline's words, else `article`.
    pub fn name(self, draft: &Draft) -> String {
        self.chosen.get().unwrap_or_else(|| {
            draft.article.blocks.first().and_then(|b| suggest(&b.text)).unwrap_or_else(|| "article".to_owned())
        })
    }

    /// The name the person typed: as its slug (in lower case) where it makes one, else as typed,
    /// for the pane to say what is wrong with it.
    pub fn choose(self, typed: &str) {
        let slug = Slug::of_file_name(&format!("{typed}.json")).map(|slug| slug.as_str().to_owned());
        self.chosen.set(Some(slug.unwrap_or_else(|_| typed.to_owned())));
    }

    /// Starts a new draft's name: `file`'s, where the draft came from a file or address whose
    /// name makes one, else the headline's.
    pub fn start(self, file: Option<&str>) {
        let name = file.and_then(|f| Slug::of_file_name(f.rsplit('/').next().unwrap_or(f)).ok());
        self.chosen.set(name.map(|slug| slug.as_str().to_owned()));
    }
}

impl Default for Publishing {
    fn default() -> Self {
        Self::new()
    }
}

fn stored_name() -> Option<String> {
    storage::read(NAME_KEY)
}

fn store_name(name: Option<&str>) {
    match name {
        Some(name) => storage::write(NAME_KEY, name),
        None => storage::forget(NAME_KEY),
    }
}

/// What is wrong with a page's name, in the editor's words.
fn name_problem(error: &SlugError, w: &EditorWords) -> String {
    match error {
        SlugError::Unsafe { suggestion: Some(name) } => {
            fill(w.name_suggested, &[("rule", w.name_rule), ("name", name)])
        }
        SlugError::Unsafe { suggestion: None } | SlugError::NotJson => w.name_rule.to_owned(),
        SlugError::TooLong => fill(w.name_too_long, &[("max", &MAX_LEN.to_string())]),
        SlugError::Reserved => fill(w.name_reserved, &[("first", RESERVED[0]), ("second", RESERVED[1])]),
    }
}

/// What the person asked for last, and what became of it.
#[derive(Clone, PartialEq)]
enum Step {
    Making(&'static str),
    Failed(RenderError),
    Page(Box<DraftPage>),
    SingleFile(String),
}

/// The "Publish" section: the page's name, the downloads, and once the page is downloaded, where
/// it goes and how to embed it.
#[component]
pub fn PublishPane() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let publishing = expect_context::<Publishing>();
    let w = use_words();
    let name = Memo::new(move |_| editing.draft.with(|draft| publishing.name(draft)));
    let name_problem = move || Slug::of_file_name(&format!("{}.json", name.get())).err().map(|e| name_problem(&e, w));
    let settings = move || publishing.settings.get();
    let unavailable = move || match settings() {
        Some(Err(why)) => Some(why.say(w)),
        _ => None,
    };
    let step = RwSignal::new(None::<Step>);
    let blocked = move || {
        editing.verdict.with(|v| v.refused.is_some())
            || name_problem().is_some()
            || !matches!(settings(), Some(Ok(_)))
            || matches!(step.get(), Some(Step::Making(_)))
    };
    let page = move |_| {
        let (Some(Ok(settings)), json) = (settings(), editing.draft.with_untracked(Draft::to_json)) else { return };
        let slug = name.get_untracked();
        step.set(Some(Step::Making(w.making_page)));
        leptos::task::spawn_local(async move {
            let made = match renderer::page(&settings, &json, &slug).await {
                Ok(page) => {
                    download("index.html", &page.html, "text/html");
                    Step::Page(Box::new(page))
                }
                Err(why) => Step::Failed(why),
            };
            _ = step.try_set(Some(made));
        });
    };
    let single_file = move |_| {
        let (Some(Ok(settings)), json) = (settings(), editing.draft.with_untracked(Draft::to_json)) else { return };
        let file = format!("{}.html", name.get_untracked());
        step.set(Some(Step::Making(w.making_single)));
        leptos::task::spawn_local(async move {
            let made = match renderer::single_file(&settings, &json).await {
                Ok(html) => {
                    download(&file, &html, "text/html");
                    Step::SingleFile(file)
                }
                Err(why) => Step::Failed(why),
            };
            _ = step.try_set(Some(made));
        });
    };
    let status = move || match step.get() {
        None => None,
        Some(Step::Making(what)) => Some(view! { <p>{what}</p> }.into_any()),
        Some(Step::Failed(why)) => Some(view! { <p class="editor__error">{why.say(w)}</p> }.into_any()),
        Some(Step::SingleFile(file)) => Some(
            view! {
                <p>{fill(w.single_done, &[("file", &file)])}</p>
            }
            .into_any(),
        ),
        Some(Step::Page(page)) => Some(view! { <Placed page=*page name=name.get_untracked() /> }.into_any()),
    };
    view! {
        <section id="editor-publish" class="editor__publish" aria-labelledby="editor-publish-title">
            <h2 id="editor-publish-title">{w.publish}</h2>
            <p class="editor__hint">{w.publish_hint}</p>
            <div class="editor__field">
                <label for="editor-page-name">{w.page_name}</label>
                <input
                    id="editor-page-name"
                    type="text"
                    dir="ltr"
                    aria-describedby="editor-page-name-hint"
                    prop:value=move || name.get()
                    on:change=move |ev| publishing.choose(event_target_value(&ev).trim())
                />
                <p class="editor__hint" id="editor-page-name-hint">
                    {move || name_problem().unwrap_or_else(|| {
                        fill(w.name_hint, &[("name", &name.get())])
                    })}
                </p>
            </div>
            {move || unavailable().map(|why| view! { <p class="editor__warning">{why}</p> })}
            <div class="editor__row">
                <button type="button" class="button button--primary" on:click=page disabled=blocked>
                    {w.download_page}
                </button>
                <button type="button" class="button" on:click=single_file disabled=blocked>
                    {w.download_single}
                </button>
            </div>
            <div class="editor__made" role="status">{status}</div>
        </section>
    }
}

/// Where the downloaded page goes, its oEmbed answer, and its embed snippets.
#[component]
fn Placed(page: DraftPage, name: String) -> impl IntoView {
    let w = use_words();
    let DraftPage { oembed, address, iframe, script, .. } = page;
    let answer = oembed.map(|json| {
        let file = format!("{name}/oembed.json");
        view! {
            <p>
                {with_code(w.oembed_answer, move |_| file.clone())} " "
                <button type="button" class="button" on:click=move |_| download("oembed.json", &json, "application/json")>
                    {w.download_oembed}
                </button>
            </p>
        }
    });
    let placed = with_code(w.placed, move |value| match value {
        "name" => name.clone(),
        "edit" => "edit/".to_owned(),
        "path" => format!("{name}/index.html"),
        _ => address.clone(),
    });
    view! {
        <p>{placed}</p>
        {answer}
        <h3>{w.embed_heading}</h3>
        <CopyField id="editor-embed-iframe" label=w.embed_iframe text=iframe />
        <CopyField id="editor-embed-script" label=w.embed_script text=script />
    }
}

/// `template` with each value (a name, a path, an address) as code, `value` giving it by name.
fn with_code(template: &'static str, value: impl Fn(&str) -> String) -> impl IntoView {
    (pieces(template).into_iter())
        .map(|piece| match piece {
            Piece::Text(text) => text.into_any(),
            // The page's address, which a person copies, is marked as such.
            Piece::Value(name) => {
                view! { <code dir="ltr" class=(name == "address").then_some("editor__address")>{value(name)}</code> }
                    .into_any()
            }
        })
        .collect_view()
}

/// A snippet to copy: selected as it takes focus, and a button that copies it where the browser
/// lets it.
#[component]
fn CopyField(id: &'static str, label: &'static str, text: String) -> impl IntoView {
    let w = use_words();
    let copied = RwSignal::new(None::<&'static str>);
    let select = |ev: FocusEvent| {
        if let Some(area) = ev.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) {
            area.select();
        }
    };
    let copy = {
        let text = text.clone();
        move |_| {
            let navigator = window().navigator();
            // Only a secure context has a clipboard.
            let has_clipboard = js_sys::Reflect::get(&navigator, &wasm_bindgen::JsValue::from_str("clipboard"))
                .is_ok_and(|c| !c.is_undefined());
            if !has_clipboard {
                copied.set(Some(w.copy_by_hand));
                return;
            }
            let promise = navigator.clipboard().write_text(&text);
            leptos::task::spawn_local(async move {
                let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                _ = copied.try_set(Some(if done { w.copied } else { w.copy_by_hand }));
            });
        }
    };
    view! {
        <div class="editor__field">
            <label for=id>{label}</label>
            <textarea id=id readonly rows="4" prop:value=text on:focus=select></textarea>
            <div class="editor__row">
                <button type="button" class="button" on:click=copy>{w.copy}</button>
                <span role="status">{move || copied.get()}</span>
            </div>
        </div>
    }
}
