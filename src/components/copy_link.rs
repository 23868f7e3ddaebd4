//! "Copy link to this note", and what became of it.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{FocusEvent, HtmlInputElement};

use crate::i18n::LiveWords;
use crate::settings::Settings;
use crate::state::ShownNotes;

/// What happened to the last copy.
#[derive(Clone, PartialEq)]
enum Copied {
    /// The link is on the clipboard.
    Done,
    /// The browser would not (from `file://`, old or locked-down browsers): the link, to copy by
    /// hand.
    ByHand(String),
}

/// A button that puts a link to the note (`#note=ID`, with the marks the reader shows) on the
/// clipboard, and a status line that says it did, or offers the link ready to copy by hand (an
/// island).
#[cfg_attr(feature = "islands", island)]
#[cfg_attr(not(feature = "islands"), component)]
pub fn CopyLink(
    /// The id of the note to link to.
    note: String,
) -> impl IntoView {
    let shown = expect_context::<ShownNotes>();
    let words = expect_context::<&'static LiveWords>();
    let copied = RwSignal::new(None::<Copied>);
    let copy = move |_| {
        let link = link_to(&note, shown.get_untracked());
        let navigator = window().navigator();
        let has_clipboard =
            js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).is_ok_and(|c| !c.is_undefined());
        if !has_clipboard {
            copied.set(Some(Copied::ByHand(link)));
            return;
        }
        let promise = navigator.clipboard().write_text(&link);
        leptos::task::spawn_local(async move {
            let result = if JsFuture::from(promise).await.is_ok() { Copied::Done } else { Copied::ByHand(link) };
            _ = copied.try_set(Some(result));
        });
    };
    // A link shown to copy by hand is selected as it takes focus.
    let select = |ev: FocusEvent| {
        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
            input.select();
        }
    };
    let status = move || match copied.get() {
        None => None,
        Some(Copied::Done) => Some(leptos::either::Either::Left(format!(" {}", words.link_copied))),
        Some(Copied::ByHand(link)) => Some(leptos::either::Either::Right(view! {
            <label>
                {format!(" {} ", words.copy_this_link)}
                <input type="text" readonly value=link on:focus=select />
            </label>
        })),
    };
    view! {
        <div class="card__copy">
            <button type="button" class="button" on:click=copy>
                {words.copy_link.as_ref()}
            </button>
            <span role="status">{status}</span>
        </div>
    }
}

/// This page's address with `#note=ID` and the reader's marks.
fn link_to(note: &str, settings: Settings) -> String {
    let location = window().location();
    format!(
        "{}{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        settings.to_fragment(Some(note))
    )
}
