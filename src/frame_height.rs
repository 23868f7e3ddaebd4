//! In an embed, tells the host page how tall the companion is, so its iframe can fit the content
//! (the host side is `src/embed.js`). It posts nothing but the height, a whole number of CSS
//! pixels, and only when it changes: at once, on resizes, and on changes to the page's content,
//! which also reach an iframe that is off screen (where browsers pause resize observers).

use leptos::prelude::window;
use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{MutationObserver, MutationObserverInit, ResizeObserver};

/// Starts posting the document's height to the parent window, if there is one.
pub fn report_to_host() {
    let window = window();
    let Some(parent) = window.parent().ok().flatten().filter(|p| !js_sys::Object::is(p, &window)) else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let last = Cell::new(0.0);
    let measured = root.clone();
    let post = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if height != last.get() {
            last.set(height);
            _ = parent.post_message(&height.into(), "*");
        }
    });
    // The page is prerendered, so its height is known now: an iframe off screen may see no
    // resize and no change for a long while.
    _ = post.as_ref().unchecked_ref::<js_sys::Function>().call0(&wasm_bindgen::JsValue::NULL);
    if let Ok(observer) = ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    if let Ok(observer) = MutationObserver::new(post.as_ref().unchecked_ref()) {
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        options.set_attributes(true);
        options.set_attribute_filter(&js_sys::Array::of2(&"style".into(), &"hidden".into()));
        _ = observer.observe_with_options(&root, &options);
    }
    // The observers live as long as the page.
    post.forget();
}
