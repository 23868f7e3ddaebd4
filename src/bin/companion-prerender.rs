//! `companion-prerender INDEX_HTML`: writes the embedded dataset's page into a built
//! `index.html` (Trunk runs it after each build), with the page title, description and language
//! from the data, so the article reads before and without the wasm.

use std::process::ExitCode;

use reading_companion::model::{BlockKind, Dataset};
use reading_companion::prerender::{dataset_script, escape, page};

/// Where the page goes in `index.html`.
const MARKER: &str = "<!-- prerendered page -->";

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: companion-prerender INDEX_HTML");
        return ExitCode::from(2);
    };
    let dataset = match Dataset::from_json(reading_companion::data::EMBEDDED_JSON) {
        Ok(dataset) => dataset,
        Err(error) => {
            eprintln!("companion-prerender: the embedded dataset is invalid: {error}");
            return ExitCode::FAILURE;
        }
    };
    let html = match std::fs::read_to_string(&path) {
        Ok(html) => html,
        Err(error) => {
            eprintln!("companion-prerender: {path}: {error}");
            return ExitCode::from(2);
        }
    };
    match fill(&html, &dataset) {
        Some(filled) => match std::fs::write(&path, filled) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("companion-prerender: {path}: {error}");
                ExitCode::FAILURE
            }
        },
        None => {
            eprintln!("companion-prerender: {path} has no {MARKER}, <title> or description to fill");
            ExitCode::FAILURE
        }
    }
}

/// `html` with the page at the marker and the title, description and language from the data.
fn fill(html: &str, dataset: &Dataset) -> Option<String> {
    let title = format!("<title>{} · Reading Companion</title>", escape(dataset.article.title()));
    let start = html.find("<title>")?;
    let end = html[start..].find("</title>")? + start + "</title>".len();
    let mut out = format!("{}{title}{}", &html[..start], &html[end..]);
    if let Some(standfirst) = dataset.article.blocks.iter().find(|b| b.kind == BlockKind::Standfirst) {
        let at = out.find("<meta name=\"description\" content=\"")? + "<meta name=\"description\" content=\"".len();
        let close = out[at..].find('"')? + at;
        out.replace_range(at..close, &escape(&standfirst.text));
    }
    // The dataset the wasm reads, after the page: the article's text arrives, and paints, first.
    out = out.replacen("</body>", &format!("{}\n</body>", dataset_script(dataset)), 1);
    if let Some(language) = &dataset.language {
        out = out.replacen("<html lang=\"en\">", &format!("<html lang=\"{}\">", escape(language)), 1);
    }
    out.contains(MARKER).then(|| out.replacen(MARKER, &format!("<div data-prerendered>{}</div>", page(dataset)), 1))
}
