//! `companion-loader INDEX_HTML`: moves Trunk's inline loader out of a built `index.html` into a
//! file beside it, with Subresource Integrity, so the page runs under a strict
//! Content-Security-Policy (Trunk runs it after each build; see `loader`).

use std::path::Path;
use std::process::ExitCode;

use reading_companion::loader::{
    OPEN_FOLDER, building_edit, building_open, externalise, sri, start_file_name, start_script, started_files,
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
    let started = started_files(&html).ok_or("no preloaded glue and wasm")?;
    // Only the article's page sends `?data=` on to `open/`.
    let script = start_script(&started, (!building_open() && !building_edit()).then_some(OPEN_FOLDER));
    let name = start_file_name(&started);
    let folder = index.parent().ok_or("no folder")?;
    std::fs::write(folder.join(&name), &script).map_err(|e| format!("{name}: {e}"))?;
    let html = externalise(&html, &name, &sri(script.as_bytes())).ok_or("no inline module loader to move")?;
    std::fs::write(index, html).map_err(|e| e.to_string())
}
