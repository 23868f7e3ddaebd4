//! Which kinds of note are marked, kept in the URL fragment so a teacher can share a setup:
//! `#show=actor,context` marks only those kinds, `#clean` marks nothing, `marks=every` marks
//! every mention rather than a note's first in each paragraph, `lang=sr-Cyrl` is the interface's
//! language (the page in it, where it is published: see `start.js`), and `note=ID` (with any of
//! them) opens that note's card on load.

use crate::i18n::Locale;
use crate::model::NoteKind;

/// What the reader chose to see.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Whether each kind is marked, in [`NoteKind::ALL`] order.
    pub shown: [bool; 3],
    /// Clean reading: no marks at all, whatever `shown` says.
    pub clean: bool,
    /// Every mention marked, not only each note's first in a paragraph. Off by default: a note
    /// named five times in a paragraph is one mark there, and the text reads as text.
    pub every: bool,
    /// The interface's language the reader chose, if they chose one.
    pub lang: Option<Locale>,
}

impl Default for Settings {
    fn default() -> Self {
        Self { shown: [true; 3], clean: false, every: false, lang: None }
    }
}

fn index(kind: NoteKind) -> usize {
    NoteKind::ALL.iter().position(|&k| k == kind).unwrap_or(0)
}

impl Settings {
    /// Whether marks of `kind` are shown.
    pub fn shows(&self, kind: NoteKind) -> bool {
        !self.clean && self.shown[index(kind)]
    }

    /// Whether a mention of `kind` is marked: its kind is shown, and it is its note's first in
    /// its paragraph (it is not a `repeat`) or every mention is marked.
    pub fn marks(&self, kind: NoteKind, repeat: bool) -> bool {
        self.shows(kind) && (self.every || !repeat)
    }

    /// Whether the reader chose to mark `kind`, whatever clean reading says.
    pub fn chosen(&self, kind: NoteKind) -> bool {
        self.shown[index(kind)]
    }

    /// The same settings with `kind` shown or not.
    pub fn with_kind(self, kind: NoteKind, shown: bool) -> Self {
        let mut next = self;
        next.shown[index(kind)] = shown;
        next
    }

    /// Settings and the note to open, from a URL fragment (with or without its `#`). Unknown
    /// parts are ignored, so a hand-edited link still works.
    pub fn from_fragment(fragment: &str) -> (Self, Option<String>) {
        let mut settings = Self::default();
        let mut note = None;
        for part in fragment.trim_start_matches('#').split('&').filter(|p| !p.is_empty()) {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            match key {
                "clean" => settings.clean = true,
                "show" => {
                    let kinds: Vec<&str> = value.split(',').collect();
                    settings.shown = NoteKind::ALL.map(|k| kinds.contains(&k.as_str()));
                }
                "marks" => settings.every = value == "every",
                "lang" => settings.lang = Locale::from_tag(value),
                "note" if !value.is_empty() => note = Some(decode(value)),
                _ => {}
            }
        }
        (settings, note)
    }

    /// The fragment for these settings and an optional note, `""` for the defaults.
    pub fn to_fragment(self, note: Option<&str>) -> String {
        let mut parts = Vec::new();
        if let Some(locale) = self.lang {
            parts.push(format!("lang={}", locale.tag()));
        }
        if self.clean {
            parts.push("clean".to_owned());
        } else if self.shown != [true; 3] {
            let kinds: Vec<&str> = NoteKind::ALL.into_iter().filter(|&k| self.shows(k)).map(NoteKind::as_str).collect();
            parts.push(format!("show={}", kinds.join(",")));
        }
        if self.every {
            parts.push("marks=every".to_owned());
        }
        if let Some(note) = note {
            parts.push(format!("note={}", encode(note)));
        }
        if parts.is_empty() { String::new() } else { format!("#{}", parts.join("&")) }
    }
}

/// Percent-encodes what may not stand in a fragment value.
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Undoes percent-encoding (of [`encode`], or of any URL); malformed escapes are kept as
/// written, and bytes that are not UTF-8 become U+FFFD.
pub(crate) fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::Settings;
    use crate::i18n::Locale;
    use crate::model::NoteKind;

    #[test]
    fn defaults_mark_everything_and_need_no_fragment() {
        assert_eq!(Settings::from_fragment(""), (Settings::default(), None));
        assert_eq!(Settings::default().to_fragment(None), "");
    }

    #[test]
    fn every_mention_is_a_choice_kept_in_the_fragment() {
        let every = Settings { every: true, ..Settings::default() };
        assert_eq!(every.to_fragment(None), "#marks=every");
        assert_eq!(Settings::from_fragment("#marks=every"), (every, None));
        assert!(every.marks(NoteKind::Actor, true));
        assert!(!Settings::default().marks(NoteKind::Actor, true), "a repeat is not marked by default");
        assert!(Settings::default().marks(NoteKind::Actor, false));
        assert!(!Settings { clean: true, ..every }.marks(NoteKind::Poll, false));
    }

    #[test]
    fn a_shared_setup_round_trips_through_the_fragment() {
        let setup = Settings::default().with_kind(NoteKind::Poll, false);
        let fragment = setup.to_fragment(Some("nis-centre"));
        assert_eq!(fragment, "#show=actor,context&note=nis-centre");
        assert_eq!(Settings::from_fragment(&fragment), (setup, Some("nis-centre".to_owned())));
    }

    #[test]
    fn the_language_is_kept_first_and_an_unknown_one_is_dropped() {
        let arabic = Settings { lang: Some(Locale::Ar), clean: true, ..Settings::default() };
        assert_eq!(arabic.to_fragment(Some("nis")), "#lang=ar&clean&note=nis");
        assert_eq!(Settings::from_fragment("#clean&lang=AR&note=nis"), (arabic, Some("nis".to_owned())));
        assert_eq!(Settings::from_fragment("#lang=sr-Cyrl").0.lang, Some(Locale::SrCyrl));
        assert_eq!(Settings::from_fragment("#lang=tlh").0, Settings::default());
    }

    #[test]
    fn clean_reading_hides_every_kind() {
        let (clean, _) = Settings::from_fragment("#clean");
        assert!(NoteKind::ALL.iter().all(|&k| !clean.shows(k)));
        assert_eq!(clean.to_fragment(None), "#clean");
    }

    #[test]
    fn note_ids_are_encoded_and_junk_is_ignored() {
        let settings = Settings::default();
        assert_eq!(settings.to_fragment(Some("a b&c")), "#note=a%20b%26c");
        assert_eq!(Settings::from_fragment("#note=a%20b%26c&zoom=3&%%"), (settings, Some("a b&c".to_owned())));
        assert_eq!(Settings::from_fragment("#note=%zz").1.as_deref(), Some("%zz"));
        // What content systems add: WordPress's secret, AMP's flag.
        assert_eq!(
            Settings::from_fragment("#?secret=abc&note=serbia"),
            (Settings::default(), Some("serbia".to_owned()))
        );
        assert_eq!(Settings::from_fragment("#amp=1"), (Settings::default(), None));
    }
}
