//! In an embed, which part of the frame the reader can see. An iframe fitted to its content is
//! as tall as the article, so "the viewport" (where a fixed panel or a card would go) is the
//! whole article, most of it off the host's screen. The host script (`src/embed.js`) posts the
//! part in view, `{ readingCompanionView: [top, height] }` in the frame's CSS pixels, as the host
//! page scrolls and resizes; the frame keeps the panel there (through the root's `--view-top`
//! and `--view-height`, see `style/tools.css`) and places cards within it.

use std::cell::Cell;

use gloo_events::EventListener;
use leptos::prelude::{document, window};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, MessageEvent};

/// The tallest frame the host script fits (in step with `src/embed.js`).
const MOST: f64 = 500_000.0;

thread_local! {
    /// The part of the frame in view, (top, height), once the host has said.
    static VIEW: Cell<Option<(f64, f64)>> = const { Cell::new(None) };
}

/// The part of the frame the reader can see, (top, height) in the frame's viewport, if the host
/// has said.
pub fn visible() -> Option<(f64, f64)> {
    VIEW.with(Cell::get)
}

/// Listens, for as long as the page lives, to what the parent window says is in view: only to
/// the parent window, and only to two whole numbers within the frame's bounds.
pub fn listen() {
    let window = window();
    let Some(parent) = window.parent().ok().flatten().filter(|p| !js_sys::Object::is(p, &window)) else {
        return;
    };
    EventListener::new(&window, "message", move |ev| {
        let Some(ev) = ev.dyn_ref::<MessageEvent>() else { return };
        let from_parent = ev.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
        if let (true, Some(view)) = (from_parent, read(&ev.data())) {
            VIEW.with(|v| v.set(Some(view)));
            if let Some(root) = document().document_element().and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                let style = root.style();
                // Whole numbers, written as integers: formatting a float would add its code to
                // the wasm.
                _ = style.set_property("--view-top", &format!("{}px", view.0 as u32));
                _ = style.set_property("--view-height", &format!("{}px", view.1 as u32));
            }
        }
    })
    .forget();
}

/// `{ readingCompanionView: [top, height] }`, with both whole and within bounds.
fn read(data: &JsValue) -> Option<(f64, f64)> {
    let view = js_sys::Reflect::get(data, &"readingCompanionView".into()).ok()?.dyn_into::<js_sys::Array>().ok()?;
    let number = |i| view.get(i).as_f64().filter(|n| n.fract() == 0.0 && (0.0..=MOST).contains(n));
    let (top, height) = (number(0)?, number(1)?);
    (view.length() == 2 && height > 0.0).then_some((top, height))
}
