//! The reader's colours and text size: what they chose, shared through context; the app applies
//! them to the page and keeps them where storage is available.

use leptos::prelude::*;

/// The colours the reader chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// The system's (`prefers-color-scheme`).
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    /// Every choice, in the order offered (the catalogue's `themes` name them).
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The name kept in storage and in the `data-theme` attribute (none for the system's).
    pub fn name(self) -> &'static str {
        match self {
            Theme::System => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The choice of that name; anything else is the system's.
    pub fn from_name(name: &str) -> Self {
        Self::ALL.into_iter().find(|theme| theme.name() == name).unwrap_or_default()
    }
}

/// Text sizes offered, as percentages of the browser's default.
pub const TEXT_SIZES: [u16; 5] = [90, 100, 115, 130, 150];

/// The reader's colours and text size, shared through context; the app applies them to the
/// page and remembers them where storage is available.
#[derive(Clone, Copy)]
pub struct Appearance {
    theme: RwSignal<Theme>,
    size: RwSignal<u16>,
}

impl Appearance {
    /// The defaults: the system's colours at 100 %.
    pub fn new() -> Self {
        Self { theme: RwSignal::new(Theme::System), size: RwSignal::new(100) }
    }

    /// The chosen colours (tracked).
    pub fn theme(&self) -> Theme {
        self.theme.get()
    }

    /// The chosen text size in percent (tracked).
    pub fn size(&self) -> u16 {
        self.size.get()
    }

    /// Chooses colours.
    pub fn set_theme(&self, theme: Theme) {
        self.theme.set(theme);
    }

    /// Chooses a text size; one not offered is ignored.
    pub fn set_size(&self, percent: u16) {
        if TEXT_SIZES.contains(&percent) {
            self.size.set(percent);
        }
    }

    /// Moves the text size `by` steps through [`TEXT_SIZES`], stopping at either end.
    pub fn step_size(&self, by: isize) {
        let at = TEXT_SIZES.iter().position(|&s| s == self.size.get_untracked()).unwrap_or(1);
        self.size.set(TEXT_SIZES[at.saturating_add_signed(by).min(TEXT_SIZES.len() - 1)]);
    }
}

impl Default for Appearance {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::{Appearance, TEXT_SIZES, Theme};
    use leptos::prelude::*;

    #[test]
    fn text_size_steps_stop_at_either_end_and_unknown_sizes_are_ignored() {
        let owner = Owner::new();
        owner.with(|| {
            let appearance = Appearance::new();
            appearance.step_size(-1);
            appearance.step_size(-1);
            assert_eq!(appearance.size.get_untracked(), TEXT_SIZES[0]);
            appearance.set_size(120);
            assert_eq!(appearance.size.get_untracked(), TEXT_SIZES[0]);
            for _ in 0..10 {
                appearance.step_size(1);
            }
            assert_eq!(appearance.size.get_untracked(), 150);
        });
    }

    #[test]
    fn a_theme_reads_back_by_its_name_and_anything_else_is_the_systems() {
        for theme in Theme::ALL {
            assert_eq!(Theme::from_name(theme.name()), theme);
        }
        assert_eq!(Theme::from_name("sepia"), Theme::System);
    }
}
