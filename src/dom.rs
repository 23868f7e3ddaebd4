//! The few things the app does to the DOM by hand: listen to an element's events for as long as
//! the reactive owner that asked lives, find elements, set an attribute from state, and wait for
//! the event loop's next task. The components build their elements from [`crate::markup`] and wire
//! them with these, so the wasm carries no view framework, only Leptos's reactive state.

use leptos::prelude::StoredValue;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, Event, EventTarget};

/// Calls `handler` with every `event` on `target` (as the event type `E`), until the current
/// reactive owner is cleaned up, which removes the listener.
pub fn listen<E: JsCast + 'static>(target: &EventTarget, event: &'static str, mut handler: impl FnMut(E) + 'static) {
    add(target, event, Box::new(move |ev: Event| handler(ev.unchecked_into())));
}

/// The untyped part of [`listen`], compiled once.
fn add(target: &EventTarget, event: &'static str, handler: Box<dyn FnMut(Event)>) {
    let closure = Closure::wrap(handler);
    _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    // Dropped, and so removed, when the owner is disposed.
    StoredValue::new_local(Listener { target: target.clone(), event, closure });
}

/// A listener in place; removed when dropped.
struct Listener {
    target: EventTarget,
    event: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        _ = self.target.remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
    }
}

/// The elements under `parent` that match `selector`, as `E` (those that are not an `E` left
/// out).
pub fn select_all<E: JsCast>(parent: &Element, selector: &str) -> Vec<E> {
    let Ok(list) = parent.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// The element matching `selector` that the event happened in (its target or an ancestor).
pub fn closest(ev: &Event, selector: &str) -> Option<Element> {
    ev.target()?.dyn_into::<Element>().ok()?.closest(selector).ok()?
}

/// Resolves in a later task of the event loop, so that long work split across it lets the page
/// answer in between.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        _ = leptos::prelude::window().set_timeout_with_callback(&resolve);
    });
    _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Sets a `true`/`false` attribute (`aria-expanded`, `aria-pressed`).
pub fn set_state(element: &Element, name: &str, on: bool) {
    _ = element.set_attribute(name, if on { "true" } else { "false" });
}

/// Sets or removes a boolean attribute (`hidden`, `disabled`).
pub fn set_flag(element: &Element, name: &str, on: bool) {
    _ = if on { element.set_attribute(name, "") } else { element.remove_attribute(name) };
}
