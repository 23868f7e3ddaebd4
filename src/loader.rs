//! The page's script loading, made fit for a strict Content-Security-Policy: Trunk starts the
//! WebAssembly from an inline `<script type="module">`, which `script-src 'self'` forbids. This
//! moves that loader into a file of its own, gives every script and stylesheet Subresource
//! Integrity with CORS (so the page also loads in a sandboxed iframe with an opaque origin), and
//! joins the stylesheets into one minified file (one request instead of ten, which a slow network
//! feels), and leaves the rest of the page as it was. Build-time only.

use sha2::{Digest, Sha384};

/// Trunk's inline loader, as found in a built `index.html`.
#[derive(Debug, PartialEq, Eq)]
pub struct InlineLoader {
    /// Byte range of the whole `<script type="module">…</script>` element.
    pub range: std::ops::Range<usize>,
    /// File name of the wasm-bindgen JavaScript glue (`reading-companion-<hash>.js`).
    pub glue: String,
    /// File name of the WebAssembly (`reading-companion-<hash>_bg.wasm`).
    pub wasm: String,
}

/// Finds Trunk's inline loader and the two files it starts.
pub fn find_inline_loader(html: &str) -> Option<InlineLoader> {
    let start = html.find("<script type=\"module\">")?;
    let end = html[start..].find("</script>")? + start + "</script>".len();
    let script = &html[start..end];
    let glue = file_name(between(script, "from '", "'")?);
    let wasm = file_name(between(script, "module_or_path: '", "'")?);
    Some(InlineLoader { range: start..end, glue: glue.to_owned(), wasm: wasm.to_owned() })
}

/// The folder, beside the release build, of its second build: the one with the `open` feature,
/// which reads datasets from elsewhere (`./run` builds it there; `embed.js` points `data-src`
/// frames at it).
pub const OPEN_FOLDER: &str = "open";

/// The loader as a module file, importing the glue by a path relative to itself so the build
/// works from any folder. With `open_folder` (the build without the `open` feature), an address
/// with `?data=` goes on to that folder's build instead, its dataset's address made absolute
/// first (it was written relative to this page); the wasm's download is then cut short.
pub fn start_script(loader: &InlineLoader, open_folder: Option<&str>) -> String {
    let start = format!("await init({{ module_or_path: new URL(\"./{}\", import.meta.url) }});", loader.wasm);
    let start = match open_folder {
        None => format!("{start}\n"),
        Some(folder) => format!(
            "const query = new URLSearchParams(location.search);\n\
             const data = query.getAll(\"data\").pop()?.trim();\n\
             if (data) {{\n\
             \x20 try {{ query.set(\"data\", new URL(data, location.href).href); }} catch {{}}\n\
             \x20 location.replace(new URL(\"./{folder}/?\" + query + location.hash, import.meta.url));\n\
             }} else {{\n\
             \x20 {start}\n\
             }}\n"
        ),
    };
    format!(
        "// Starts the Reading Companion: loads its WebAssembly (a file, not an inline script, so a\n\
         // strict Content-Security-Policy allows it).\n\
         import init from \"./{}\";\n{start}",
        loader.glue
    )
}

/// The file name the loader is written to: the glue's, so it changes when the build does.
pub fn start_file_name(loader: &InlineLoader) -> String {
    format!("{}-start.js", loader.glue.trim_end_matches(".js"))
}

/// `html` with the inline loader replaced by a `<script src>` of `start` (its file name) with
/// `start_sri`, and `crossorigin` on every stylesheet that carries an integrity hash.
pub fn externalise(html: &str, loader: &InlineLoader, start: &str, start_sri: &str) -> String {
    let script = format!(
        "<script type=\"module\" src=\"./{start}\" integrity=\"{start_sri}\" crossorigin=\"anonymous\"></script>"
    );
    let html = format!("{}{script}{}", &html[..loader.range.start], &html[loader.range.end..]);
    html.replace("<link rel=\"stylesheet\" href=", "<link rel=\"stylesheet\" crossorigin=\"anonymous\" href=")
}

