//! The page renderer, which the editor starts only when a person previews or downloads a page:
//! the site build's own renderer compiled to wasm (`companion-render`), in a worker
//! (`render-worker.js`), so a page made here is the page the site build writes. What it needs of
//! the site the editor is part of, the site build wrote beside the editor: [`SiteSettings`].

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use gloo_net::http::Request;
use serde::Deserialize;
use serde_json::value::RawValue;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::i18n::{EditorWords, fill};

/// The settings' file beside the editor (`site::publish::SETTINGS_FILE`).
const SETTINGS_FILE: &str = "publish.json";

/// What the editor reads of the site's settings; the renderer gets them whole.
#[derive(Clone, Debug)]
pub struct SiteSettings {
    /// The renderer's folder, beside the editor.
    renderer: String,
    /// The settings as the site build wrote them.
    json: Rc<RawValue>,
}

#[derive(Deserialize)]
struct Named {
    renderer: String,
}

/// Why the editor could not make a page.
#[derive(Clone, Debug, PartialEq)]
pub enum RenderError {
    /// The editor is not part of a built site: there are no settings beside it.
    NotInSite,
    /// The site's settings are not what its build writes: why, in serde's words.
    Settings(String),
    /// The renderer's answer is not what it writes: why.
    Answer(String),
    /// The browser would not start the worker.
    NotStarted,
    /// The worker's files did not load.
    FilesMissing,
    /// The worker stopped before it was asked.
    NotRunning,
    /// The worker could not be sent the request.
    NotAsked,
    /// The worker answered with nothing.
    NoAnswer,
    /// The worker failed, saying nothing.
    Failed,
    /// What the renderer said was wrong.
    Said(String),
}

impl RenderError {
    /// The error in the editor's words.
    pub fn say(&self, words: &EditorWords) -> String {
        match self {
            Self::NotInSite => fill(words.not_in_site, &[("file", SETTINGS_FILE), ("site", "./run site")]),
            Self::Settings(why) => fill(words.settings_unreadable, &[("file", SETTINGS_FILE), ("why", why)]),
            Self::Answer(why) => fill(words.answer_unreadable, &[("why", why)]),
            Self::NotStarted => words.renderer_not_started.to_owned(),
            Self::FilesMissing => words.renderer_files.to_owned(),
            Self::NotRunning => words.renderer_not_running.to_owned(),
            Self::NotAsked => words.renderer_not_asked.to_owned(),
            Self::NoAnswer => words.renderer_no_answer.to_owned(),
            Self::Failed => words.renderer_failed.to_owned(),
            Self::Said(why) => why.clone(),
        }
    }
}

/// The site's settings, or why there are none.
pub async fn site_settings() -> Result<SiteSettings, RenderError> {
    let response = Request::get(SETTINGS_FILE).send().await.map_err(|_| RenderError::NotInSite)?;
    if !response.ok() {
        return Err(RenderError::NotInSite);
    }
    let text = response.text().await.map_err(|_| RenderError::NotInSite)?;
    let unreadable = |e: serde_json::Error| RenderError::Settings(e.to_string());
    let json: Box<RawValue> = serde_json::from_str(&text).map_err(unreadable)?;
    let named: Named = serde_json::from_str(json.get()).map_err(unreadable)?;
    Ok(SiteSettings { renderer: named.renderer, json: json.into() })
}

/// The site's address as the editor sees it: the folder above `edit/`.
pub fn here() -> String {
    let location = leptos::prelude::window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base("../", &location).map(|url| url.href()).unwrap_or_default()
}

/// A draft's page, as the renderer makes it (`site::publish::DraftPage`).
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct DraftPage {
    pub html: String,
    pub oembed: Option<String>,
    pub address: String,
    pub iframe: String,
    pub script: String,
}

/// The single offline file, as the renderer makes it.
#[derive(Deserialize)]
struct SingleFile {
    html: String,
}

/// What the renderer is asked for: `site::publish::PageRequest`'s JSON.
fn request(settings: &SiteSettings, dataset: &str, slug: &str) -> String {
    serde_json::json!({ "dataset": dataset, "slug": slug, "settings": &*settings.json, "here": here() }).to_string()
}

/// The draft `dataset` (its JSON) as the page named `slug` in the site.
pub async fn page(settings: &SiteSettings, dataset: &str, slug: &str) -> Result<DraftPage, RenderError> {
    let answer = ask(settings, "page", request(settings, dataset, slug)).await?;
    serde_json::from_str(&answer).map_err(|e| RenderError::Answer(e.to_string()))
}

