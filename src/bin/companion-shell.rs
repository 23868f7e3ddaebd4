//! `companion-shell INDEX_HTML`: makes the `index.html` Trunk has just built into a page shell
//! (Trunk runs it after each of its three builds, once the glue beside it is minified: the
//! glue's integrity is that of its bytes now). Its inline loader moves into a file beside it
//! with Subresource Integrity, so every page runs under a strict Content-Security-Policy (see
//! `loader`); the editor's build (`edit/`) also gets its title, description, stylesheet and a
//! line shown until it starts. The article's page and `open/` stay shells with an empty root:
//! `companion-site` renders a dataset into them, the same way for one article or a thousand.

use std::path::Path;
use std::process::ExitCode;

use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str};
use reading_companion::app::ROOT_ID;
use reading_companion::i18n::Locale;
use reading_companion::loader::{
    OPEN_FOLDER, StartRole, building_edit, building_open, externalise, sri, start_file_name, start_script,
    started_files, with_glue_integrity,
};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: companion-shell INDEX_HTML");
        return ExitCode::from(2);
    };
    match run(Path::new(&path)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("companion-shell: {path}: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(index: &Path) -> Result<(), String> {
    let mut html = std::fs::read_to_string(index).map_err(|e| e.to_string())?;
    if building_edit() {
        html = editor_page(&html, index)?;
    }
    // The pages that show problems in the browser fetch their sentences in another language.
    if building_open() || building_edit() {
        for locale in Locale::ALL.into_iter().filter(|&locale| locale != Locale::En) {
            write_words(index, &locale.problem_words_file(), &locale.problem_words().file())?;
        }
    }
    // `open/` renders in the browser, in any language, and carries English only.
    if building_open() && !building_edit() {
        for locale in Locale::ALL.into_iter().filter(|&locale| locale != Locale::En) {
            write_words(index, &locale.page_words_file(), &locale.words().file())?;
        }
    }
    let started = started_files(&html).ok_or("no preloaded glue and wasm")?;
    let folder = index.parent().ok_or("no folder")?;
    let glue = std::fs::read(folder.join(&started.glue)).map_err(|e| format!("{}: {e}", started.glue))?;
    html = with_glue_integrity(&html, &sri(&glue)).ok_or("no preloaded glue")?;
    // Only the article's page sends `?data=` on to `open/`.
    let role = match (building_open(), building_edit()) {
        (_, true) => StartRole::Edit,
        (true, false) => StartRole::Open,
        (false, false) => StartRole::Article { open_folder: OPEN_FOLDER },
    };
    let script = start_script(&started, role);
    let name = start_file_name(&started);
    std::fs::write(folder.join(&name), &script).map_err(|e| format!("{name}: {e}"))?;
    let html = externalise(&html, &name, &sri(script.as_bytes())).ok_or("no inline module loader to move")?;
    std::fs::write(index, html).map_err(|e| e.to_string())
}

/// Writes a catalogue's `text` as `name` (`words/de.txt`) beside the page at `path`, where the
/// page fetches it (`fetched_words`).
fn write_words(path: &Path, name: &str, text: &str) -> Result<(), String> {
    let file = path.with_file_name(name);
    std::fs::create_dir_all(file.parent().ok_or("no folder")?).map_err(|e| format!("{}: {e}", file.display()))?;
    std::fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))
}

/// The editor's stylesheet: only its page loads it.
const EDITOR_CSS: &str = include_str!("../../style/editor.css");

/// `html` as the editor's page (which renders in the browser): its title and description, a line
/// in the root until the editor starts, and its stylesheet and its words in each language but
/// English (which its wasm carries), written beside the page at `path`.
fn editor_page(html: &str, path: &Path) -> Result<String, String> {
    let css = path.with_file_name("editor.css");
    std::fs::write(&css, EDITOR_CSS).map_err(|e| format!("{}: {e}", css.display()))?;
    for locale in Locale::ALL.into_iter().filter(|&locale| locale != Locale::En) {
        write_words(path, &locale.editor_words_file(), &locale.editor_words().file())?;
    }
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
