//! `companion-loader INDEX_HTML`: moves Trunk's inline loader out of a built `index.html` into a
//! file beside it, with Subresource Integrity, so the page runs under a strict
//! Content-Security-Policy (Trunk runs it after each build; see `loader`).

use std::path::Path;
use std::process::ExitCode;

use reading_companion::loader::{externalise, find_inline_loader, sri, start_file_name, start_script};

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
    std::fs::write(index, externalise(&html, &loader, &name, &sri(script.as_bytes()))).map_err(|e| e.to_string())
}
