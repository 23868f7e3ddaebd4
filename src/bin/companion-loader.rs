//! `companion-loader INDEX_HTML`: moves Trunk's inline loader out of a built `index.html` into a
//! file beside it, with Subresource Integrity, so the page runs under a strict
//! Content-Security-Policy, joins its stylesheets into one, and gives the wasm and its glue short
//! names for each other (Trunk runs it after each build; see `loader` and `boundary`).

use std::io::Write;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};

use reading_companion::boundary::shorten;
use reading_companion::loader::{
    OPEN_FOLDER, bundle_file_name, externalise, find_inline_loader, link_bundle, minify_css, set_integrity, sri,
    start_file_name, start_script, stylesheets,
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
    // Trunk reads the cargo features from this variable, and runs this with its environment.
    let open =
        std::env::var("TRUNK_BUILD_FEATURES").is_ok_and(|features| features.split(',').any(|f| f.trim() == "open"));
    let script = start_script(&loader, (!open).then_some(OPEN_FOLDER));
    let name = start_file_name(&loader);
    let folder = index.parent().ok_or("no folder")?;
    std::fs::write(folder.join(&name), &script).map_err(|e| format!("{name}: {e}"))?;
    let mut html = externalise(&html, &loader, &name, &sri(script.as_bytes()));

    let (wasm_path, glue_path) = (folder.join(&loader.wasm), folder.join(&loader.glue));
    let wasm = std::fs::read(&wasm_path).map_err(|e| format!("{}: {e}", loader.wasm))?;
    let glue = std::fs::read_to_string(&glue_path).map_err(|e| format!("{}: {e}", loader.glue))?;
    let (wasm, glue) = shorten(&wasm, &glue).map_err(|e| format!("{} and {}: {e}", loader.wasm, loader.glue))?;
    let glue = minify(&glue).map_err(|e| format!("{}: {e}", loader.glue))?;
    std::fs::write(&wasm_path, &wasm).map_err(|e| format!("{}: {e}", loader.wasm))?;
    std::fs::write(&glue_path, &glue).map_err(|e| format!("{}: {e}", loader.glue))?;
    for (file, bytes) in [(&loader.wasm, &wasm[..]), (&loader.glue, glue.as_bytes())] {
        html = set_integrity(&html, file, &sri(bytes)).ok_or_else(|| format!("no link with integrity to {file}"))?;
    }

    let links = stylesheets(&html);
    if links.is_empty() {
        return std::fs::write(index, html).map_err(|e| e.to_string());
    }
    let mut css = String::new();
    for (_, file) in &links {
        css.push_str(&std::fs::read_to_string(folder.join(file)).map_err(|e| format!("{file}: {e}"))?);
        css.push('\n');
    }
    let css = minify_css(&css);
    let bundle = bundle_file_name(&css);
    std::fs::write(folder.join(&bundle), &css).map_err(|e| format!("{bundle}: {e}"))?;
    for (_, file) in &links {
        std::fs::remove_file(folder.join(file)).map_err(|e| format!("{file}: {e}"))?;
    }
    std::fs::write(index, link_bundle(&html, &links, &bundle, &sri(css.as_bytes()))).map_err(|e| e.to_string())
}

/// `js` minified by terser (from `package.json`, on `PATH` in `./run`): shorter local names and
/// no white space, a third of the glue's download. `initSync` keeps its name: the single-file
/// build calls it from the same script.
fn minify(js: &str) -> Result<String, String> {
    let mut terser = Command::new("terser")
        .args(["--module", "--compress", "--mangle", "reserved=['initSync']"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("terser (npm install puts it in node_modules/.bin): {e}"))?;
    terser.stdin.take().ok_or("no stdin")?.write_all(js.as_bytes()).map_err(|e| e.to_string())?;
    let output = terser.wait_with_output().map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(format!("terser failed: {}", output.status));
    }
    String::from_utf8(output.stdout).map_err(|e| e.to_string())
}
