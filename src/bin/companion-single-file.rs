//! `companion-single-file DIST OUT`: one self-contained HTML file from a release build (CSS,
//! JavaScript, WebAssembly and data inlined) that works opened from `file://` with no network
//! (see `site::single_file`, which the editor uses for a draft).

use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;

use reading_companion::site::single_file::{Inlining, single_file};

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

/// `dist`'s page with the files it loads inlined, read from `dist` as they are asked for.
fn build(dist: &Path) -> Result<String, String> {
    let html = String::from_utf8(read(dist, "index.html")?).map_err(|e| format!("index.html: {e}"))?;
    let mut files = HashMap::new();
    loop {
        match single_file(&html, &files) {
            Ok(html) => return Ok(html),
            Err(Inlining::Needs(name)) => {
                let bytes = read(dist, &name)?;
                files.insert(name, bytes);
            }
            Err(Inlining::Broken(error)) => return Err(error),
        }
    }
}
