//! One self-contained HTML file from a page and the files it loads (CSS, JavaScript, WebAssembly
//! inlined) that works opened from `file://` with no network: `companion-single-file` makes it
//! from a release build, and the editor from a draft's page and the files of the site it is in.

use std::collections::HashMap;

use base64::Engine;
use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str};

use crate::loader::{ISLANDS_SCRIPT, started_files, without_comments};

/// Why no file was made yet.
#[derive(Debug, PartialEq)]
pub enum Inlining {
    /// The page loads a file not given: its address as the page names it (`./base-1.css`).
    Needs(String),
    /// The page or a file it loads is not what a build makes: what is wrong.
    Broken(String),
}

/// `html` (a page at the root of a build, beside its files) with each stylesheet inlined as
/// `<style>`, the preloads gone, and the start script replaced by one that starts the wasm the
/// page preloads from bytes in the page (the glue is imported from a `blob:` address made of its
/// text, as a module must be). The page is one at the root of its build, so what it preloads is
/// beside it. `files` holds the files by the address the page or its start script names them by;
/// the first one missing is [`Inlining::Needs`], so a caller can fetch it and ask again.
pub fn single_file(html: &str, files: &HashMap<String, Vec<u8>>) -> Result<String, Inlining> {
    let text = |name: &str| -> Result<String, Inlining> {
        let bytes = files.get(name).ok_or_else(|| Inlining::Needs(name.to_owned()))?;
        String::from_utf8(bytes.clone()).map_err(|e| Inlining::Broken(format!("{name}: {e}")))
    };
    // The glue and the wasm the page preloads, beside it: what its start script starts.
    let started = started_files(html).ok_or_else(|| Inlining::Broken("the page preloads no glue and wasm".into()))?;
    let (glue, wasm) = (format!("./{}", started.glue), format!("./{}", started.wasm));
    let missing = std::cell::RefCell::new(None);
    let keep = |error: Inlining| {
        missing.borrow_mut().get_or_insert(error);
        "inlining".to_owned()
    };
    let settings = [
        element!("link[rel=stylesheet][href]", |el| {
            let css = text(&el.get_attribute("href").unwrap_or_default()).map_err(keep)?;
            el.replace(&format!("<style>{}</style>", css.replace("</style", "<\\/style")), ContentType::Html);
            Ok(())
        }),
        // Nothing is beside the file: not its preloads, nor its pages in other languages, which
        // its reading options offer no more (their list is the build's HTML, which hydration
        // does not walk: it is the options' children).
        element!(
            "link[rel=modulepreload], link[rel=preload], link[rel=alternate][hreflang], .tools__languages",
            |el| {
                el.remove();
                Ok(())
            }
        ),
        element!("script[type=module][src]", |el| {
            let glue = text(&glue).map_err(keep)?;
            let wasm = files.get(&wasm).ok_or_else(|| keep(Inlining::Needs(wasm.clone())))?;
            let wasm = base64::engine::general_purpose::STANDARD.encode(wasm);
            el.replace(
                &format!(
                    "<script type=\"module\">\n\
                         const glue = URL.createObjectURL(new Blob([{}], {{ type: \"text/javascript\" }}));\n\
                         const bindings = await import(glue);\n\
                         bindings.initSync({{ module: Uint8Array.from(atob(\"{wasm}\"), (c) => c.charCodeAt(0)) }});\n\
                         await hydrateIslands(bindings);\n\
                         {}</script>",
                    literal(&glue),
                    without_comments(ISLANDS_SCRIPT)
                ),
                ContentType::Html,
            );
            Ok(())
        }),
    ]
    .into_iter()
    .fold(RewriteStrSettings::new(), RewriteStrSettings::append_element_content_handler);
    let out = rewrite_str(html, settings);
    match (missing.into_inner(), out) {
        (Some(missing), _) => Err(missing),
        (None, out) => out.map_err(|e| Inlining::Broken(e.to_string())),
    }
}

/// What a `<script>` may hold of `text` as a JavaScript string literal: JSON, with no `</script`
/// or `<!--` to end or change the element.
fn literal(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default().replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::{Inlining, single_file};

    const PAGE: &str = "<html><head><link rel=stylesheet href=./a-1.css><link rel=modulepreload href=./g-1.js>\
        <link rel=preload as=fetch href=./g-1_bg.wasm type=application/wasm>\
        </head><body><div id=companion><p>Text</p></div><script type=module src=./s-1.js></script></body></html>";

    fn files(names: &[(&str, &[u8])]) -> HashMap<String, Vec<u8>> {
        names.iter().map(|(name, bytes)| ((*name).to_owned(), bytes.to_vec())).collect()
    }

    #[test]
    fn each_file_the_page_loads_is_asked_for_in_turn_then_inlined() {
        let mut given = files(&[]);
        let mut asked = Vec::new();
        let html = loop {
            match single_file(PAGE, &given) {
                Ok(html) => break html,
                Err(Inlining::Needs(name)) => {
                    let bytes: &[u8] = match name.as_str() {
                        "./a-1.css" => b"p { color: red } </style>",
                        "./g-1.js" => b"export function initSync() {} // </script>",
                        "./g-1_bg.wasm" => b"\0asm",
                        other => panic!("asked for {other}"),
                    };
                    asked.push(name.clone());
                    given.insert(name, bytes.to_vec());
                }
                Err(other) => panic!("{other:?}"),
            }
        };
        assert_eq!(asked, ["./a-1.css", "./g-1.js", "./g-1_bg.wasm"], "the start script is not needed");
        assert!(html.contains("<style>p { color: red } <\\/style></style>"), "{html}");
        assert!(!html.contains("modulepreload") && !html.contains("src=./s-1.js"));
        assert!(html.contains("atob(\"AGFzbQ==\")"), "the wasm's bytes are in the page");
        assert!(html.contains("\\u003c/script>") && !html.contains("// </script>"), "the glue cannot end its script");
        assert!(html.contains("<div id=companion><p>Text</p></div>"));
    }

    #[test]
    fn a_page_that_preloads_no_wasm_is_broken() {
        let page = PAGE.replace("<link rel=preload as=fetch href=./g-1_bg.wasm type=application/wasm>", "");
        let given = files(&[("./a-1.css", b""), ("./g-1.js", b"")]);
        assert_eq!(single_file(&page, &given), Err(Inlining::Broken("the page preloads no glue and wasm".into())));
    }
}
