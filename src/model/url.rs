//! The `https:` allow-list for every URL that comes from a dataset, and how its host is shown.
//!
//! A dataset is untrusted input: a URL from it only ever reaches an `href` as a [`SafeUrl`], which
//! can be built from nothing but an absolute `https:` URL with a host and no characters that could
//! break out of an attribute, smuggle in another scheme, or hide: no spaces, controls, bidi
//! controls or other invisible characters. Its host is kept in its ASCII form (IDNA, as browsers
//! resolve it), so the host a reader sees beside a link is the one the link goes to, and a host
//! that mixes scripts (a Cyrillic "а" among Latin letters) is refused as a look-alike.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::characters::invisible;
use super::unicode::{Script, ascii_host, script};

/// An absolute `https:` URL that is safe to put in an `href`, its host in ASCII. It deserialises
/// only from text that [`SafeUrl::parse`] accepts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SafeUrl(String);

/// Why a URL is not used, each in words that say what to change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlFault {
    /// Another scheme (`http`, `javascript`…), as written where it is one, or none (`""`: a
    /// relative address, or text).
    Scheme(String),
    /// Nothing between `https://` and the path.
    NoHost,
    /// A user name (and password) before the host, which can make an address look like another
    /// (`https://trusted.example@evil.example/`).
    Credentials,
    /// A space, quote, angle bracket, backslash or backtick, which an address must escape.
    Unescaped(char),
    /// A space, control, bidi control or invisible character, which a reader would not see.
    Hidden(char),
    /// The host is not a domain name or an IP address.
    BadHost,
    /// A label of the host mixes letters of two scripts.
    MixedScripts(&'static str, &'static str),
}

impl TryFrom<String> for SafeUrl {
    type Error = UrlFault;

    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<SafeUrl> for String {
    fn from(url: SafeUrl) -> Self {
        url.0
    }
}

impl SafeUrl {
    /// Accepts `https://host/...` only (see the module's doc for what is refused), with the host
    /// rewritten in ASCII.
    pub fn parse(raw: &str) -> Result<Self, UrlFault> {
        if let Some(c) = raw.chars().find(|&c| invisible(c) || (c.is_whitespace() && c != ' ')) {
            return Err(UrlFault::Hidden(c));
        }
        // The scheme's case does not matter (`HTTPS://`); it is written in lower case.
        let rest = raw
            .get(..8)
            .filter(|start| start.eq_ignore_ascii_case("https://"))
            .map(|_| &raw[8..])
            .ok_or_else(|| UrlFault::Scheme(scheme(raw)))?;
        if let Some(c) = raw.chars().find(|&c| matches!(c, ' ' | '"' | '\'' | '<' | '>' | '\\' | '`')) {
            return Err(UrlFault::Unescaped(c));
        }
        let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, path) = rest.split_at(authority_end);
        if authority.contains('@') {
            return Err(UrlFault::Credentials);
        }
        if authority.is_empty() || authority.starts_with(':') {
            return Err(UrlFault::NoHost);
        }
        if authority.starts_with('.') {
            return Err(UrlFault::BadHost);
        }
        let (host, port) = split_port(authority).ok_or(UrlFault::BadHost)?;
        if let Some(mix) = host.split('.').find_map(mixed_scripts) {
            return Err(UrlFault::MixedScripts(mix.0.name(), mix.1.name()));
        }
        let host = ascii_host(host).ok_or(UrlFault::BadHost)?;
        Ok(Self(format!("https://{host}{port}{path}")))
    }

    /// The URL as text, for an `href`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The host in ASCII, for showing beside a link ("rferl.org", "xn--e1afmkfd.xn--p1ai",
    /// "[::1]").
    pub fn host(&self) -> &str {
        let rest = &self.0["https://".len()..];
        let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
        let host = split_port(authority).map_or(authority, |(host, _)| host);
        host.strip_prefix("www.").unwrap_or(host)
    }
}

/// The scheme `raw` starts with, in lower case, where it has one a reader would recognise (letters,
/// digits, `+`, `-` and `.` after a letter, before `:`); else nothing.
fn scheme(raw: &str) -> String {
    let Some((scheme, _)) = raw.split_once(':') else { return String::new() };
    let well_formed = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.len() <= 20
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if well_formed { scheme.to_ascii_lowercase() } else { String::new() }
}

/// An authority as its host and its port (`":8443"`, or empty); `None` when the port is not a
/// number.
fn split_port(authority: &str) -> Option<(&str, &str)> {
    let host_end = match authority.strip_prefix('[') {
        Some(inside) => inside.find(']')? + 2,
        None => authority.find(':').unwrap_or(authority.len()),
    };
    let (host, port) = authority.split_at(host_end);
    let digits = port.strip_prefix(':').unwrap_or(port);
    (port.is_empty() || (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))).then_some((host, port))
}

