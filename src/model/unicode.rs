//! The Unicode operations the model needs, from the platform that already has the tables: the
//! `unicode-normalization` crate and the standard library natively, the JavaScript engine's
//! `String.normalize` and `toLowerCase` in the browser (so the wasm carries no normalisation or
//! case tables).

/// `text` in Unicode Normalization Form C.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn nfc(text: &str) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    if is_nfc_quick(text.chars()) == IsNormalized::Yes { text.to_owned() } else { text.nfc().collect() }
}

/// `text` in Unicode Normalization Form C.
#[cfg(target_arch = "wasm32")]
pub(crate) fn nfc(text: &str) -> String {
    if text.chars().all(always_nfc) {
        return text.to_owned();
    }
    js_sys::JsString::from(text).normalize("NFC").into()
}

/// Characters that are in NFC whatever surrounds them: everything before the combining marks
/// (U+0300) and the general punctuation of typeset text (dashes, quotes, ellipses). Text made
/// only of these needs no trip to the browser's normaliser.
#[cfg(target_arch = "wasm32")]
fn always_nfc(c: char) -> bool {
    c < '\u{300}' || ('\u{2010}'..='\u{205e}').contains(&c)
}

/// `c` decomposed (NFD) without its combining marks: "č" gives "c".
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn base_letters(c: char) -> Vec<char> {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d)).collect()
}

/// `c` decomposed (NFD) without its combining marks: "č" gives "c".
#[cfg(target_arch = "wasm32")]
pub(crate) fn base_letters(c: char) -> Vec<char> {
    if c.is_ascii() {
        return vec![c];
    }
    let decomposed: String = js_sys::JsString::from(c.to_string().as_str()).normalize("NFD").into();
    decomposed.chars().filter(|d| !is_combining_mark(*d)).collect()
}

/// Whether `c` is a letter or a digit (Unicode's Alphabetic or Numeric), as
/// `char::is_alphanumeric` says.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `c` is a letter or a digit (Unicode's Alphabetic or Numeric), as
/// `char::is_alphanumeric` says.
#[cfg(target_arch = "wasm32")]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    thread_local! {
        static ALPHANUMERIC: js_sys::RegExp = js_sys::RegExp::new(r"^[\p{Alphabetic}\p{N}]$", "u");
    }
    c.is_ascii_alphanumeric()
        || (!c.is_ascii() && !in_general_punctuation(c) && ALPHANUMERIC.with(|re| re.test(&c.to_string())))
}

/// Whether `c` is in Unicode's General Punctuation block (spaces, dashes, quotes, ellipses),
/// none of which is a letter or digit: the commonest characters beside a quote after ASCII, so
/// they need no trip to the browser.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn in_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206f}').contains(&c)
}

/// `c` in lower case (one or more characters: "İ" gives "i̇").
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn lowercase(c: char) -> Vec<char> {
    c.to_lowercase().collect()
}

/// `c` in lower case (one or more characters: "İ" gives "i̇").
#[cfg(target_arch = "wasm32")]
pub(crate) fn lowercase(c: char) -> Vec<char> {
    if c.is_ascii() {
        return vec![c.to_ascii_lowercase()];
    }
    let lower: String = js_sys::JsString::from(c.to_string().as_str()).to_lower_case().into();
    lower.chars().collect()
}

/// Whether `c` belongs to the character before it, as part of one letter a reader sees: a
/// combining mark (Unicode's general category M, which takes in variation selectors) or the
/// zero-width joiner. Text is never split before one.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn joins_previous(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c) || c == '\u{200d}'
}

/// Whether `c` belongs to the character before it, as part of one letter a reader sees: a
/// combining mark (Unicode's general category M, which takes in variation selectors) or the
/// zero-width joiner. Text is never split before one.
#[cfg(target_arch = "wasm32")]
pub(crate) fn joins_previous(c: char) -> bool {
    thread_local! {
        static JOINS: js_sys::RegExp = js_sys::RegExp::new(r"^[\p{M}\u200D]$", "u");
    }
    !c.is_ascii() && JOINS.with(|joins| joins.test(&c.to_string()))
}

/// The combining-mark blocks that diacritics come from.
#[cfg(target_arch = "wasm32")]
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The scripts a host name's letters are told apart by (see [`super::url`]): the ones with
/// letters that look like Latin ones, the ones East Asian names mix, and the rest as one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Script {
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Georgian,
    Han,
    /// Hiragana and Katakana.
    Kana,
    Hangul,
    Other,
}

impl Script {
    const NAMED: [(Self, &'static str); 10] = [
        (Self::Latin, "Latin"),
        (Self::Greek, "Greek"),
        (Self::Cyrillic, "Cyrillic"),
        (Self::Armenian, "Armenian"),
        (Self::Hebrew, "Hebrew"),
        (Self::Arabic, "Arabic"),
        (Self::Georgian, "Georgian"),
        (Self::Han, "Han"),
        (Self::Kana, "Kana"),
        (Self::Hangul, "Hangul"),
    ];

    /// The script's name in Unicode's words ("Cyrillic").
    pub fn name(self) -> &'static str {
        Self::NAMED.iter().find(|(s, _)| *s == self).map_or("other-script", |(_, name)| name)
    }
}

