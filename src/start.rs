//! Which page starts, in the browser: the article's page hydrates the islands the build
//! prerendered; `open/` (the `open` feature) renders a dataset from elsewhere; `edit/` (the
//! `edit` feature) starts the editor. In an embed, the page also reports its height to the host
//! and hears which part of it is in view.

use crate::frame_height::report_to_host;
use crate::launch::Launch;

/// Starts the page this build is for, as its address asks.
pub fn page() {
    let launch = Launch::from_page();
    if launch.embed {
        report_to_host();
        crate::host_view::listen();
    }
    #[cfg(feature = "edit")]
    if let Some(root) = crate::app::root() {
        crate::editor::start(root);
    }
    #[cfg(all(feature = "open", not(feature = "edit")))]
    if let Some(root) = crate::app::root() {
        wasm_bindgen_futures::spawn_local(crate::open::show(root, launch));
    }
    #[cfg(not(feature = "open"))]
    article(launch);
}

/// Hydrates the prerendered page's islands. This build reads no other dataset (on a site, the
/// start script sends `?data=` to the build that does): asked for one, it shows the built-in
/// article and says so.
#[cfg(not(feature = "open"))]
fn article(launch: Launch) {
    let notice = launch.data.is_some().then_some(&crate::notice::Notice::OnlyBuiltIn);
    let start = crate::launch::Start { embed: launch.embed, notice };
    #[cfg(feature = "hydrate")]
    crate::app::hydrate(start);
    #[cfg(not(feature = "hydrate"))]
    let _ = start;
}