/// The first two scripts mixed in one label of a host, where they are not a mix a language
/// writes with (Japanese and Korean mix Han with their own scripts, and Latin with all three).
fn mixed_scripts(label: &str) -> Option<(Script, Script)> {
    let mut scripts: Vec<Script> = Vec::new();
    for s in label.chars().filter_map(script) {
        if !scripts.contains(&s) {
            scripts.push(s);
        }
    }
    let east_asian = |s: &Script| matches!(s, Script::Latin | Script::Han | Script::Kana | Script::Hangul);
    let one_language = scripts.len() <= 1
        || (scripts.iter().all(east_asian) && !(scripts.contains(&Script::Kana) && scripts.contains(&Script::Hangul)));
    if one_language { None } else { Some((scripts[0], scripts[1])) }
}

impl fmt::Display for SafeUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::{SafeUrl, UrlFault};

    #[test]
    fn accepts_plain_https_urls() {
        let url = SafeUrl::parse("https://www.rferl.org/a/x?y=1#z").expect("valid https URL");
        assert_eq!(url.as_str(), "https://www.rferl.org/a/x?y=1#z");
        assert_eq!(url.host(), "rferl.org");
        assert_eq!(SafeUrl::parse("https://example.org:8443/a").map(|u| u.host().to_owned()), Ok("example.org".into()));
    }

    #[test]
    fn shows_every_host_in_ascii() {
        let idn = SafeUrl::parse("https://пример.рф/путь").expect("an all-Cyrillic host");
        assert_eq!(idn.host(), "xn--e1afmkfd.xn--p1ai");
        assert_eq!(idn.as_str(), "https://xn--e1afmkfd.xn--p1ai/путь");
        assert_eq!(SafeUrl::parse("https://[::1]/").map(|u| u.host().to_owned()), Ok("[::1]".into()));
        assert_eq!(SafeUrl::parse("https://[::1]:8443/x").map(|u| u.host().to_owned()), Ok("[::1]".into()));
        assert_eq!(SafeUrl::parse("https://EXAMPLE.org/").map(|u| u.host().to_owned()), Ok("example.org".into()));
        assert_eq!(SafeUrl::parse("https://東京.jp/").map(|u| u.host().to_owned()), Ok("xn--1lqs71d.jp".into()));
    }

    #[test]
    fn refuses_what_would_deceive_a_reader() {
        assert_eq!(SafeUrl::parse("https://\u{430}pple.com/"), Err(UrlFault::MixedScripts("Cyrillic", "Latin")));
        assert_eq!(SafeUrl::parse("https://exa\u{200b}mple.org/"), Err(UrlFault::Hidden('\u{200b}')));
        assert_eq!(SafeUrl::parse("https://example.org\u{202e}gnp.tab/"), Err(UrlFault::Hidden('\u{202e}')));
        assert_eq!(SafeUrl::parse("https://example.org/\u{2066}x"), Err(UrlFault::Hidden('\u{2066}')));
        assert_eq!(SafeUrl::parse("https://[::1/"), Err(UrlFault::BadHost));
        assert_eq!(SafeUrl::parse("https://example.org:x/"), Err(UrlFault::BadHost));
        assert_eq!(SafeUrl::parse("https://exa mple.org/"), Err(UrlFault::Unescaped(' ')));
    }

    #[test]
    fn says_what_is_wrong_with_an_address() {
        let said = |raw: &str| SafeUrl::parse(raw).map_err(|e| e.to_string()).expect_err(raw);
        assert!(
            said("http://ecfr.eu/").contains("starts with http://") && said("http://ecfr.eu/").contains("https://")
        );
        assert!(said("JAVASCRIPT:alert(1)").contains("a javascript: address"));
        assert!(said("ecfr.eu/a").contains("a full address starting with https://"));
        assert!(said("//evil.example/").contains("a full address starting with https://"));
        assert_eq!(said("https://user@ecfr.eu/"), UrlFault::Credentials.to_string());
        assert!(said("https://user@ecfr.eu/").contains("user before its host"));
        assert!(said("https://").contains("no host"));
        assert!(said("https://ecfr.eu/a b").contains("a space, which an address writes as %20"));
        assert!(said("https://ecfr.eu/\"x").contains("holds \", which an address writes as %22"));
    }

    #[test]
    fn takes_the_scheme_in_any_case() {
        let url = SafeUrl::parse("HTTPS://ECFR.eu/Path").expect("an https URL");
        assert_eq!(url.as_str(), "https://ecfr.eu/Path");
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
            "https://",
            "https:///path",
            "https://user:pw@evil.example/",
            "https://ecfr.eu/\" onmouseover=\"x",
            "https://ecfr.eu/<script>",
            "https://ecfr.eu/a b",
            "https://ecfr.eu/\u{0}",
        ] {
            assert!(SafeUrl::parse(raw).is_err(), "{raw:?} must be rejected");
        }
    }
}
