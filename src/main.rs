//! The wasm entry point: a panic hook, then the app takes over from the prerendered page, as a
//! page or an embed, with the built-in dataset or one named in the address.

use reading_companion::app::take_over;
use reading_companion::dom::{document, window};
use reading_companion::frame_height::report_to_host;
use reading_companion::launch::Launch;

fn main() {
    console_error_panic_hook::set_once();
    let window = window();
    let document = document();
    let launch = Launch::from_query(&window.location().search().unwrap_or_default());
    if launch.embed {
        if let Some(root) = document.document_element() {
            _ = root.set_attribute("data-embed", "");
        }
        report_to_host();
    }
    take_over(launch);
}
