//! A thin bar along the top that shows how far through the page the reader is.

use leptos::ev;
use leptos::prelude::*;

use crate::labels::decimal;

/// The reading progress bar (decorative: the scroll position is already known to assistive
/// technology).
#[component]
pub fn ReadingProgress() -> impl IntoView {
    let progress = RwSignal::new(0.0f64);
    let measure = move || {
        let Some(root) = document().document_element() else { return };
        let scrollable = f64::from(root.scroll_height() - root.client_height());
        let top = window().scroll_y().unwrap_or(0.0);
        progress.set(if scrollable > 0.0 { (top / scrollable).clamp(0.0, 1.0) } else { 1.0 });
    };
    let scroll = window_event_listener(ev::scroll, move |_| measure());
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || {
        scroll.remove();
        resize.remove();
    });
    request_animation_frame(measure);
    view! {
        <div class="progress" aria-hidden="true">
            <div class="progress__bar" style:transform=move || format!("scaleX({})", decimal(progress.get(), 4))></div>
        </div>
    }
}
