//! The wasm entry point: a panic hook, then the app takes over from the prerendered page.

fn main() {
    console_error_panic_hook::set_once();
    let window = leptos::prelude::window();
    // Remove the prerendered page and mount the app in one task, so nothing paints in between;
    // the reader keeps their place.
    let scrolled = window.scroll_y().unwrap_or(0.0);
    if let Ok(Some(prerendered)) = leptos::prelude::document().query_selector("[data-prerendered]") {
        prerendered.remove();
    }
    leptos::mount::mount_to_body(
        || leptos::view! { <reading_companion::app::App dataset=reading_companion::data::embedded() /> },
    );
    window.scroll_to_with_x_and_y(0.0, scrolled);
}
