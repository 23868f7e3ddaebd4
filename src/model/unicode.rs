//! The Unicode operations the model needs, from the platform that already has the tables: the
//! `unicode-normalization` crate and the standard library natively, the JavaScript engine's
//! `String.normalize` and `toLowerCase` in the browser (so the wasm carries no normalisation or
//! case tables).

/// `text` in Unicode Normalization Form C.
#[cfg(not(target_arch = "wasm32"))]
pub fn nfc(text: &str) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    if is_nfc_quick(text.chars()) == IsNormalized::Yes { text.to_owned() } else { text.nfc().collect() }
}

/// `text` in Unicode Normalization Form C.
#[cfg(target_arch = "wasm32")]
pub fn nfc(text: &str) -> String {
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
pub fn base_letters(c: char) -> Vec<char> {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d)).collect()
}

/// `c` decomposed (NFD) without its combining marks: "č" gives "c".
#[cfg(target_arch = "wasm32")]
pub fn base_letters(c: char) -> Vec<char> {
    if c.is_ascii() {
        return vec![c];
    }
    let decomposed: String = js_sys::JsString::from(c.to_string().as_str()).normalize("NFD").into();
    decomposed.chars().filter(|d| !is_combining_mark(*d)).collect()
}

/// Whether `c` is a letter or a digit (Unicode's Alphabetic or Numeric), as
/// `char::is_alphanumeric` says.
#[cfg(not(target_arch = "wasm32"))]
pub fn is_alphanumeric(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `c` is a letter or a digit (Unicode's Alphabetic or Numeric), as
/// `char::is_alphanumeric` says.
#[cfg(target_arch = "wasm32")]
pub fn is_alphanumeric(c: char) -> bool {
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
pub fn lowercase(c: char) -> Vec<char> {
    c.to_lowercase().collect()
}

/// `c` in lower case (one or more characters: "İ" gives "i̇").
#[cfg(target_arch = "wasm32")]
pub fn lowercase(c: char) -> Vec<char> {
    if c.is_ascii() {
        return vec![c.to_ascii_lowercase()];
    }
    let lower: String = js_sys::JsString::from(c.to_string().as_str()).to_lower_case().into();
    lower.chars().collect()
}

/// The combining-mark blocks that diacritics come from.
#[cfg(target_arch = "wasm32")]
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

#[cfg(test)]
mod tests {
    use super::{base_letters, in_general_punctuation, is_alphanumeric, lowercase, nfc};

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
}
