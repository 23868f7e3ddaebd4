//! The wasm entry point. Which page starts (the article's, `open/` or the editor) is the
//! library's business: see `reading_companion::start`.

fn main() {
    console_error_panic_hook::set_once();
    reading_companion::start::page();
}
