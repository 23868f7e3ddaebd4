//! The page's script loading, made fit for a strict Content-Security-Policy: Trunk starts the
//! WebAssembly from an inline `<script type="module">`, which `script-src 'self'` forbids. This
//! moves that loader into a file of its own beside the page, with Subresource Integrity; the
//! stylesheets, the JavaScript glue and the wasm keep the integrity Trunk gave them. The built
//! page is read and rewritten with an HTML parser (`lol_html`), so Trunk's minified markup is
//! understood as a browser would. Build-time only.

use std::cell::RefCell;

use base64::Engine;
use lol_html::html_content::{ContentType, Element};
use lol_html::{HandlerResult, RewriteStrSettings, element, rewrite_str};
use sha2::{Digest, Sha384};

/// The folder, beside the release build, of its second build: the one with the `open` feature,
/// which reads datasets from elsewhere (`./run` builds it there; `embed.js` points `data-src`
/// frames at it).
pub const OPEN_FOLDER: &str = "open";

/// The folder, beside the release build, of its third build: the editor (the `edit` feature).
pub(crate) const EDIT_FOLDER: &str = "edit";

/// Whether Trunk is building the editor (the `edit` feature).
pub fn building_edit() -> bool {
    std::env::var("TRUNK_BUILD_FEATURES").is_ok_and(|features| features.split(',').any(|f| f.trim() == "edit"))
}

/// Whether Trunk is building the page for datasets from elsewhere (the `open` feature): Trunk
/// runs its hooks with the build's cargo features in `TRUNK_BUILD_FEATURES`.
pub fn building_open() -> bool {
    std::env::var("TRUNK_BUILD_FEATURES").is_ok_and(|features| features.split(',').any(|f| f.trim() == "open"))
}

/// The files Trunk's loader starts, by the names its preload links give them.
#[derive(Debug, PartialEq, Eq)]
pub struct Started {
    /// The wasm-bindgen JavaScript glue (`reading-companion-<hash>.js`).
    pub glue: String,
    /// The WebAssembly (`reading-companion-<hash>_bg.wasm`).
    pub wasm: String,
}

/// The glue and the wasm a built page preloads, if it does.
pub fn started_files(html: &str) -> Option<Started> {
    let (glue, wasm) = (RefCell::new(None), RefCell::new(None));
    let settings = [
        element!("link[rel=modulepreload][href]", |el| {
            glue.replace(el.get_attribute("href"));
            Ok(())
        }),
        element!("link[rel=preload][href$='.wasm']", |el| {
            wasm.replace(el.get_attribute("href"));
            Ok(())
        }),
    ]
    .into_iter()
    .fold(RewriteStrSettings::new(), RewriteStrSettings::append_element_content_handler);
    rewrite_str(html, settings).ok()?;
    let name = |href: Option<String>| href.map(|href| file_name(&href).to_owned());
    Some(Started { glue: name(glue.into_inner())?, wasm: name(wasm.into_inner())? })
}

/// What hydrates the islands of the article's page once its wasm has started: a script that
/// defines `hydrateIslands(bindings)`, for the start script and the single file.
pub(crate) const ISLANDS_SCRIPT: &str = include_str!("islands.js");

/// What every start script does, by the page it starts (`start.js`).
const START_SCRIPT: &str = include_str!("start.js");

/// The loader as a module file: its first lines import the glue by a path relative to itself (so
/// the build works from any folder) and name the wasm and the page; the rest is `start.js` (and,
/// on the article's page, [`ISLANDS_SCRIPT`]). On the article's page it hydrates the page's
/// islands once the wasm has started, and an address with `?data=` goes on to `open/` instead;
/// on `open/` it first shows the prerendered article where no dataset is asked for.
pub fn start_script(started: &Started, role: StartRole) -> String {
    let (name, open_folder) = match role {
        StartRole::Article { open_folder } => ("article", open_folder),
        StartRole::Open => ("open", OPEN_FOLDER),
        StartRole::Edit => ("edit", OPEN_FOLDER),
    };
    let page = serde_json::json!({ "role": name, "openFolder": open_folder, "awaiting": crate::launch::AWAITING });
    let islands = if matches!(role, StartRole::Article { .. }) { ISLANDS_SCRIPT } else { "" };
    format!(
        "import init, * as bindings from \"./{}\";\n\
         const wasm = new URL(\"./{}\", import.meta.url);\n\
         const page = {page};\n\
         {}{}",
        started.glue,
        started.wasm,
        without_comments(START_SCRIPT),
        without_comments(islands)
    )
}

/// `js` without its whole-line comments, which explain the source and are no use to a reader's
/// browser. Our scripts keep every comment on lines of its own.
pub(crate) fn without_comments(js: &str) -> String {
    js.lines().filter(|line| !line.trim_start().starts_with("//")).flat_map(|line| [line, "\n"]).collect()
}

/// Which page a start script starts, and so what it does besides starting the wasm.
#[derive(Clone, Copy, Debug)]
pub enum StartRole<'a> {
    /// The article's page: sends `?data=` on to `open_folder`, else hydrates its islands.
    Article { open_folder: &'a str },
    /// `open/`: shows its prerendered article at once where no dataset is asked for (see
    /// [`crate::launch::AWAITING`]).
    Open,
    /// The editor.
    Edit,
}

/// The file name the loader is written to: the glue's, so it changes when the build does.
pub fn start_file_name(started: &Started) -> String {
    format!("{}-start.js", started.glue.trim_end_matches(".js"))
}

