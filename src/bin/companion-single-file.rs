//! `companion-single-file DIST OUT`: one self-contained HTML file from a release build (CSS,
//! JavaScript, WebAssembly and data inlined) that works opened from `file://` with no network.

use std::path::Path;
use std::process::ExitCode;

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
    let path = dist.join(href.trim_start_matches('/'));
    std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The text between `start` and the next `end` after it, from `at`.
fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    Some(&text[from..from + text[from..].find(end)?])
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
        } else if tag.starts_with("<script type=\"module\">") && rest.contains("import init, * as bindings from '") {
            let close = rest.find("</script>").ok_or("an unclosed loader script")? + "</script>".len();
            let loader = &rest[..close];
            let js_href = between(loader, "from '", "'").ok_or("no JavaScript in the loader")?;
            let wasm_href = between(loader, "module_or_path: '", "'").ok_or("no wasm in the loader")?;
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

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(chunk.get(1).copied().unwrap_or(0)) << 8)
            | u32::from(chunk.get(2).copied().unwrap_or(0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::base64;

    #[test]
    fn encodes_base64_with_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"\x00\xff\x10wasm"), "AP8Qd2FzbQ==");
    }
}