/// The draft `dataset` as one offline file.
pub async fn single_file(settings: &SiteSettings, dataset: &str) -> Result<String, RenderError> {
    // The single file is the page at the root, whatever its name in the site.
    let answer = ask(settings, "single-file", request(settings, dataset, "article")).await?;
    let file: SingleFile = serde_json::from_str(&answer).map_err(|e| RenderError::Answer(e.to_string()))?;
    Ok(file.html)
}

/// What a request is rejected with when the worker's files did not load (the worker's own
/// failures are strings).
const FILES_MISSING: JsValue = JsValue::FALSE;

/// The worker and the answers it owes.
struct Renderer {
    worker: Worker,
    next: u32,
    pending: Rc<RefCell<HashMap<u32, (js_sys::Function, js_sys::Function)>>>,
    // Kept for as long as the worker runs.
    _listeners: [Closure<dyn FnMut(web_sys::Event)>; 2],
}

thread_local! {
    /// The renderer, while it has requests to answer.
    static RENDERER: RefCell<Option<Renderer>> = const { RefCell::new(None) };
}

/// Starts the worker in the renderer's folder beside the editor.
fn start(settings: &SiteSettings) -> Result<Renderer, RenderError> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(&format!("{}/worker.js", settings.renderer), &options)
        .map_err(|_| RenderError::NotStarted)?;
    let pending: Rc<RefCell<HashMap<u32, (js_sys::Function, js_sys::Function)>>> = Rc::default();
    let answers = pending.clone();
    let on_message = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let Some(message) = event.dyn_ref::<MessageEvent>() else { return };
        let data = message.data();
        let field = |name: &str| js_sys::Reflect::get(&data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        let Some(id) = field("id").as_f64() else { return };
        let Some((resolve, reject)) = answers.borrow_mut().remove(&(id as u32)) else { return };
        let error = field("error");
        _ = if error.is_undefined() {
            resolve.call1(&JsValue::NULL, &field("answer"))
        } else {
            reject.call1(&JsValue::NULL, &error)
        };
        // Each page the renderer makes keeps its dataset for as long as the worker runs (the
        // page's components borrow it: `PageRequest::dataset`), so a worker with nothing left to
        // answer ends, and all it made goes with it; the next request starts a new one.
        if answers.borrow().is_empty() {
            stop();
        }
    });
    let failed = pending.clone();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        event.prevent_default();
        for (_, (_, reject)) in failed.borrow_mut().drain() {
            _ = reject.call1(&JsValue::NULL, &FILES_MISSING);
        }
        stop();
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Renderer { worker, next: 0, pending, _listeners: [on_message, on_error] })
}

/// Ends the worker, if one runs.
fn stop() {
    if let Some(renderer) = RENDERER.with(|renderer| renderer.borrow_mut().take()) {
        renderer.worker.terminate();
    }
}

/// Asks the renderer (started on first use) for `kind` of `request`; its answer, as JSON text.
async fn ask(settings: &SiteSettings, kind: &str, request: String) -> Result<String, RenderError> {
    let promise = RENDERER.with(|renderer| -> Result<js_sys::Promise, RenderError> {
        let mut renderer = renderer.borrow_mut();
        if renderer.is_none() {
            *renderer = Some(start(settings)?);
        }
        let Some(renderer) = renderer.as_mut() else { return Err(RenderError::NotRunning) };
        let id = renderer.next;
        renderer.next += 1;
        let pending = renderer.pending.clone();
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            pending.borrow_mut().insert(id, (resolve, reject));
        });
        let message = js_sys::Object::new();
        for (name, value) in [
            ("id", JsValue::from(id)),
            ("kind", JsValue::from_str(kind)),
            ("request", JsValue::from_str(&request)),
            ("root", JsValue::from_str(&here())),
        ] {
            _ = js_sys::Reflect::set(&message, &JsValue::from_str(name), &value);
        }
        renderer.worker.post_message(&message).map_err(|_| RenderError::NotAsked)?;
        Ok(promise)
    })?;
    match JsFuture::from(promise).await {
        Ok(answer) => answer.as_string().ok_or(RenderError::NoAnswer),
        Err(why) if why == FILES_MISSING => Err(RenderError::FilesMissing),
        Err(why) => Err(why.as_string().map_or(RenderError::Failed, RenderError::Said)),
    }
}