/// The script of a letter or digit, `None` for what every script shares (digits, punctuation,
/// combining marks).
#[cfg(not(target_arch = "wasm32"))]
pub fn script(c: char) -> Option<Script> {
    use unicode_script::{Script as S, UnicodeScript};
    Some(match c.script() {
        S::Common | S::Inherited | S::Unknown => return None,
        S::Latin => Script::Latin,
        S::Greek => Script::Greek,
        S::Cyrillic => Script::Cyrillic,
        S::Armenian => Script::Armenian,
        S::Hebrew => Script::Hebrew,
        S::Arabic => Script::Arabic,
        S::Georgian => Script::Georgian,
        S::Han => Script::Han,
        S::Hiragana | S::Katakana => Script::Kana,
        S::Hangul => Script::Hangul,
        _ => Script::Other,
    })
}

/// The script of a letter or digit, `None` for what every script shares (digits, punctuation,
/// combining marks).
#[cfg(target_arch = "wasm32")]
pub fn script(c: char) -> Option<Script> {
    if c.is_ascii() {
        return c.is_ascii_alphabetic().then_some(Script::Latin);
    }
    let tested = |property: &str| js_sys::RegExp::new(&format!(r"^\p{{{property}}}$"), "u").test(&c.to_string());
    if tested("Script=Common") || tested("Script=Inherited") || tested("Script=Unknown") {
        return None;
    }
    let found = Script::NAMED.iter().find(|(script, name)| match script {
        Script::Kana => tested("Script=Hiragana") || tested("Script=Katakana"),
        _ => tested(&format!("Script={name}")),
    });
    Some(found.map_or(Script::Other, |(script, _)| *script))
}

/// A URL's host (a domain name, an IPv4 address or an `[IPv6]` one) as browsers resolve it:
/// lower case, IDNA's ASCII form (punycode) for a domain; `None` if it is none of these. The
/// WHATWG URL parser does it: the `url` crate natively, the browser's own in the browser.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn ascii_host(host: &str) -> Option<String> {
    url::Host::parse(host).ok().map(|host| host.to_string())
}

/// A URL's host (a domain name, an IPv4 address or an `[IPv6]` one) as browsers resolve it:
/// lower case, IDNA's ASCII form (punycode) for a domain; `None` if it is none of these. The
/// WHATWG URL parser does it: the `url` crate natively, the browser's own in the browser.
#[cfg(target_arch = "wasm32")]
pub(crate) fn ascii_host(host: &str) -> Option<String> {
    let url = web_sys::Url::new(&format!("https://{host}/")).ok()?;
    let parsed = url.hostname();
    (!parsed.is_empty()).then_some(parsed)
}

#[cfg(test)]
mod tests {
    use super::{Script, ascii_host, base_letters, in_general_punctuation, is_alphanumeric, lowercase, nfc, script};

    #[test]
    fn composes_to_nfc_and_strips_diacritics() {
        assert_eq!(nfc("Vuc\u{30C}ic\u{301}"), "Vu\u{10D}i\u{107}");
        assert_eq!(base_letters('\u{10D}'), ['c']);
        assert_eq!(base_letters('Ж'), ['Ж']);
        assert_eq!(lowercase('Đ'), ['đ']);
        assert_eq!(lowercase('Ж'), ['ж']);
        assert_eq!(lowercase('A'), ['a']);
        assert!(is_alphanumeric('ž') && is_alphanumeric('Ж') && is_alphanumeric('7') && is_alphanumeric('Ⅻ'));
        assert!(!is_alphanumeric('’') && !is_alphanumeric('-') && !is_alphanumeric('\u{a0}'));
    }

    #[test]
    fn general_punctuation_holds_no_letter_or_digit() {
        let block: Vec<char> = ('\u{1fff}'..='\u{2070}').filter(|&c| in_general_punctuation(c)).collect();
        assert_eq!(block.len(), 0x70);
        assert!(block.iter().all(|c| !c.is_alphanumeric()));
    }

    #[test]
    fn tells_scripts_and_writes_hosts_in_ascii() {
        assert_eq!(script('a'), Some(Script::Latin));
        assert_eq!(script('\u{430}'), Some(Script::Cyrillic));
        assert_eq!(script('ア'), Some(Script::Kana));
        assert_eq!(script('ก'), Some(Script::Other));
        assert_eq!(script('7'), None);
        assert_eq!(script('-'), None);
        assert_eq!(Script::Cyrillic.name(), "Cyrillic");
        assert_eq!(ascii_host("Bücher.example").as_deref(), Some("xn--bcher-kva.example"));
        assert_eq!(ascii_host("[::1]").as_deref(), Some("[::1]"));
        assert_eq!(ascii_host("[::1").as_deref(), None);
    }
}
