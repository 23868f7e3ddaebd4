//! Where a draft starts: a pasted text, a dataset file from disk, or a dataset's address.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;

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
    let pasted = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let failure = RwSignal::new(None::<String>);
    let open_json = move |json: &str, from: &str, file: &str| match Draft::open(json) {
        Ok(opened) => begin.run((opened.draft, Some(file.to_owned()))),
        Err(error) => failure.set(Some(format!("{from} cannot be opened: {error}."))),
    };
    let from_text = move |_| {
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            failure.set(Some("Paste a text first: its first line is the headline.".to_owned()));
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
                Some(json) => open_json(&json, &format!("“{name}”"), &name),
                None => failure.set(Some(format!("“{name}” cannot be read."))),
            }
        });
    };
    let from_address = move |_| {
        let given = address.get_untracked();
        leptos::task::spawn_local(async move {
            match crate::remote::download(&given).await {
                Ok((url, bytes)) => match crate::model::Dataset::read_bytes(&bytes) {
                    Err(error @ crate::model::DatasetError::Json { .. }) => {
                        failure.set(Some(format!("{url} cannot be opened: {error}.")));
                    }
                    _ => {
                        let file = url.split(['?', '#']).next().unwrap_or_default();
                        open_json(&String::from_utf8_lossy(&bytes), &url, file)
                    }
                },
                Err(notice) => failure.set(Some(why_not(&notice))),
            }
        });
    };
    view! {
        <div class="editor__start">
            <p class="editor__lead">
                "Make a companion for your own text: paste it, select a phrase, write a note on it, "
                "and see it as a reader will. Nothing is sent anywhere. "
                {if crate::storage::available() { "Your draft is kept in this browser." } else { super::NOT_KEPT }}
            </p>
            {back.map(|back| view! {
                <p>
                    "Starting anew replaces your current draft. "
                    <button type="button" class="button" on:click=move |_| back.run(())>"Back to the draft"</button>
                </p>
            })}
            {move || failure.get().map(|text| view! { <p class="editor__error" role="alert">{text}</p> })}
            <section aria-labelledby="start-paste">
                <h2 id="start-paste">"Paste a text"</h2>
                <p class="editor__hint" id="start-paste-hint">
                    "The first line is the headline; a blank line starts a new paragraph. "
                    "Markdown headings, emphasis and links are taken as plain text; a paragraph starting with > is a pull quote."
                </p>
                <textarea
                    id="editor-paste"
                    rows="12"
                    dir="auto"
                    aria-labelledby="start-paste"
                    aria-describedby="start-paste-hint"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <button type="button" class="button button--primary" on:click=from_text>"Start from this text"</button>
            </section>
            <section aria-labelledby="start-file">
                <h2 id="start-file">"Open a dataset"</h2>
                <label class="editor__field">
                    "A dataset file (.json) from your computer "
                    <input type="file" accept=".json,application/json" on:change=from_file />
                </label>
                <label class="editor__field" for="start-address">"Or its address"</label>
                <div class="editor__row">
                    <input id="start-address" type="url" placeholder="https://…" prop:value=move || address.get() on:input=move |ev| address.set(event_target_value(&ev)) />
                    <button type="button" class="button" on:click=from_address>"Open"</button>
                </div>
            </section>
        </div>
    }
}

/// Why a dataset's address gave nothing to open, in plain words.
fn why_not(notice: &LoadNotice) -> String {
    match notice {
        LoadNotice::Address { given } => {
            format!("“{given}” cannot be opened: datasets come from this site or from an https address.")
        }
        LoadNotice::Download { url, status: Some(status), .. } => {
            format!("{url} cannot be opened: the server answered “{status}”.")
        }
        LoadNotice::Download { url, status: None, .. } => {
            format!("{url} cannot be opened: the network failed or the site does not allow it to be read from here.")
        }
        LoadNotice::TooLarge { url, .. } => format!("{url} cannot be opened: it is larger than a dataset may be."),
        LoadNotice::WrongType { url, content_type } => {
            format!("{url} cannot be opened: it is “{content_type}”, not JSON.")
        }
        LoadNotice::Unusable { url, error } => format!("{url} cannot be opened: {error}."),
        LoadNotice::Partial { url, .. } => format!("{url} cannot be opened."),
    }
}
