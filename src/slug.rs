//! A page's name in a site's addresses: `primer.json` is published at `primer/`. The slug is the
//! dataset's file name without `.json`, in lower case, and is refused rather than rewritten when
//! it would make an unsafe or surprising address: a name a person chose stays the name readers see.
//! The site build names its pages so, and the editor names the page it makes, and the dataset it
//! exports, the same way.

use std::fmt;

/// Names a site uses for its own folders (`loader::OPEN_FOLDER` and `loader::EDIT_FOLDER`, which
/// a test keeps in step: the editor, which names pages too, has no `loader`).
pub const RESERVED: [&str; 2] = ["open", "edit"];

/// The longest slug, in characters.
pub const MAX_LEN: usize = 80;

/// A dataset's folder in a site: lower-case ASCII letters and digits in words joined by single
/// hyphens.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slug(String);

/// Why a file's name makes no slug.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlugError {
    /// Not a `.json` file.
    NotJson,
    /// A character an address would have to escape, or that hosts treat differently.
    Unsafe { suggestion: Option<String> },
    /// Longer than [`MAX_LEN`].
    TooLong,
    /// One of the site's own folders ([`RESERVED`]).
    Reserved,
}

impl Slug {
    /// The slug of a dataset's file name (`Bound-to-Russia.json` → `bound-to-russia`).
    pub fn of_file_name(name: &str) -> Result<Self, SlugError> {
        let stem = name
            .len()
            .checked_sub(".json".len())
            .filter(|&cut| name.is_char_boundary(cut) && name[cut..].eq_ignore_ascii_case(".json"))
            .map(|cut| &name[..cut])
            .ok_or(SlugError::NotJson)?;
        let slug = stem.to_ascii_lowercase();
        let words_ok = slug
            .split('-')
            .all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
        if !words_ok {
            return Err(SlugError::Unsafe { suggestion: suggest(stem) });
        }
        if slug.len() > MAX_LEN {
            return Err(SlugError::TooLong);
        }
        if RESERVED.contains(&slug.as_str()) {
            return Err(SlugError::Reserved);
        }
        Ok(Self(slug))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for SlugError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJson => f.write_str("not a .json file"),
            Self::Unsafe { suggestion } => {
                f.write_str(
                    "its name becomes the page's address, which takes letters a to z, digits and single hyphens",
                )?;
                match suggestion {
                    Some(name) => write!(f, ": rename it {name}.json"),
                    None => f.write_str(": rename it"),
                }
            }
            Self::TooLong => write!(f, "its name becomes the page's address, at most {MAX_LEN} characters: shorten it"),
            Self::Reserved => write!(f, "{} and {} are the site's own folders: rename it", RESERVED[0], RESERVED[1]),
        }
    }
}

/// A name that would do, where one can be made of the letters and digits of `stem` (a file's
/// name without `.json`, or a headline).
pub fn suggest(stem: &str) -> Option<String> {
    // Letters outside a to z would be lost, which is no suggestion to make.
    if stem.chars().any(|c| c.is_alphanumeric() && !c.is_ascii_alphanumeric()) {
        return None;
    }
    let words: Vec<String> = stem
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let mut name = words.join("-");
    // Too long: its first words.
    if name.len() > MAX_LEN {
        name.truncate(name[..=MAX_LEN].rfind('-').unwrap_or(MAX_LEN));
    }
    (!name.is_empty() && !RESERVED.contains(&name.as_str())).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::{Slug, SlugError};

    fn slug(name: &str) -> Result<String, SlugError> {
        Slug::of_file_name(name).map(|s| s.as_str().to_owned())
    }

    #[test]
    fn a_file_name_of_words_and_hyphens_is_its_slug_in_lower_case() {
        assert_eq!(slug("primer.json"), Ok("primer".into()));
        assert_eq!(slug("Bound-to-Russia.JSON"), Ok("bound-to-russia".into()));
        assert_eq!(slug("2024-budget-speech.json"), Ok("2024-budget-speech".into()));
    }

    #[test]
    fn an_unsafe_name_is_refused_with_a_name_that_would_do() {
        let refused = |name: &str| match slug(name) {
            Err(SlugError::Unsafe { suggestion }) => suggestion,
            other => panic!("{name}: {other:?}"),
        };
        assert_eq!(refused("My Article.json"), Some("my-article".into()));
        assert_eq!(refused("bound_to_russia.json"), Some("bound-to-russia".into()));
        assert_eq!(refused("-lead.json"), Some("lead".into()));
        assert_eq!(refused("a--b.json"), Some("a-b".into()));
        assert_eq!(refused("članak.json"), None);
        assert_eq!(refused("статья.json"), None);
        assert_eq!(refused("..json"), None);
        let message = slug("My Article.json").map_err(|e| e.to_string()).unwrap_err();
        assert!(message.contains("rename it my-article.json"), "{message}");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_reserved_names_are_the_folders_of_the_build() {
        assert_eq!(super::RESERVED, [crate::loader::OPEN_FOLDER, crate::loader::EDIT_FOLDER]);
    }

    #[test]
    fn a_headline_suggests_a_name_where_its_letters_are_a_to_z() {
        assert_eq!(
            super::suggest("Bound to Russia: Serbia’s disruptive neutrality").as_deref(),
            Some("bound-to-russia-serbia-s-disruptive-neutrality")
        );
        assert_eq!(super::suggest("Srbija i Rusija"), Some("srbija-i-rusija".into()));
        assert_eq!(super::suggest("Србија и Русија"), None);
        let long = super::suggest(&"word ".repeat(30)).unwrap_or_default();
        assert!(long.len() <= 80 && long.ends_with("word") && !long.ends_with('-'), "{long}");
    }

    #[test]
    fn the_sites_own_folders_long_names_and_other_files_are_refused() {
        assert_eq!(slug("open.json"), Err(SlugError::Reserved));
        assert_eq!(slug("Edit.json"), Err(SlugError::Reserved));
        assert_eq!(slug(&format!("{}.json", "a".repeat(81))), Err(SlugError::TooLong));
        assert_eq!(slug(&format!("{}.json", "a".repeat(80))).map(|s| s.len()), Ok(80));
        assert_eq!(slug("notes.txt"), Err(SlugError::NotJson));
        assert_eq!(slug("json"), Err(SlugError::NotJson));
    }
}
