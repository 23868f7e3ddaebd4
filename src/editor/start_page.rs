//! Where a draft starts: a pasted text, a dataset file from disk, or a dataset's address.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;

use super::words::Speaking;
use crate::i18n::{EditorWords, Locale, ProblemWords, Said, fill};
use crate::model::Draft;
use crate::notice::LoadNotice;

/// The three ways to start, each with its button. What cannot be opened says why, and the page
/// stays as it was.
#[component]
pub fn StartPage(
    /// Called with the new draft, and the name of the file or address it came from.
    begin: Callback<(Draft, Option<String>)>,
    /// Back to the draft there is, where there is one (starting anew replaces it).
    back: Option<Callback<()>>,
) -> impl IntoView {
    let Speaking { locale, words: w, problems } = expect_context::<Speaking>();
    let quoted = move |text: &str| fill(w.quoted, &[("text", text)]);
    let pasted = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<String>);
    let open_json = move |json: &str, from: &str, file: &str| match Draft::open(json) {
        Ok(opened) => begin.run((opened.draft, Some(file.to_owned()))),
        Err(error) => {
            failure.set(Some(fill(w.cannot_open, &[("what", from), ("why", &error.said(problems, locale))])));
        }
    };
    let from_text = move |_| {
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            failure.set(Some(w.paste_first.to_owned()));
        } else {
            begin.run((Draft::from_text(&text), None));
        }
    };
    let from_file = move |ev: leptos::ev::Event| {
        let Some(file) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        let name = file.name();
        leptos::task::spawn_local(async move {
            match JsFuture::from(file.text()).await.ok().and_then(|text| text.as_string()) {
                Some(json) => open_json(&json, &quoted(&name), &name),
                None => failure.set(Some(fill(w.cannot_read, &[("what", &quoted(&name))]))),
            }
        });
    };
    let from_address = move |_| {
        let given = address.get_untracked();
        leptos::task::spawn_local(async move {
            match crate::remote::download(&given).await {
                Ok((url, bytes)) => match crate::model::Dataset::read_bytes(&bytes) {
                    Err(error @ crate::model::DatasetError::Json { .. }) => {
                        let why = error.said(problems, locale);
                        failure.set(Some(fill(w.cannot_open, &[("what", &url), ("why", &why)])));
                    }
                    _ => {
                        let file = url.split(['?', '#']).next().unwrap_or_default();
                        open_json(&String::from_utf8_lossy(&bytes), &url, file)
                    }
                },
                Err(notice) => failure.set(Some(why_not(&notice, w, problems, locale))),
            }
        });
    };
    view! {
        <div class="editor__start">
            <p class="editor__lead">
                {w.start_lead} " " {if crate::storage::available() { w.kept_here } else { w.not_kept }}
            </p>
            {back.map(|back| view! {
                <p>
                    {w.replaces_draft} " "
                    <button type="button" class="button" on:click=move |_| back.run(())>{w.back_to_draft}</button>
                </p>
            })}
            {move || failure.get().map(|text| view! { <p class="editor__error" role="alert">{text}</p> })}
            <section aria-labelledby="start-paste">
                <h2 id="start-paste">{w.paste_heading}</h2>
                <p class="editor__hint" id="start-paste-hint">{w.paste_hint}</p>
                <textarea
                    id="editor-paste"
                    rows="12"
                    dir="auto"
                    aria-labelledby="start-paste"
                    aria-describedby="start-paste-hint"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <button type="button" class="button button--primary" on:click=from_text>{w.start_from_text}</button>
            </section>
            <section aria-labelledby="start-file">
                <h2 id="start-file">{w.open_heading}</h2>
                <label class="editor__field">
                    {w.file_label} " "
                    <input type="file" accept=".json,application/json" on:change=from_file />
                </label>
                <label class="editor__field" for="start-address">{w.address_label}</label>
                <div class="editor__row">
                    <input id="start-address" type="url" dir="ltr" placeholder="https://…" prop:value=move || address.get() on:input=move |ev| address.set(event_target_value(&ev)) />
                    <button type="button" class="button" on:click=from_address>{w.open}</button>
                </div>
            </section>
        </div>
    }
}

/// Why a dataset's address gave nothing to open, in plain words.
fn why_not(notice: &LoadNotice, w: &EditorWords, problems: &ProblemWords, locale: Locale) -> String {
    let cannot = |what: &str, why: String| fill(w.cannot_open, &[("what", what), ("why", &why)]);
    let quoted = |text: &str| fill(w.quoted, &[("text", text)]);
    match notice {
        LoadNotice::Address { given } => cannot(&quoted(given), w.why_address.to_owned()),
        LoadNotice::Download { url, status: Some(status), .. } => {
            cannot(url, fill(w.why_status, &[("status", &quoted(&status.to_string()))]))
        }
        LoadNotice::Download { url, status: None, .. } => cannot(url, w.why_network.to_owned()),
        LoadNotice::TooLarge { url, .. } => cannot(url, w.why_too_large.to_owned()),
        LoadNotice::WrongType { url, content_type } => {
            cannot(url, fill(w.why_kind, &[("kind", &quoted(content_type))]))
        }
        LoadNotice::Unusable { url, error } => cannot(url, error.said(problems, locale)),
        LoadNotice::Partial { url, .. } => fill(w.cannot_open_plain, &[("what", url)]),
    }
}
