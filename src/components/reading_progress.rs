//! A thin bar along the top that shows how far through the page the reader is.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement};

use crate::dom::{document, listen, request_animation_frame, window};
use crate::labels::decimal;
use crate::markup::el;

/// The reading progress bar (decorative: the scroll position is already known to assistive
/// technology), kept in step with scrolling and resizing.
pub fn reading_progress() -> Element {
    let page = document();
    let progress = el("div").attr("class", "progress").attr("aria-hidden", "true").to_dom(&page);
    // A `div` is an HTML element.
    let bar: HtmlElement = el("div").attr("class", "progress__bar").to_dom(&page).unchecked_into();
    _ = progress.append_child(&bar);
    let measure = move || {
        let Some(root) = document().document_element() else { return };
        let scrollable = f64::from(root.scroll_height() - root.client_height());
        let top = window().scroll_y().unwrap_or(0.0);
        let share = if scrollable > 0.0 { (top / scrollable).clamp(0.0, 1.0) } else { 1.0 };
        _ = bar.style().set_property("transform", &format!("scaleX({})", decimal(share, 4)));
    };
    let window = window();
    for event in ["scroll", "resize"] {
        let measure = measure.clone();
        listen(&window, event, move |_: Event| measure());
    }
    request_animation_frame(measure);
    progress
}
