//! How the page was asked to start, from its query string: as a page or as an embed
//! (`?embed`), and with the built-in dataset or one from elsewhere (`?data=URL`). Also which
//! dataset addresses are allowed at all.

/// On `open/`'s `<html>` until it is known that no dataset is asked for (its start script) or the
/// app shows what was: while it is there, the prerendered fallback article is hidden behind a
/// loading line (see `style/base.css`), so a reader who asked for another article never reads
/// this one first. Without scripting the article shows: nothing could load another.
pub const AWAITING: &str = "data-awaiting";

/// How the page was started, provided as context before the app renders (the page's address
/// decides it, so the build cannot).
#[derive(Clone, Copy, Default)]
pub struct Start {
    /// Compact chrome for an iframe: no reading progress, no bottom sheet.
    pub embed: bool,
    /// What the reader must know about where the article came from, shown over it once the app
    /// has taken over.
    pub notice: Option<&'static crate::notice::Notice>,
}

/// The start-up choices in the page's address.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Launch {
    /// Compact chrome for an iframe, and the page's height posted to the host.
    pub embed: bool,
    /// A dataset to load instead of the built-in one, as written in the address.
    pub data: Option<String>,
}

impl Launch {
    /// Reads `?embed` and `?data=` from a query string (with or without its `?`); anything else
    /// is ignored, and the last `data` wins.
    pub(crate) fn from_query(query: &str) -> Self {
        let mut launch = Self::default();
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match decode(key).as_str() {
                "embed" => launch.embed = !matches!(value, "0" | "false"),
                "data" => launch.data = Some(decode(value)).filter(|v| !v.trim().is_empty()),
                _ => {}
            }
        }
        launch
    }

    /// The choices in this page's address. In an embed the document is marked `data-embed`,
    /// which its styles follow (compact chrome, no reading progress).
    pub(crate) fn from_page() -> Self {
        let window = leptos::prelude::window();
        let launch = Self::from_query(&window.location().search().unwrap_or_default());
        if let (true, Some(root)) = (launch.embed, window.document().and_then(|d| d.document_element())) {
            _ = root.set_attribute("data-embed", "");
        }
        launch
    }
}

/// Whether a dataset may be fetched from a resolved address: from this site, or over `https`
/// from anywhere. Never `data:`, `javascript:`, `file:` or plain `http` from another host.
pub fn address_allowed(protocol: &str, origin: &str, page_origin: &str) -> bool {
    match protocol {
        "https:" => true,
        "http:" => origin == page_origin,
        _ => false,
    }
}

/// Whether a response with this `Content-Type` may be a notes file: JSON of any kind, plain
/// text (how many file hosts serve `.json`) or unknown bytes, but not a web page, an image or
/// anything else a wrong address tends to give.
pub fn content_type_allowed(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    matches!(essence.as_str(), "application/json" | "text/json" | "text/plain" | "application/octet-stream" | "")
        || essence.ends_with("+json")
}

/// Form decoding of a query part: `+` is a space, then percent-escapes.
fn decode(text: &str) -> String {
    crate::settings::decode(&text.replace('+', " "))
}

#[cfg(test)]
mod tests {
    use super::{Launch, address_allowed, content_type_allowed};

    #[test]
    fn reads_embed_and_data() {
        assert_eq!(Launch::from_query(""), Launch::default());
        assert_eq!(Launch::from_query("?embed"), Launch { embed: true, data: None });
        assert_eq!(Launch::from_query("?embed=0"), Launch { embed: false, data: None });
        assert_eq!(
            Launch::from_query("?embed=&data=https%3A%2F%2Fexample.org%2Fa%20b.json&utm=x"),
            Launch { embed: true, data: Some("https://example.org/a b.json".into()) }
        );
        assert_eq!(Launch::from_query("data=/data/x.json").data.as_deref(), Some("/data/x.json"));
        assert_eq!(Launch::from_query("data=").data, None);
    }

    #[test]
    fn decodes_percent_escapes_and_keeps_broken_ones() {
        assert_eq!(Launch::from_query("data=%E2%80%9Cq%E2%80%9D+x").data.as_deref(), Some("“q” x"));
        assert_eq!(Launch::from_query("data=100%25%zz%4%+1").data.as_deref(), Some("100%%zz%4% 1"));
        assert_eq!(Launch::from_query("data=%FF").data.as_deref(), Some("\u{fffd}"));
    }

    #[test]
    fn json_and_plain_text_may_be_a_notes_file_but_a_web_page_may_not() {
        for allowed in ["application/json", "application/json; charset=utf-8", "Application/LD+JSON", "text/plain", ""]
        {
            assert!(content_type_allowed(allowed), "{allowed}");
        }
        for refused in ["text/html; charset=utf-8", "image/png", "application/javascript", "text/xml"] {
            assert!(!content_type_allowed(refused), "{refused}");
        }
    }

    #[test]
    fn only_this_site_or_https_may_serve_a_dataset() {
        let page = "http://127.0.0.1:8080";
        assert!(address_allowed("http:", page, page));
        assert!(address_allowed("https:", "https://data.example", page));
        assert!(!address_allowed("http:", "http://evil.example", page));
        for protocol in ["javascript:", "data:", "vbscript:", "file:", "blob:", "ftp:"] {
            assert!(!address_allowed(protocol, "null", page), "{protocol}");
        }
    }
}
