//! What the tests that compare a site's page with the one the editor makes share: a page
//! downloaded alone is the site's page without what leads to its other languages.

/// `html` as it is without its other languages' pages: no `<link rel="alternate" hreflang>`, and
/// the reading options' list of languages left empty (Leptos's placeholder, `<!>`).
pub fn without_alternates(html: &str) -> String {
    /// `html` with each run from `start` to the next `end` replaced by `with`.
    fn cut(html: &str, start: &str, end: &str, with: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(at) = rest.find(start) {
            out.push_str(&rest[..at]);
            out.push_str(with);
            rest = &rest[at..];
            rest = &rest[rest.find(end).map_or(rest.len(), |e| e + end.len())..];
        }
        out + rest
    }
    let html = cut(html, "<link rel=\"alternate\" hreflang=", ">", "");
    cut(&html, "<fieldset class=\"tools__languages\">", "</fieldset>", "<!>")
}
