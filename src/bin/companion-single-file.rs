//! `companion-single-file DIST OUT`: one self-contained HTML file from a release build (CSS,
//! JavaScript, WebAssembly and data inlined) that works opened from `file://` with no network.

use std::path::Path;
use std::process::ExitCode;

use base64::Engine;
use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str};
use reading_companion::loader::ISLANDS_SCRIPT;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, out] = args.as_slice() else {
        eprintln!("usage: companion-single-file DIST OUT");
        return ExitCode::from(2);
    };
    match build(Path::new(dist)).and_then(|html| std::fs::write(out, html).map_err(|e| format!("{out}: {e}"))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("companion-single-file: {error}");
            ExitCode::FAILURE
        }
    }
}

fn read(dist: &Path, href: &str) -> Result<Vec<u8>, String> {
    let path = dist.join(href.trim_start_matches('/').trim_start_matches("./"));
    std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
}

fn text(dist: &Path, href: &str) -> Result<String, String> {
    String::from_utf8(read(dist, href)?).map_err(|e| format!("{href}: {e}"))
}

/// What a `<script>` may hold of `text` as a JavaScript string literal: JSON, with no `</script`
/// or `<!--` to end or change the element.
fn literal(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default().replace('<', "\\u003c")
}

/// The built page with each stylesheet inlined as `<style>`, the preloads gone, and the loader
/// replaced by a script that starts the wasm from bytes in the page: the glue is imported from
/// a `blob:` address made of its text, as a module must be.
fn build(dist: &Path) -> Result<String, String> {
    let html = text(dist, "index.html")?;
    let settings = [
        element!("link[rel=stylesheet][href]", |el| {
            let css = text(dist, &el.get_attribute("href").unwrap_or_default())?;
            el.replace(&format!("<style>{}</style>", css.replace("</style", "<\\/style")), ContentType::Html);
            Ok(())
        }),
        element!("link[rel=modulepreload], link[rel=preload]", |el| {
            el.remove();
            Ok(())
        }),
        element!("script[type=module][src]", |el| {
            let start = text(dist, &el.get_attribute("src").unwrap_or_default())?;
            let glue = between(&start, "from \"", "\"").ok_or("no JavaScript in the loader")?;
            let wasm = between(&start, "module_or_path: new URL(\"", "\"").ok_or("no wasm in the loader")?;
            let (glue, wasm) = (text(dist, glue)?, base64::engine::general_purpose::STANDARD.encode(read(dist, wasm)?));
            el.replace(
                &format!(
                    "<script type=\"module\">\n\
                         const glue = URL.createObjectURL(new Blob([{}], {{ type: \"text/javascript\" }}));\n\
                         const bindings = await import(glue);\n\
                         bindings.initSync({{ module: Uint8Array.from(atob(\"{wasm}\"), (c) => c.charCodeAt(0)) }});\n\
                         await hydrateIslands(bindings);\n\
                         {ISLANDS_SCRIPT}</script>",
                    literal(&glue)
                ),
                ContentType::Html,
            );
            Ok(())
        }),
    ]
    .into_iter()
    .fold(RewriteStrSettings::new(), RewriteStrSettings::append_element_content_handler);
    rewrite_str(&html, settings).map_err(|e| e.to_string())
}

/// The text between `start` and the next `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    Some(&text[from..from + text[from..].find(end)?])
}
