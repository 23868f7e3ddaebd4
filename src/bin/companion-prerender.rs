//! `companion-prerender INDEX_HTML`: renders the built-in dataset's page into a built
//! `index.html` (Trunk runs it after each build) with the same Leptos components that hydrate it,
//! and writes the page's title, description and language from the data (and, for `open/`, the
//! dataset its wasm reads), so the article reads before and without the wasm.

use std::cell::Cell;
use std::process::ExitCode;

use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str};
use reading_companion::app::ROOT_ID;
use reading_companion::loader::{building_edit, building_open};
use reading_companion::model::Dataset;
use reading_companion::prerender::{dataset_script, page};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: companion-prerender INDEX_HTML");
        return ExitCode::from(2);
    };
    let dataset = match Dataset::from_json(reading_companion::data::EMBEDDED_JSON) {
        Ok(dataset) => &*Box::leak(Box::new(dataset)),
        Err(error) => {
            eprintln!("companion-prerender: the embedded dataset is invalid: {error}");
            return ExitCode::FAILURE;
        }
    };
    let html = std::fs::read_to_string(&path).map_err(|e| e.to_string());
    let filled = if building_edit() {
        html.and_then(|html| editor_page(&html, std::path::Path::new(&path)))
    } else {
        html.and_then(|html| fill(&html, dataset))
    };
    match filled.and_then(|html| std::fs::write(&path, html).map_err(|e| e.to_string())) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("companion-prerender: {path}: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The editor's stylesheet: only its page loads it.
const EDITOR_CSS: &str = include_str!("../../style/editor.css");

/// `html` as the editor's page (which renders in the browser): its title and description, a line
/// in the root until the editor starts, and its stylesheet, written beside the page at `path`.
fn editor_page(html: &str, path: &std::path::Path) -> Result<String, String> {
    let css = path.with_file_name("editor.css");
    std::fs::write(&css, EDITOR_CSS).map_err(|e| format!("{}: {e}", css.display()))?;
    let settings = [
        // After the title: the minified page has no `<head>` tags to put it in.
        element!("title", |el| {
            el.set_inner_content("Editor · Reading Companion", ContentType::Text);
            el.after("<link rel=\"stylesheet\" href=\"editor.css\">", ContentType::Html);
            Ok(())
        }),
        element!("meta[name=description]", |el| {
            el.set_attribute("content", "Make a Reading Companion for your own text, in the browser.")?;
            Ok(())
        }),
        element!(&format!("#{ROOT_ID}"), |el| {
            el.set_inner_content(
                "<p class=\"editor__loading\">Loading the editor… It needs JavaScript and WebAssembly.</p>",
                ContentType::Html,
            );
            Ok(())
        }),
    ]
    .into_iter()
    .fold(RewriteStrSettings::new(), RewriteStrSettings::append_element_content_handler);
    rewrite_str(html, settings).map_err(|e| e.to_string())
}

/// `html` with the page in its root element, the title, description and language from the
/// data, and the dataset at the end of the body. The root's content is written exactly as
/// rendered: hydration walks it node by node.
fn fill(html: &str, dataset: &'static Dataset) -> Result<String, String> {
    let attribute = |text: &str| html_escape::encode_double_quoted_attribute(text).into_owned();
    let title = format!("{} · Reading Companion", dataset.article.title());
    let description = dataset.article.description().map(|text| attribute(&text));
    // Only the page for datasets from elsewhere renders in the browser, and reads the dataset;
    // the article's page hydrates its islands, whose props carry what they need.
    let (page, data) = (page(dataset), building_open().then(|| dataset_script(dataset)));
    let rooted = Cell::new(false);
    let settings = [
        element!("html", |el| {
            if let Some(language) = &dataset.language {
                el.set_attribute("lang", &attribute(language))?;
            }
            Ok(())
        }),
        element!("title", |el| {
            el.set_inner_content(&title, ContentType::Text);
            Ok(())
        }),
        element!("meta[name=description]", |el| {
            if let Some(description) = &description {
                el.set_attribute("content", description)?;
            }
            Ok(())
        }),
        element!(&format!("#{ROOT_ID}"), |el| {
            el.set_inner_content(&page, ContentType::Html);
            rooted.set(true);
            Ok(())
        }),
        // The dataset the wasm reads, after the page: the article's text arrives, and paints, first.
        element!("body", |el| {
            if let Some(data) = &data {
                el.append(data, ContentType::Html);
            }
            Ok(())
        }),
    ]
    .into_iter()
    .fold(RewriteStrSettings::new(), RewriteStrSettings::append_element_content_handler);
    let out = rewrite_str(html, settings).map_err(|e| e.to_string())?;
    if rooted.get() { Ok(out) } else { Err(format!("no <div id=\"{ROOT_ID}\"> to render the page into")) }
}
