//! The `https:` allow-list for every URL that comes from a dataset.
//!
//! A dataset is untrusted input: a URL from it only ever reaches an `href` as a [`SafeUrl`], which
//! can be built from nothing but an absolute `https:` URL with a host and no characters that could
//! break out of an attribute or smuggle in another scheme.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An absolute `https:` URL that is safe to put in an `href`. It deserialises only from text
/// that [`SafeUrl::parse`] accepts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SafeUrl(String);

impl TryFrom<String> for SafeUrl {
    type Error = &'static str;

    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw).ok_or("not an absolute https URL")
    }
}

impl From<SafeUrl> for String {
    fn from(url: SafeUrl) -> Self {
        url.0
    }
}

impl SafeUrl {
    /// Accepts `https://host/...` only; returns `None` for any other scheme, a missing host,
    /// credentials in the authority, white space, control characters, quotes or angle brackets.
    pub fn parse(raw: &str) -> Option<Self> {
        let rest = raw.strip_prefix("https://")?;
        let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = &rest[..authority_end];
        let host_ok = !authority.is_empty()
            && !authority.contains('@')
            && !authority.starts_with(':')
            && !authority.starts_with('.');
        let chars_ok = raw
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`'));
        (host_ok && chars_ok).then(|| Self(raw.to_owned()))
    }

    /// The URL as text, for an `href`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The host, for showing beside a link ("rferl.org").
    pub fn host(&self) -> &str {
        let rest = &self.0["https://".len()..];
        let end = rest.find(['/', '?', '#', ':']).unwrap_or(rest.len());
        let host = &rest[..end];
        host.strip_prefix("www.").unwrap_or(host)
    }
}

impl fmt::Display for SafeUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::SafeUrl;

    #[test]
    fn accepts_plain_https_urls() {
        let url = SafeUrl::parse("https://www.rferl.org/a/x?y=1#z").expect("valid https URL");
        assert_eq!(url.as_str(), "https://www.rferl.org/a/x?y=1#z");
        assert_eq!(url.host(), "rferl.org");
    }

    #[test]
    fn rejects_every_other_scheme_and_spelling() {
        for raw in [
            "http://ecfr.eu/",
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>",
            "vbscript:msgbox",
            "//evil.example/",
            "HTTPS://ecfr.eu/",
            "https://",
            "https:///path",
            "https://user:pw@evil.example/",
            "https://ecfr.eu/\" onmouseover=\"x",
            "https://ecfr.eu/<script>",
            "https://ecfr.eu/a b",
            "https://ecfr.eu/\u{0}",
        ] {
            assert_eq!(SafeUrl::parse(raw), None, "{raw:?} must be rejected");
        }
    }
}