/// The stylesheets a built page links, in order: each `<link>` element's byte range and the file
/// it names.
pub fn stylesheets(html: &str) -> Vec<(std::ops::Range<usize>, String)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = html[from..].find("<link rel=\"stylesheet\"").map(|i| i + from) {
        let Some(end) = html[at..].find('>').map(|i| at + i + 1) else { break };
        if let Some(href) = between(&html[at..end], "href=\"", "\"") {
            found.push((at..end, file_name(href).to_owned()));
        }
        from = end;
    }
    found
}

/// The name of the joined stylesheet: named for its content, so a changed style is fetched anew.
pub fn bundle_file_name(css: &str) -> String {
    let digest = Sha384::digest(css.as_bytes());
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("reading-companion-{hex}.css")
}

/// `css` without its comments and with no more white space than it needs: runs become one space,
/// none around `{`, `}`, `;` and `,`. Strings are kept as they are.
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '"' | '\'' => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(c);
                while let Some(inner) = chars.next() {
                    out.push(inner);
                    if inner == '\\' {
                        out.extend(chars.next());
                    } else if inner == c {
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for inner in chars.by_ref() {
                    if last == '*' && inner == '/' {
                        break;
                    }
                    last = inner;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            c => {
                let tight = |c: char| matches!(c, '{' | '}' | ';' | ',');
                if space && !out.is_empty() && !tight(c) && !out.ends_with(tight) {
                    out.push(' ');
                }
                space = false;
                out.push(c);
            }
        }
    }
    out
}

/// `html` with its stylesheet `links` replaced by one link to `bundle`, where the first was.
pub fn link_bundle(html: &str, links: &[(std::ops::Range<usize>, String)], bundle: &str, bundle_sri: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (index, (range, _)) in links.iter().enumerate() {
        out.push_str(html[from..range.start].trim_end_matches([' ', '\n']));
        if index == 0 {
            out.push_str(&format!(
                "\n    <link rel=\"stylesheet\" crossorigin=\"anonymous\" href=\"./{bundle}\" integrity=\"{bundle_sri}\"/>"
            ));
        }
        from = range.end;
    }
    out.push_str(&html[from..]);
    out
}

/// `html` with the `integrity` of the element that links `file` set to `sri`, for a file changed
/// after Trunk hashed it; `None` if no element links it with an integrity.
pub fn set_integrity(html: &str, file: &str, sri: &str) -> Option<String> {
    let link = html.find(&format!("href=\"./{file}\""))?;
    let element_end = link + html[link..].find('>')?;
    let value = link + html[link..element_end].find("integrity=\"")? + "integrity=\"".len();
    let value_end = value + html[value..].find('"')?;
    Some(format!("{}{sri}{}", &html[..value], &html[value_end..]))
}

