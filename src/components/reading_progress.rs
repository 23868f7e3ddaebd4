//! A thin bar along the top that shows how far through the page the reader is.

use leptos::prelude::*;

use crate::i18n::decimal;

/// The reading progress bar (decorative: the scroll position is already known to assistive
/// technology), kept in step with scrolling and resizing. An embed hides it (`style/tools.css`).
/// At the top of the page it has no inline style at all: the prerendered page may hold none, as
/// a strict Content-Security-Policy forbids style attributes in markup (the app then sets the
/// bar's transform through the CSSOM, which the policy allows). An island.
#[cfg_attr(feature = "islands", island)]
#[cfg_attr(not(feature = "islands"), component)]
pub fn ReadingProgress() -> impl IntoView {
    let share = RwSignal::new(0.0_f64);
    let measure = move || {
        let Some(root) = document().document_element() else { return };
        let scrollable = f64::from(root.scroll_height() - root.client_height());
        let top = window().scroll_y().unwrap_or(0.0);
        share.set(if scrollable > 0.0 { (top / scrollable).clamp(0.0, 1.0) } else { 1.0 });
    };
    // In the browser only, once mounted.
    Effect::new(move |_| {
        let handles = ["scroll", "resize"].map(|event| window_event_listener_untyped(event, move |_| measure()));
        on_cleanup(move || handles.into_iter().for_each(|handle| handle.remove()));
        request_animation_frame(measure);
    });
    view! {
        <div class="progress" aria-hidden="true">
            <div
                class="progress__bar"
                style:transform=move || {
                    let share = share.get();
                    (share > 0.0).then(|| format!("scaleX({})", decimal(share, 4)))
                }
            ></div>
        </div>
    }
}
