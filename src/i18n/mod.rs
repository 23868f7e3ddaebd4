//! The interface in the reader's language: English, Serbian in Latin and in Cyrillic script,
//! German, French, Spanish and Arabic.
//!
//! Each language's catalogue ([`Words`]) is a constant in `locales/`, every word a field, so a
//! language that leaves one out does not compile; counted phrases ([`Plural`]) have every form
//! their language's rule chooses among. The page is rendered at build time in one language
//! (the dataset's, or one a reader asks for: [`crate::site`] writes a page per language), so the
//! article page's wasm carries none of this: its islands get their few words ([`LiveWords`]) in
//! the app's props. `open/`, which renders a dataset from elsewhere in the browser, carries them
//! all.
//!
//! Numbers and dates are written the language's way (Unicode CLDR): "54 %" in German, "1er
//! mars 2022" in French, "24. februar 2022." in Serbian; Arabic keeps Western digits, as Arabic
//! news sites write them.

pub(crate) mod catalogue;
#[cfg(any(feature = "edit", feature = "ssr", test))]
mod editor;
mod live;
mod locales;
mod plural;
pub mod problems;
mod words;

use serde::{Deserialize, Serialize};

#[cfg(any(feature = "edit", feature = "ssr", test))]
pub use editor::EditorWords;
pub use live::{LiveWords, Text};
pub use plural::{Form, Plural, Rule};
pub use problems::{ProblemWords, Said};
#[cfg(any(feature = "ssr", test))]
pub use words::{KindCount, SiteWords};
pub use words::{KindWords, Words, fill};
#[cfg(any(feature = "edit", test))]
pub use words::{Piece, pieces};

/// A language the interface speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "sr-Latn")]
    SrLatn,
    #[serde(rename = "sr-Cyrl")]
    SrCyrl,
    #[serde(rename = "de")]
    De,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "ar")]
    Ar,
}

/// Which interface a dataset's language gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Negotiated {
    /// The interface's language.
    pub locale: Locale,
    /// Whether it is the dataset's language (or the same language in its usual script); if not,
    /// the interface is English and the checker says so.
    pub matched: bool,
}

impl Locale {
    /// Every language, in the order the reading options list them.
    pub const ALL: [Locale; 7] = [Self::En, Self::SrLatn, Self::SrCyrl, Self::De, Self::Fr, Self::Es, Self::Ar];

