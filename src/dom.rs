//! The few things the app does to the DOM by hand: listen to an element's events for as long as
//! the reactive owner that asked lives, run effects, find elements, set an attribute from state,
//! and set timers or wait for the event loop's next task or frame. The components build their
//! elements from [`crate::markup`] and wire them with these, so the wasm carries no view
//! framework, only Leptos's reactive state (`reactive_graph`).

use std::time::Duration;

use reactive_graph::effect::Effect;
use reactive_graph::owner::StoredValue;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Event, EventTarget, Window};

/// The page's window. The app only runs in a page, which always has one.
pub fn window() -> Window {
    web_sys::window().unwrap_or_else(|| unreachable!("the app runs in a page"))
}

/// The page's document.
pub fn document() -> Document {
    window().document().unwrap_or_else(|| unreachable!("the app runs in a page"))
}

/// Calls `callback` before the next frame is painted.
pub fn request_animation_frame(callback: impl FnOnce() + 'static) {
    _ = window().request_animation_frame(&once(Box::new(callback)));
}

/// Calls `callback` after `delay`, in a later task.
pub fn set_timeout(callback: impl FnOnce() + 'static, delay: Duration) {
    _ = set_timeout_with_handle(callback, delay);
}

/// Calls `callback` after `delay`, unless the returned handle is cleared first.
pub fn set_timeout_with_handle(callback: impl FnOnce() + 'static, delay: Duration) -> Option<TimeoutHandle> {
    start_timeout(&once(Box::new(callback)), delay)
}

/// The untyped part of [`set_timeout_with_handle`], compiled once.
fn start_timeout(callback: &js_sys::Function, delay: Duration) -> Option<TimeoutHandle> {
    let ms = i32::try_from(delay.as_millis()).unwrap_or(i32::MAX);
    window().set_timeout_with_callback_and_timeout_and_arguments_0(callback, ms).ok().map(TimeoutHandle)
}

/// A JS function that calls `callback` the first time it is called. The JS engine frees it once
/// it is no longer referenced, called or not (a cancelled timer's callback included).
fn once(callback: Box<dyn FnOnce()>) -> js_sys::Function {
    let mut callback = Some(callback);
    let closure: JsValue = Closure::<dyn FnMut()>::new(move || {
        if let Some(callback) = callback.take() {
            callback();
        }
    })
    .into_js_value();
    closure.unchecked_into()
}

/// A pending [`set_timeout_with_handle`] callback.
#[derive(Clone, Copy)]
pub struct TimeoutHandle(i32);

impl TimeoutHandle {
    /// Cancels the callback, if it has not run yet.
    pub fn clear(self) {
        window().clear_timeout_with_handle(self.0);
    }
}

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

/// Runs `body` as soon as the current task's own work is done (Leptos schedules an effect's first
/// run), and again whenever a signal it read changes, for as long as the current reactive owner
/// lives. Every effect goes through this one boxed form, so the wasm holds Leptos's
/// effect machinery once rather than once per closure.
pub fn effect(body: impl FnMut() + 'static) {
    run_effect(Box::new(body));
}

fn run_effect(mut body: Box<dyn FnMut()>) {
    Effect::new(move |_| body());
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
        _ = window().set_timeout_with_callback(&resolve);
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
