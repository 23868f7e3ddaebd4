//! "Copy link": a link to a note (`#note=ID`, with the current marks), to the clipboard where
//! the browser allows it, or shown ready to copy by hand where it does not (`file://`, old or
//! locked-down browsers).

use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::state::{ShownNotes, shared};

/// What happened to the last copy.
#[derive(Clone, PartialEq)]
enum Copied {
    Not,
    Done,
    ByHand(String),
}

/// A button that copies a link to `note`.
#[component]
pub fn CopyLink(
    /// The note's id.
    note: &'static str,
) -> impl IntoView {
    let shown = shared::<ShownNotes>();
    let copied = RwSignal::new(Copied::Not);
    let copy = move |_| {
        let location = window().location();
        let base = format!(
            "{}{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        let link = format!("{base}{}", shown.get_untracked().to_fragment(Some(note)));
        let navigator = window().navigator();
        let has_clipboard =
            js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).is_ok_and(|c| !c.is_undefined());
        if !has_clipboard {
            copied.set(Copied::ByHand(link));
            return;
        }
        let promise = navigator.clipboard().write_text(&link);
        leptos::task::spawn_local(async move {
            copied.set(match JsFuture::from(promise).await {
                Ok(_) => Copied::Done,
                Err(_) => Copied::ByHand(link),
            });
        });
    };
    view! {
        <div class="card__copy">
            <button type="button" class="button" on:click=copy>"Copy link to this note"</button>
            <span role="status">
                {move || match copied.get() {
                    Copied::Not => None,
                    Copied::Done => Some(Either::Left(" Link copied.")),
                    Copied::ByHand(link) => Some(Either::Right(view! {
                        <label>
                            " Copy this link: "
                            <input type="text" readonly value=link on:focus=move |ev| {
                                if let Some(input) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlInputElement>(&event_target::<web_sys::EventTarget>(&ev)) {
                                    input.select();
                                }
                            } />
                        </label>
                    })),
                }}
            </span>
        </div>
    }
}
