//! `companion-single-file DIST OUT`: one self-contained HTML file from a release build (CSS,
//! JavaScript, WebAssembly and data inlined) that works opened from `file://` with no network.

use std::path::Path;
use std::process::ExitCode;

use reading_companion::loader::{base64, between};

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

fn build(dist: &Path) -> Result<String, String> {
    let html = String::from_utf8(read(dist, "index.html")?).map_err(|e| e.to_string())?;
    let mut out = String::with_capacity(html.len() * 4);
    let mut rest = html.as_str();
    // Each tag Trunk wrote: stylesheets become <style>, preloads go, the loader is replaced.
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let tag_end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..tag_end];
        if tag.starts_with("<link rel=\"stylesheet\"") {
            let href = between(tag, "href=\"", "\"").ok_or("a stylesheet without href")?;
            let css = String::from_utf8(read(dist, href)?).map_err(|e| e.to_string())?;
            out.push_str(&format!("<style>{}</style>", css.replace("</style", "<\\/style")));
            rest = &rest[tag_end..];
        } else if tag.starts_with("<link rel=\"modulepreload\"") || tag.starts_with("<link rel=\"preload\"") {
            rest = &rest[tag_end..];
        } else if tag.starts_with("<script type=\"module\" src=\"") {
            let close = rest.find("</script>").ok_or("an unclosed loader script")? + "</script>".len();
            let start = String::from_utf8(read(dist, between(tag, "src=\"", "\"").ok_or("no loader file")?)?)
                .map_err(|e| e.to_string())?;
            let js_href = between(&start, "from \"", "\"").ok_or("no JavaScript in the loader")?;
            let wasm_href = between(&start, "module_or_path: new URL(\"", "\"").ok_or("no wasm in the loader")?;
            let js = String::from_utf8(read(dist, js_href)?).map_err(|e| e.to_string())?;
            let wasm = base64(&read(dist, wasm_href)?);
            out.push_str("<script type=\"module\">\n");
            out.push_str(&js.replace("</script", "<\\/script"));
            out.push_str(&format!(
                "\nconst bytes = Uint8Array.from(atob(\"{wasm}\"), (c) => c.charCodeAt(0));\ninitSync({{ module: bytes }});\n</script>"
            ));
            rest = &rest[close..];
        } else {
            out.push_str(tag);
            rest = &rest[tag_end..];
        }
    }
    out.push_str(rest);
    Ok(out)
}
