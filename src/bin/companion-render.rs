//! `companion-render`: the site build's page renderer (Leptos's `ssr`) compiled to wasm, which the
//! editor runs in a worker (`src/render-worker.js`) when a person downloads a draft's page or its
//! single offline file: the page is made by the same code as `companion-site` makes it, so it
//! is the same bytes. `./run` builds it into the editor's folder; natively it does nothing.

#[cfg(target_arch = "wasm32")]
mod in_the_browser {
    use std::collections::HashMap;

    use reading_companion::site::publish::PageRequest;
    use reading_companion::site::single_file::{Inlining, single_file};
    use serde_json::json;
    use wasm_bindgen::prelude::*;

    fn request(json: &str) -> Result<PageRequest, String> {
        serde_json::from_str(json)
            .map_err(|e| format!("The editor asked for a page in words the renderer does not know: {e}"))
    }

    /// The draft's page in its site, its oEmbed answer and embed snippets, as JSON
    /// ([`reading_companion::site::publish::DraftPage`]); or why there is none.
    #[wasm_bindgen]
    pub fn render_page(json: &str) -> Result<String, String> {
        let page = request(json)?.page().map_err(|e| e.to_string())?;
        serde_json::to_string(&page).map_err(|e| e.to_string())
    }

    /// The draft's page as the single-article build writes it: what its single offline file is
    /// made from.
    #[wasm_bindgen]
    pub fn render_article_page(json: &str) -> Result<String, String> {
        request(json)?.article_page().map_err(|e| e.to_string())
    }

    /// `html` as one offline file, as JSON `{"html": …}`, once `names` and `files` (the site's
    /// files by the address the page names them by) hold all it loads; until then
    /// `{"needs": address}`, the next one to fetch.
    #[wasm_bindgen]
    pub fn inline_files(html: &str, names: Vec<String>, files: Vec<js_sys::Uint8Array>) -> Result<String, String> {
        let files: HashMap<String, Vec<u8>> = names.into_iter().zip(files.iter().map(|f| f.to_vec())).collect();
        match single_file(html, &files) {
            Ok(html) => Ok(json!({ "html": html }).to_string()),
            Err(Inlining::Needs(name)) => Ok(json!({ "needs": name }).to_string()),
            Err(Inlining::Broken(why)) => Err(format!("The site's files cannot be made into one file: {why}")),
        }
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("companion-render runs in the browser, in the editor: ./run build makes it");
}
