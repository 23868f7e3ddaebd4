//! `companion-loader INDEX_HTML`: moves Trunk's inline loader out of a built `index.html` into a
//! file beside it, with Subresource Integrity, so the page runs under a strict
//! Content-Security-Policy, and joins its stylesheets into one (Trunk runs it after each build;
//! see `loader`).

use std::path::Path;
use std::process::ExitCode;

use reading_companion::loader::{
    bundle_file_name, externalise, find_inline_loader, link_bundle, sri, start_file_name, start_script, stylesheets,
};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: companion-loader INDEX_HTML");
        return ExitCode::from(2);
    };
    match run(Path::new(&path)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("companion-loader: {path}: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(index: &Path) -> Result<(), String> {
    let html = std::fs::read_to_string(index).map_err(|e| e.to_string())?;
    let loader = find_inline_loader(&html).ok_or("no inline module loader to move")?;
    let script = start_script(&loader);
    let name = start_file_name(&loader);
    let folder = index.parent().ok_or("no folder")?;
    std::fs::write(folder.join(&name), &script).map_err(|e| format!("{name}: {e}"))?;
    let html = externalise(&html, &loader, &name, &sri(script.as_bytes()));

    let links = stylesheets(&html);
    if links.is_empty() {
        return std::fs::write(index, html).map_err(|e| e.to_string());
    }
    let mut css = String::new();
    for (_, file) in &links {
        css.push_str(&std::fs::read_to_string(folder.join(file)).map_err(|e| format!("{file}: {e}"))?);
        css.push('\n');
    }
    let bundle = bundle_file_name(&css);
    std::fs::write(folder.join(&bundle), &css).map_err(|e| format!("{bundle}: {e}"))?;
    for (_, file) in &links {
        std::fs::remove_file(folder.join(file)).map_err(|e| format!("{file}: {e}"))?;
    }
    std::fs::write(index, link_bundle(&html, &links, &bundle, &sri(css.as_bytes()))).map_err(|e| e.to_string())
}
