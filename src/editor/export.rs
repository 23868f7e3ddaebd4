//! Export: the dataset JSON (which the companion reads with `?data=`, and `./run check`
//! checks), and the same notes as W3C Web Annotations. A draft with problems can be exported,
//! but the page says what a reader would miss first.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Editing;
use super::publish::Publishing;
use crate::model::{Checked, Draft, SafeUrl, w3c};

/// The export section: what the checker says, the two downloads, and the JSON to copy.
#[component]
pub fn ExportPane() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let publishing = expect_context::<Publishing>();
    // The page's name: a site built from the file publishes it under that name.
    let name = move || editing.draft.with_untracked(|draft| publishing.name(draft));
    let warning = move || {
        let verdict = editing.verdict.get();
        if let Some(why) = verdict.refused {
            Some(format!("The companion would not show this text: {why}. Fix it before you publish the file."))
        } else {
            match verdict.problems.len() {
                0 => None,
                1 => Some("1 problem: a reader would see the text without what it affects.".to_owned()),
                n => Some(format!("{n} problems: a reader would see the text without what they affect.")),
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
        if problems == 0 { text.to_owned() } else { format!("{text}, with its problems") }
    };
    view! {
        <section id="editor-export" class="editor__export" aria-labelledby="editor-export-title">
            <h2 id="editor-export-title">"Export"</h2>
            {move || warning().map(|text| view! { <p class="editor__warning">{text}</p> })}
            <div class="editor__row">
                <button type="button" class="button button--primary" on:click=dataset>{move || label("Download the dataset")}</button>
                <button
                    type="button"
                    class="button"
                    on:click=annotations
                    disabled=move || editing.verdict.with(|v| v.refused.is_some()) || no_address()
                    aria-describedby="editor-w3c-hint"
                >
                    {move || label("Download W3C annotations")}
                </button>
            </div>
            <p id="editor-w3c-hint" class="editor__hint" hidden=move || !no_address()>
                "W3C annotations are named by the article’s address: give it as “Link to the original”, under “About the text”, to download them."
            </p>
            <p class="editor__hint">
                "Put the dataset on your site and open the companion with ?data= and its address, "
                "or publish it below; ./run site builds a site of such files, ./run check checks one."
            </p>
            <details>
                <summary>"The dataset's JSON"</summary>
                <textarea id="editor-json" readonly rows="10" aria-label="The dataset's JSON" prop:value=move || editing.draft.with(Draft::to_json)></textarea>
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
