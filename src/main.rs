//! The wasm entry point: a panic hook, then the page starts. The article's page hydrates the
//! islands the build prerendered; `open/` (the `open` feature) renders a dataset from elsewhere.

use reading_companion::frame_height::report_to_host;
use reading_companion::launch::Launch;

fn main() {
    console_error_panic_hook::set_once();
    let launch = Launch::from_page();
    if launch.embed {
        report_to_host();
        reading_companion::host_view::listen();
    }
    #[cfg(feature = "edit")]
    if let Some(root) = reading_companion::app::root() {
        reading_companion::editor::start(root);
    }
    #[cfg(all(feature = "open", not(feature = "edit")))]
    if let Some(root) = reading_companion::app::root() {
        wasm_bindgen_futures::spawn_local(reading_companion::open::show(root, launch));
    }
    #[cfg(not(feature = "open"))]
    start(launch);
}

/// Hydrates the prerendered page's islands. This build reads no other dataset (on a site, the
/// start script sends `?data=` to the build that does): asked for one, it shows the built-in
/// article and says so.
#[cfg(not(feature = "open"))]
fn start(launch: Launch) {
    let notice = launch.data.is_some().then_some(&reading_companion::notice::Notice::OnlyBuiltIn);
    let start = reading_companion::app::Start { embed: launch.embed, notice };
    #[cfg(feature = "hydrate")]
    reading_companion::app::hydrate(start);
    #[cfg(not(feature = "hydrate"))]
    let _ = start;
}
