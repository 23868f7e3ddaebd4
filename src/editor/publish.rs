//! Publishing from the editor with nothing installed: the draft's page as the site build writes
//! it (made in the browser by the site build's own renderer, see [`super::renderer`]), where to
//! put it, its embed snippets, and the single offline file for a classroom without a site.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{FocusEvent, HtmlTextAreaElement};

use super::Editing;
use super::export::download;
use super::renderer::{self, DraftPage, SiteSettings};
use crate::model::Draft;
use crate::slug::{MAX_LEN, RESERVED, Slug, SlugError, suggest};
use crate::storage;

/// Where the page's chosen name is kept in the browser.
const NAME_KEY: &str = "reading-companion.editor.page-name";

/// What publishing needs, shared by the pane and the preview.
#[derive(Clone, Copy)]
pub struct Publishing {
    /// The settings the site build wrote beside the editor, or why there are none.
    pub settings: LocalResource<Result<SiteSettings, String>>,
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
fn name_problem(error: &SlugError) -> String {
    let rule = "The page's name becomes its address, which takes letters a to z, digits and single hyphens";
    match error {
        SlugError::Unsafe { suggestion: Some(name) } => format!("{rule}: “{name}” would do."),
        SlugError::Unsafe { suggestion: None } | SlugError::NotJson => format!("{rule}."),
        SlugError::TooLong => format!("The page's name becomes its address: at most {MAX_LEN} characters."),
        SlugError::Reserved => {
            format!("{} and {} are the site's own folders: choose another name.", RESERVED[0], RESERVED[1])
        }
    }
}

/// What the person asked for last, and what became of it.
#[derive(Clone, PartialEq)]
enum Step {
    Making(&'static str),
    Failed(String),
    Page(Box<DraftPage>),
    SingleFile(String),
}

/// The "Publish" section: the page's name, the downloads, and once the page is downloaded, where
/// it goes and how to embed it.
#[component]
pub fn PublishPane() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let publishing = expect_context::<Publishing>();
    let name = Memo::new(move |_| editing.draft.with(|draft| publishing.name(draft)));
    let name_problem = move || Slug::of_file_name(&format!("{}.json", name.get())).err().map(|e| name_problem(&e));
    let settings = move || publishing.settings.get();
    let unavailable = move || match settings() {
        Some(Err(why)) => Some(why),
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
        step.set(Some(Step::Making("Making the page…")));
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
        step.set(Some(Step::Making("Making the offline file…")));
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
        Some(Step::Failed(why)) => Some(view! { <p class="editor__error">{why}</p> }.into_any()),
        Some(Step::SingleFile(file)) => Some(
            view! {
                <p>
                    {format!("Downloaded {file}: the article and its notes in one file, which opens from a computer ")}
                    "or a USB stick with no network and no site."
                </p>
            }
            .into_any(),
        ),
        Some(Step::Page(page)) => Some(view! { <Placed page=*page name=name.get_untracked() /> }.into_any()),
    };
    view! {
        <section id="editor-publish" class="editor__publish" aria-labelledby="editor-publish-title">
            <h2 id="editor-publish-title">"Publish"</h2>
            <p class="editor__hint">
                "The page readers open: the article with its notes, which reads before and without scripts. "
                "It is made here, as the site this editor is part of makes its pages, and uses that site's shared files."
            </p>
            <div class="editor__field">
                <label for="editor-page-name">"The page's name"</label>
                <input
                    id="editor-page-name"
                    type="text"
                    aria-describedby="editor-page-name-hint"
                    prop:value=move || name.get()
                    on:change=move |ev| publishing.choose(event_target_value(&ev).trim())
                />
                <p class="editor__hint" id="editor-page-name-hint">
                    {move || name_problem().unwrap_or_else(|| {
                        format!("Letters a to z, digits and hyphens; the page's address ends in {}/.", name.get())
                    })}
                </p>
            </div>
            {move || unavailable().map(|why| view! { <p class="editor__warning">{why}</p> })}
            <div class="editor__row">
                <button type="button" class="button button--primary" on:click=page disabled=blocked>
                    "Download the page"
                </button>
                <button type="button" class="button" on:click=single_file disabled=blocked>
                    "Download one offline file"
                </button>
            </div>
            <div class="editor__made" role="status">{status}</div>
        </section>
    }
}

/// Where the downloaded page goes, its oEmbed answer, and its embed snippets.
#[component]
fn Placed(page: DraftPage, name: String) -> impl IntoView {
    let DraftPage { oembed, address, iframe, script, .. } = page;
    let answer = oembed.map(|json| {
        let name = name.clone();
        view! {
            <p>
                "Put its oEmbed answer beside it, as " <code>{format!("{name}/oembed.json")}</code>
                ", so that a content system given the page's address embeds it: "
                <button type="button" class="button" on:click=move |_| download("oembed.json", &json, "application/json")>
                    "Download oembed.json"
                </button>
            </p>
        }
    });
    view! {
        <p>
            "Downloaded index.html. Put it in a folder named " <code>{name.clone()}</code>
            " at the top of the site, beside " <code>"edit/"</code> ", as " <code>{format!("{name}/index.html")}</code>
            ": its address is then " <code class="editor__address">{address}</code>
            ". The site's index lists it the next time the site is built."
        </p>
        {answer}
        <h3>"Embed it"</h3>
        <CopyField id="editor-embed-iframe" label="An iframe, with the script that fits it to the article" text=iframe />
        <CopyField id="editor-embed-script" label="Or the script, which writes the iframe" text=script />
    }
}

/// What a copy the browser would not make says.
const BY_HAND: &str = "This browser would not copy it: select it and copy it.";

/// A snippet to copy: selected as it takes focus, and a button that copies it where the browser
/// lets it.
#[component]
fn CopyField(id: &'static str, label: &'static str, text: String) -> impl IntoView {
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
                copied.set(Some(BY_HAND));
                return;
            }
            let promise = navigator.clipboard().write_text(&text);
            leptos::task::spawn_local(async move {
                let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                _ = copied.try_set(Some(if done { "Copied." } else { BY_HAND }));
            });
        }
    };
    view! {
        <div class="editor__field">
            <label for=id>{label}</label>
            <textarea id=id readonly rows="4" prop:value=text on:focus=select></textarea>
            <div class="editor__row">
                <button type="button" class="button" on:click=copy>"Copy"</button>
                <span role="status">{move || copied.get()}</span>
            </div>
        </div>
    }
}
