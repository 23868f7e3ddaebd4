//! In an embed, tells the host page how tall the companion is, so its iframe can fit the content
//! (the host side is `src/embed.js`). It posts nothing but the height, a whole number of CSS
//! pixels, and only when it changes.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{ResizeObserver, Window};

/// Starts posting the document's height to the parent window, if there is one.
pub fn report_to_host() {
    let window = leptos::prelude::window();
    let Some(parent) = window.parent().ok().flatten().filter(|p| !js_sys::Object::is(p, &window)) else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let last = Cell::new(0.0);
    let measured = root.clone();
    let post =
        Closure::<dyn Fn()>::new(move || post_height(&parent, measured.get_bounding_client_rect().height(), &last));
    match ResizeObserver::new(post.as_ref().unchecked_ref()) {
        Ok(observer) => observer.observe(&root),
        Err(_) => return,
    }
    // The observer lives as long as the page.
    post.forget();
}

fn post_height(parent: &Window, height: f64, last: &Cell<f64>) {
    let height = height.ceil();
    if height != last.get() {
        last.set(height);
        _ = parent.post_message(&height.into(), "*");
    }
}
