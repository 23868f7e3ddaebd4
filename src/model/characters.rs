//! Which characters a reader cannot see, and what that means for a dataset's text: a required
//! text made only of them is missing, an id or a URL holding one is refused (it could make two
//! ids look alike or turn a link's host around), and whatever quotes them writes them escaped.

use std::fmt::{self, Write};

/// Control characters, bidi controls and the other invisible format characters: nothing shows
/// where they are, and the bidi controls reorder what follows them.
pub fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{ad}'
                | '\u{34f}'
                | '\u{61c}'
                | '\u{115f}'
                | '\u{1160}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{fff0}'..='\u{fff8}'
        )
}

/// Whether `c` changes the direction of the text around it (an embedding, override, isolate or
/// mark).
pub(crate) fn bidi_control(c: char) -> bool {
    matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether `text` has nothing a reader would see: empty, or only spaces and invisible characters.
pub fn blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || invisible(c))
}

/// The first character of an id that a reader could not see or type into a link: a space or an
/// invisible character.
pub(crate) fn hidden_in_id(id: &str) -> Option<char> {
    id.chars().find(|&c| c.is_whitespace() || invisible(c))
}

/// How many characters of a value a message quotes: enough to find it in the file.
const QUOTED_CHARS: usize = 80;

/// A text in double quotes, with quotes, backslashes and invisible characters escaped the way
/// Rust writes them (`"Zeiten\u{ad}wende"`), so an author sees what is really there; a long one
/// is cut after [`QUOTED_CHARS`] characters ("… (N more characters)").
pub(crate) struct Quoted<'a>(pub(crate) &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.0.chars().take(QUOTED_CHARS) {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\t' => f.write_str("\\t")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                c if invisible(c) => write!(f, "\\u{{{:x}}}", u32::from(c))?,
                c => f.write_char(c)?,
            }
        }
        match self.0.chars().count().saturating_sub(QUOTED_CHARS) {
            0 => f.write_str("\""),
            more => write!(f, "…\" ({more} more characters)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{blank, hidden_in_id};

    #[test]
    fn blank_text_has_nothing_to_see() {
        assert!(blank("") && blank(" \t\n") && blank("\u{200b}\u{feff}\u{2060}") && blank("\u{a0}\u{202e}"));
        assert!(!blank(" a ") && !blank("—") && !blank("\u{200b}7"));
    }

    #[test]
    fn ids_hold_only_what_shows() {
        assert_eq!(hidden_in_id("vucic-2"), None);
        assert_eq!(hidden_in_id("a\u{202e}b"), Some('\u{202e}'));
        assert_eq!(hidden_in_id("two words"), Some(' '));
    }
}
