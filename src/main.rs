//! The wasm entry point: a panic hook, then the page starts. The article's page hydrates what
//! the build prerendered; `open/` (the `open` feature) renders a dataset from elsewhere.

use reading_companion::app::root;
use reading_companion::frame_height::report_to_host;
use reading_companion::launch::Launch;

fn main() {
    console_error_panic_hook::set_once();
    let launch = Launch::from_page();
    if launch.embed {
        report_to_host();
    }
    let Some(root) = root() else { return };
    #[cfg(feature = "open")]
    wasm_bindgen_futures::spawn_local(reading_companion::open::show(root, launch));
    #[cfg(not(feature = "open"))]
    start(root, launch);
}

/// Hydrates the prerendered page with the page's dataset. This build reads no other dataset (on
/// a site, the start script sends `?data=` to the build that does): asked for one, it shows the
/// built-in article and says so. Should the page's dataset be missing or damaged, it says that
/// instead of hydrating a page that is not its own.
#[cfg(not(feature = "open"))]
fn start(root: web_sys::HtmlElement, launch: Launch) {
    use reading_companion::app;
    use reading_companion::data::embedded;
    match embedded() {
        #[cfg(feature = "hydrate")]
        Ok(dataset) => {
            let notice = launch.data.is_some().then_some(&reading_companion::notice::Notice::OnlyBuiltIn);
            app::hydrate(root, dataset, notice, launch.embed);
        }
        _ => {
            root.set_text_content(None);
            app::mount(root, embedded(), None, launch.embed).forget();
        }
    }
}