    /// Its BCP 47 tag: the page's `lang`, and `#lang=` in the address.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::SrLatn => "sr-Latn",
            Self::SrCyrl => "sr-Cyrl",
            Self::De => "de",
            Self::Fr => "fr",
            Self::Es => "es",
            Self::Ar => "ar",
        }
    }

    /// The language by its tag, as [`Locale::tag`] writes it (any case).
    pub fn from_tag(tag: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|locale| locale.tag().eq_ignore_ascii_case(tag))
    }

    /// The interface for a dataset's `language`: the same language, Serbian without a script in
    /// Latin (as Serbian news sites write it); any other language, or none, English.
    pub(crate) fn for_language(language: Option<&str>) -> Negotiated {
        let english = Negotiated { locale: Self::En, matched: false };
        // Its primary language and script subtags are all it takes (a dataset's tag is checked
        // as BCP 47 when it is read: `model::validate`).
        let mut subtags = language.unwrap_or_default().split(['-', '_']);
        let primary = subtags.next().unwrap_or_default().to_ascii_lowercase();
        let cyrillic = subtags.take_while(|s| s.len() != 1).any(|s| s.eq_ignore_ascii_case("Cyrl"));
        let locale = match primary.as_str() {
            "en" => Self::En,
            "sr" if cyrillic => Self::SrCyrl,
            "sr" => Self::SrLatn,
            "de" => Self::De,
            "fr" => Self::Fr,
            "es" => Self::Es,
            "ar" => Self::Ar,
            _ => return english,
        };
        Negotiated { locale, matched: true }
    }

    /// The interface for `dataset`: its language's ([`Locale::for_language`]).
    pub fn for_dataset(dataset: &crate::model::Dataset) -> Self {
        Self::for_language(dataset.language.as_deref()).locale
    }

    /// The language's name in itself, as the language choice lists it.
    pub fn name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::SrLatn => "Srpski (latinica)",
            Self::SrCyrl => "Српски (ћирилица)",
            Self::De => "Deutsch",
            Self::Fr => "Français",
            Self::Es => "Español",
            Self::Ar => "العربية",
        }
    }

    /// The direction it is written in: the page's `dir`.
    pub fn dir(self) -> &'static str {
        if self == Self::Ar { "rtl" } else { "ltr" }
    }

    /// Its catalogue. In `open/`, English or one fetched before ([`keep_words`]), else English.
    #[cfg(feature = "open")]
    pub fn words(self) -> &'static Words {
        let kept = AT_HAND.with_borrow(|kept| kept.iter().find(|words| words.locale == self).copied());
        kept.unwrap_or(&locales::EN)
    }

    /// Where `open/` finds the page's words in this language, beside it.
    pub fn page_words_file(self) -> String {
        format!("words/page-{}.txt", self.tag())
    }

    /// Its catalogue.
    #[cfg(not(feature = "open"))]
    pub fn words(self) -> &'static Words {
        match self {
            Self::En => &locales::EN,
            Self::SrLatn => &locales::SR_LATN,
            Self::SrCyrl => &locales::SR_CYRL,
            Self::De => &locales::DE,
            Self::Fr => &locales::FR,
            Self::Es => &locales::ES,
            Self::Ar => &locales::AR,
        }
    }

    /// The words of a site's index page in it.
    #[cfg(any(feature = "ssr", test))]
    pub(crate) fn site_words(self) -> &'static SiteWords {
        match self {
            Self::En => &locales::SITE_EN,
            Self::SrLatn => &locales::SITE_SR_LATN,
            Self::SrCyrl => &locales::SITE_SR_CYRL,
            Self::De => &locales::SITE_DE,
            Self::Fr => &locales::SITE_FR,
            Self::Es => &locales::SITE_ES,
            Self::Ar => &locales::SITE_AR,
        }
    }

    /// How it chooses a plural form.
    pub fn rule(self) -> Rule {
        match self {
            Self::En | Self::De => Rule::OneOther,
            Self::SrLatn | Self::SrCyrl => Rule::Serbian,
            Self::Fr => Rule::Romance { zero_is_one: true },
            Self::Es => Rule::Romance { zero_is_one: false },
            Self::Ar => Rule::Arabic,
        }
    }

    /// The decimal mark: "." in English, "," in German.
    pub(crate) fn decimal_mark(self) -> char {
        self.separators().0
    }

    /// The decimal mark and the thousands separator.
    fn separators(self) -> (char, char) {
        match self {
            Self::En | Self::Ar => ('.', ','),
            Self::SrLatn | Self::SrCyrl | Self::De | Self::Es => (',', '.'),
            // A narrow no-break space.
            Self::Fr => (',', '\u{202F}'),
        }
    }

    /// A whole number: "1,234" in English, "1.234" in German, "1 234" in French; Spanish
    /// groups only from five digits ("1234", "12.345").
    pub fn number(self, n: usize) -> String {
        let digits = n.to_string();
        let least = if self == Self::Es { 5 } else { 4 };
        if digits.len() < least {
            return digits;
        }
        let group = self.separators().1;
        let mut out = String::new();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(group);
            }
            out.push(digit);
        }
        out
    }

    /// `value` with at most `places` decimals, trailing zeros dropped, with the language's
    /// decimal mark ("49.5", "49,5").
    pub(crate) fn decimal(self, value: f64, places: u32) -> String {
        let written = decimal(value, places);
        let (sign, digits) = written.strip_prefix('-').map_or(("", written.as_str()), |d| ("-", d));
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let whole = self.number(whole.parse().unwrap_or(0));
        match fraction {
            "" => format!("{sign}{whole}"),
            fraction => format!("{sign}{whole}{}{fraction}", self.separators().0),
        }
    }
}

#[cfg(feature = "open")]
thread_local! {
    /// The page's words in the languages fetched so far (`open/`).
    static AT_HAND: std::cell::RefCell<Vec<&'static Words>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Keeps `words`, fetched, as its language's catalogue for the rest of the page's life.
#[cfg(feature = "open")]
pub(crate) fn keep_words(words: Words) -> &'static Words {
    let words: &'static Words = Box::leak(Box::new(words));
    AT_HAND.with_borrow_mut(|kept| kept.push(words));
    words
}

/// `value` with at most `places` decimals, trailing zeros dropped ("54", "49.5", "0.0371"):
/// written with whole-number arithmetic, which costs the download far less than float formatting.
pub(crate) fn decimal(value: f64, places: u32) -> String {
    let scale = 10u64.pow(places);
    let scaled = (value.abs() * scale as f64).round() as u64;
    let sign = if value < 0.0 && scaled > 0 { "-" } else { "" };
    let (whole, mut fraction, mut digits) = (scaled / scale, scaled % scale, places as usize);
    while digits > 0 && fraction % 10 == 0 {
        fraction /= 10;
        digits -= 1;
    }
    if digits == 0 { format!("{sign}{whole}") } else { format!("{sign}{whole}.{fraction:0digits$}") }
}

#[cfg(test)]
mod tests;