/// `html` with its inline module script (Trunk's loader) replaced by a `<script src>` of `start`
/// (its file name) with `start_sri`; `None` if it has no such script.
pub fn externalise(html: &str, start: &str, start_sri: &str) -> Option<String> {
    let script = format!(
        "<script type=\"module\" src=\"./{start}\" integrity=\"{start_sri}\" crossorigin=\"anonymous\"></script>"
    );
    changed(html, "script[type=module]:not([src])", |el| {
        el.replace(&script, ContentType::Html);
        Ok(())
    })
}

/// `html` with the integrity of its preloaded glue set to `glue_sri`; `None` if it preloads no
/// glue. The glue is minified after Trunk has built the page (Trunk's own minifier does not read
/// wasm-bindgen's glue and leaves it whole: see Trunk.toml), so its bytes, and their hash, change.
pub fn with_glue_integrity(html: &str, glue_sri: &str) -> Option<String> {
    changed(html, "link[rel=modulepreload][href]", |el| Ok(el.set_attribute("integrity", glue_sri)?))
}

/// `html` with `change` made to each element `selector` matches; `None` if none does, or if it
/// cannot be read.
fn changed(html: &str, selector: &str, change: impl Fn(&mut Element<'_, '_>) -> HandlerResult) -> Option<String> {
    let matched = RefCell::new(false);
    let settings = [element!(selector, |el| {
        matched.replace(true);
        change(el)
    })]
    .into_iter()
    .fold(RewriteStrSettings::new(), RewriteStrSettings::append_element_content_handler);
    let out = rewrite_str(html, settings).ok()?;
    matched.into_inner().then_some(out)
}

/// The Subresource Integrity value of `bytes` (`sha384-…`).
pub fn sri(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::{
        StartRole, Started, externalise, sri, start_file_name, start_script, started_files, with_glue_integrity,
    };

    /// A page as Trunk writes it with `minify`: unquoted, reordered attributes.
    const BUILT: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>T</title>\
        <link href=./base-1.css integrity=sha384-x rel=stylesheet crossorigin=anonymous>\
        <link crossorigin=anonymous href=./reading-companion-ab12.js integrity=sha384-g rel=modulepreload>\
        <link as=fetch crossorigin=anonymous href=./reading-companion-ab12_bg.wasm integrity=sha384-w \
        rel=preload type=application/wasm>\
        <script type=module>import init,*as bindings from\"./reading-companion-ab12.js\";\
        const wasm=await init({module_or_path:\"./reading-companion-ab12_bg.wasm\"});</script>\
        <body><div id=companion></div></body></html>";

    #[test]
    fn the_minified_glue_gets_its_own_integrity_and_nothing_else_changes() {
        let html = with_glue_integrity(BUILT, "sha384-m").expect("the glue is preloaded");
        assert!(html.contains("href=./reading-companion-ab12.js integrity=\"sha384-m\" rel=modulepreload>"), "{html}");
        assert!(html.contains("integrity=sha384-x") && html.contains("integrity=sha384-w"), "the others keep theirs");
        assert_eq!(with_glue_integrity("<html><body></body></html>", "sha384-m"), None);
    }

    #[test]
    fn integrity_is_the_sha384_of_the_bytes() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(sri(b"abc"), "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn");
    }

    #[test]
    fn the_inline_loader_becomes_a_file_with_integrity() {
        let started = started_files(BUILT).expect("the preloads are found");
        assert_eq!(
            started,
            Started { glue: "reading-companion-ab12.js".into(), wasm: "reading-companion-ab12_bg.wasm".into() }
        );
        assert_eq!(start_file_name(&started), "reading-companion-ab12-start.js");
        let script = start_script(&started, StartRole::Edit);
        assert!(script.starts_with("import init, * as bindings from \"./reading-companion-ab12.js\";\n"), "{script}");
        assert!(script.contains("\nconst wasm = new URL(\"./reading-companion-ab12_bg.wasm\", import.meta.url);\n"));
        assert!(
            script.contains(
                "\nconst page = {\"awaiting\":\"data-awaiting\",\"openFolder\":\"open\",\"role\":\"edit\"};\n"
            )
        );
        assert!(script.contains("await init({ module_or_path: wasm });"), "{script}");
        assert!(!script.contains("function hydrateIslands"), "the editor has no islands: {script}");
        let open = start_script(&started, StartRole::Open);
        assert!(open.contains("\"role\":\"open\"") && !open.contains("function hydrateIslands"), "{open}");
        let article = start_script(&started, StartRole::Article { open_folder: "open" });
        assert!(
            article.contains("\"role\":\"article\"") && article.contains("async function hydrateIslands(bindings)")
        );
        assert_eq!(article.matches("import ").count(), 1, "one import, first: {article}");
        assert!(!article.contains("//") && article.contains("await hydrateIslands(bindings);\n"), "{article}");

        let html = externalise(BUILT, "start.js", "sha384-s").expect("the loader is replaced");
        assert!(!html.contains("<script type=module>"), "no inline script is left: {html}");
        assert!(html.contains(
            "<script type=\"module\" src=\"./start.js\" integrity=\"sha384-s\" crossorigin=\"anonymous\"></script>"
        ));
        assert!(html.contains("<link href=./base-1.css integrity=sha384-x rel=stylesheet crossorigin=anonymous>"));
    }

    #[test]
    fn a_page_without_an_inline_loader_is_left_alone() {
        let page = "<head><script type=module src=x.js></script></head>";
        assert_eq!(externalise(page, "start.js", "sha384-s"), None);
        assert_eq!(started_files(page), None);
    }
}
