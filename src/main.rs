//! The wasm entry point: a panic hook, then mount the app on the embedded dataset.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(
        || leptos::view! { <reading_companion::app::App dataset=reading_companion::data::embedded() /> },
    );
}