/// The Subresource Integrity value of `bytes` (`sha384-…`).
pub fn sri(bytes: &[u8]) -> String {
    format!("sha384-{}", base64(&Sha384::digest(bytes)))
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
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

/// The text between `start` and the next `end` after it.
pub fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    Some(&text[from..from + text[from..].find(end)?])
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::{
        base64, bundle_file_name, externalise, find_inline_loader, link_bundle, minify_css, set_integrity, sri,
        start_file_name, start_script, stylesheets,
    };

    const BUILT: &str = "<head><link rel=\"stylesheet\" href=\"./base-1.css\" integrity=\"sha384-x\"/>\n\
        <script type=\"module\">\nimport init, * as bindings from './reading-companion-ab12.js';\n\
        const wasm = await init({ module_or_path: './reading-companion-ab12_bg.wasm' });\n\
        window.wasmBindings = bindings;\n</script>\n</head>";

    #[test]
    fn encodes_base64_with_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"\x00\xff\x10wasm"), "AP8Qd2FzbQ==");
    }

    #[test]
    fn integrity_is_the_sha384_of_the_bytes() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(sri(b"abc"), "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn");
    }

    #[test]
    fn the_inline_loader_becomes_a_file_with_integrity() {
        let loader = find_inline_loader(BUILT).expect("the loader is found");
        assert_eq!(loader.glue, "reading-companion-ab12.js");
        assert_eq!(loader.wasm, "reading-companion-ab12_bg.wasm");
        assert_eq!(start_file_name(&loader), "reading-companion-ab12-start.js");
        let script = start_script(&loader, None);
        assert!(script.contains("import init from \"./reading-companion-ab12.js\";"), "{script}");
        assert!(script.contains("new URL(\"./reading-companion-ab12_bg.wasm\", import.meta.url)"), "{script}");
        assert!(!script.contains("location"), "{script}");
        let sending = start_script(&loader, Some("open"));
        assert!(sending.starts_with(&script[..script.find("await").unwrap_or(0)]), "{sending}");
        assert!(sending.contains("location.replace(new URL(\"./open/?\" + query"), "{sending}");
        assert!(sending.contains("  await init({ module_or_path: new URL(\"./reading-companion-ab12_bg.wasm\""));

        let html = externalise(BUILT, &loader, "start.js", "sha384-s");
        assert!(!html.contains("<script type=\"module\">"), "no inline script is left: {html}");
        assert!(html.contains(
            "<script type=\"module\" src=\"./start.js\" integrity=\"sha384-s\" crossorigin=\"anonymous\"></script>"
        ));
        assert!(html.contains("<link rel=\"stylesheet\" crossorigin=\"anonymous\" href=\"./base-1.css\""));
    }

    #[test]
    fn the_stylesheets_become_one_link_where_the_first_was() {
        let html = "<head>\n    <link rel=\"stylesheet\" href=\"./a-1.css\" integrity=\"sha384-a\"/>\n    \
            <link rel=\"stylesheet\" href=\"./b-2.css\" integrity=\"sha384-b\"/>\n    <title>T</title>\n</head>";
        let links = stylesheets(html);
        let names: Vec<&str> = links.iter().map(|(_, name)| name.as_str()).collect();
        assert_eq!(names, ["a-1.css", "b-2.css"]);
        let bundle = bundle_file_name("a {}\nb {}");
        assert!(bundle.starts_with("reading-companion-") && bundle.ends_with(".css") && bundle.len() == 38, "{bundle}");
        assert_ne!(bundle, bundle_file_name("a {}"));
        let joined = link_bundle(html, &links, &bundle, "sha384-x");
        assert_eq!(
            joined,
            format!(
                "<head>\n    <link rel=\"stylesheet\" crossorigin=\"anonymous\" href=\"./{bundle}\" integrity=\"sha384-x\"/>\n    <title>T</title>\n</head>"
            )
        );
    }

    #[test]
    fn stylesheets_lose_comments_and_spare_white_space_but_not_their_strings() {
        let css = "/* The tokens. */\n:root {\n  --font: \"Iowan  Old\", serif; /* a note */\n}\n\n\
            .a  .b:hover,\n.c > .d { content: \" (\" attr(href) \")\"; margin: 0 auto }\n\
            @media print { .e { content: '/* kept */' } }\n";
        assert_eq!(
            minify_css(css),
            ":root{--font: \"Iowan  Old\",serif;}.a .b:hover,.c > .d{content: \" (\" attr(href) \")\";margin: 0 auto}\
             @media print{.e{content: '/* kept */'}}"
        );
    }

    #[test]
    fn a_changed_file_gets_its_new_integrity() {
        let html = "<link rel=\"modulepreload\" href=\"./a.js\" integrity=\"sha384-old\">\n\
            <link rel=\"preload\" href=\"./a_bg.wasm\" integrity=\"sha384-old\" as=\"fetch\">";
        let html = set_integrity(html, "a_bg.wasm", "sha384-new").expect("the wasm is linked");
        assert!(html.contains("href=\"./a.js\" integrity=\"sha384-old\""), "{html}");
        assert!(html.contains("href=\"./a_bg.wasm\" integrity=\"sha384-new\" as=\"fetch\""), "{html}");
        assert_eq!(set_integrity(&html, "b.js", "sha384-x"), None);
        assert_eq!(set_integrity("<link href=\"./b.js\">", "b.js", "sha384-x"), None);
    }

    #[test]
    fn a_page_without_an_inline_loader_is_left_alone() {
        assert_eq!(find_inline_loader("<head><script src=\"x.js\"></script></head>"), None);
    }
}
