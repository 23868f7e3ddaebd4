//! Export: the dataset JSON (which the companion reads with `?data=`, and `./run check`
//! checks), and the same notes as W3C Web Annotations. A draft with problems can be exported,
//! but the page says what a reader would miss first.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Editing;
use super::publish::Publishing;
use super::words::Speaking;
use crate::i18n::{Piece, fill, pieces};
use crate::model::{Checked, Draft, SafeUrl, w3c};

/// The export section: what the checker says, the two downloads, and the JSON to copy.
#[component]
pub fn ExportPane() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let publishing = expect_context::<Publishing>();
    let Speaking { locale, words: w, .. } = expect_context::<Speaking>();
    // The page's name: a site built from the file publishes it under that name.
    let name = move || editing.draft.with_untracked(|draft| publishing.name(draft));
    let warning = move || {
        let verdict = editing.verdict.get();
        if let Some(why) = verdict.refused {
            Some(fill(w.export_refused, &[("why", &why)]))
        } else {
            match verdict.problems.len() {
                0 => None,
                n => Some(w.export_problems.count(locale, n)),
            }
        }
    };
    let dataset = move |_| {
        let json = editing.draft.with_untracked(Draft::to_json);
        download(&format!("{}.json", name()), &json, "application/json");
    };
    // The W3C export names every annotation by the article's address, which the draft must give.
    let no_address =
        move || editing.draft.with(|d| d.article.url.as_deref().is_none_or(|u| SafeUrl::parse(u).is_err()));
    let annotations = move |_| {
        let checked = editing.draft.with_untracked(Draft::check);
        if let Ok(Checked { dataset, .. }) = checked
            && let Some(base) = w3c::default_base(&dataset)
        {
            let json = serde_json::to_string_pretty(&w3c::annotation_collection(&dataset, base)).unwrap_or_default();
            download(&format!("{}.annotations.jsonld", name()), &json, "application/ld+json");
        }
    };
    let label = move |text: &'static str| {
        let problems = editing.verdict.with(|v| v.problems.len() + usize::from(v.refused.is_some()));
        if problems == 0 { text.to_owned() } else { fill(w.with_problems, &[("action", text)]) }
    };
    view! {
        <section id="editor-export" class="editor__export" aria-labelledby="editor-export-title">
            <h2 id="editor-export-title">{w.export}</h2>
            {move || warning().map(|text| view! { <p class="editor__warning">{text}</p> })}
            <div class="editor__row">
                <button type="button" class="button button--primary" on:click=dataset>{move || label(w.download_dataset)}</button>
                <button
                    type="button"
                    class="button"
                    on:click=annotations
                    disabled=move || editing.verdict.with(|v| v.refused.is_some()) || no_address()
                    aria-describedby="editor-w3c-hint"
                >
                    {move || label(w.download_w3c)}
                </button>
            </div>
            <p id="editor-w3c-hint" class="editor__hint" hidden=move || !no_address()>
                {fill(w.w3c_hint, &[("link", w.url), ("about", w.about_text)])}
            </p>
            <p class="editor__hint">
                {pieces(w.export_hint).into_iter().map(|piece| match piece {
                    Piece::Text(text) => text.into_any(),
                    Piece::Value("data") => view! { <code>"?data="</code> }.into_any(),
                    Piece::Value("site") => view! { <code>"./run site"</code> }.into_any(),
                    Piece::Value(_) => view! { <code>"./run check"</code> }.into_any(),
                }).collect_view()}
            </p>
            <details>
                <summary>{w.dataset_json}</summary>
                <textarea id="editor-json" readonly rows="10" aria-label=w.dataset_json prop:value=move || editing.draft.with(Draft::to_json)></textarea>
            </details>
        </section>
    }
}

/// Offers `text` as a download named `name`, of media type `kind`.
pub fn download(name: &str, text: &str, kind: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let link = document().create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // Revoked once the browser has started the download.
    gloo_timers::callback::Timeout::new(10_000, move || {
        _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}
