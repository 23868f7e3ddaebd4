//! The words the islands say, and how they travel to them: in the app's props, as a list of
//! texts in field order.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::catalogue::{Reader, Texts};

/// A text of [`LiveWords`]: borrowed from the catalogue where the page is rendered, owned where
/// the islands read it from their props.
pub type Text = Cow<'static, str>;

/// The words the islands say: the parts of the page that change in the browser. The article's
/// page sends only its own language's, in the app's props, so its wasm carries no catalogue.
/// They travel as a list of texts in field order, not as an object: the wasm then carries no code
/// to match their field names (serde's derive for them cost the page's wasm 21 KB, measured).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LiveWords {
    /// The reading options' button.
    pub reading_options: Text,
    /// The heading of the kinds a reader can mark.
    pub marked_notes: Text,
    /// Each kind of note's heading, in [`crate::model::NoteKind::ALL`] order.
    pub kind_headings: [Text; 3],
    /// The option that hides every mark.
    pub clean_option: Text,
    /// The heading of how often a note is marked.
    pub mark_a_note: Text,
    /// Marked once in each paragraph.
    pub once_per_paragraph: Text,
    /// Marked at every mention.
    pub every_mention: Text,
    /// The heading of the colour choice.
    pub colours: Text,
    /// The colour choices, in [`crate::state::Theme::ALL`] order: the system's, light, dark.
    pub themes: [Text; 3],
    /// The heading of the text size.
    pub text_size: Text,
    /// Smaller text.
    pub smaller: Text,
    /// Larger text.
    pub larger: Text,
    /// A percentage, `{n}` the number ("{n} %" in German).
    pub percent: Text,
    /// Under the options: what a shared link keeps.
    pub options_hint: Text,
    /// The panel's button and heading.
    pub panel_title: Text,
    /// The panel's close button, for screen readers.
    pub close_panel: Text,
    /// The name of the panel's view buttons.
    pub show: Text,
    /// The panel's views: Who's who, Polls, Timeline.
    pub views: [Text; 3],
    /// The name of a card's line of mentions.
    pub mentions_nav: Text,
    /// A note mentioned once.
    pub only_mention: Text,
    /// `{at}` of `{count}` mentions.
    pub mention_of: Text,
    /// To the previous mention.
    pub previous: Text,
    /// To the next mention.
    pub next: Text,
    /// The button that copies a note's link.
    pub copy_link: Text,
    /// Said once it is copied.
    pub link_copied: Text,
    /// Before a link to copy by hand.
    pub copy_this_link: Text,
    /// A source link a frame could not open: before its text…
    pub blocked_before: Text,
    /// …and after it.
    pub blocked_after: Text,
    /// The name of the field with its address, `{text}` the link's text.
    pub address_of: Text,
    /// The name of the banner about a note link.
    pub note_link: Text,
    /// A link to a note that is marked nowhere.
    pub link_unknown: Text,
    /// A link to a note of a kind the reader hides.
    pub link_hidden: Text,
    /// Shows that kind and opens the note.
    pub mark_and_open: Text,
    /// Closes a banner.
    pub dismiss: Text,
    /// A dataset asked for that could not be loaded (the banner's heading).
    pub not_loaded: Text,
    /// A copy that can show only its own article (the single file), asked for another.
    pub only_built_in: Text,
}

impl LiveWords {
    /// How many texts they are.
    const COUNT: usize = 42;

    /// Every text, in field order (each field named, so none is left out).
    fn texts(&self) -> [&Text; Self::COUNT] {
        let Self {
            reading_options,
            marked_notes,
            kind_headings,
            clean_option,
            mark_a_note,
            once_per_paragraph,
            every_mention,
            colours,
            themes,
            text_size,
            smaller,
            larger,
            percent,
            options_hint,
            panel_title,
            close_panel,
            show,
            views,
            mentions_nav,
            only_mention,
            mention_of,
            previous,
            next,
            copy_link,
            link_copied,
            copy_this_link,
            blocked_before,
            blocked_after,
            address_of,
            note_link,
            link_unknown,
            link_hidden,
            mark_and_open,
            dismiss,
            not_loaded,
            only_built_in,
        } = self;
        [
            reading_options,
            marked_notes,
            &kind_headings[0],
            &kind_headings[1],
            &kind_headings[2],
            clean_option,
            mark_a_note,
            once_per_paragraph,
            every_mention,
            colours,
            &themes[0],
            &themes[1],
            &themes[2],
            text_size,
            smaller,
            larger,
            percent,
            options_hint,
            panel_title,
            close_panel,
            show,
            &views[0],
            &views[1],
            &views[2],
            mentions_nav,
            only_mention,
            mention_of,
            previous,
            next,
            copy_link,
            link_copied,
            copy_this_link,
            blocked_before,
            blocked_after,
            address_of,
            note_link,
            link_unknown,
            link_hidden,
            mark_and_open,
            dismiss,
            not_loaded,
            only_built_in,
        ]
    }
}

impl Serialize for LiveWords {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.texts())
    }
}

impl<'de> Deserialize<'de> for LiveWords {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let texts = Vec::<String>::deserialize(deserializer)?;
        if texts.len() != Self::COUNT {
            return Err(serde::de::Error::invalid_length(texts.len(), &"the interface's live words"));
        }
        let mut texts = texts.into_iter();
        Ok(Self::from_texts(|| Text::Owned(texts.next().unwrap_or_default())))
    }
}

/// Part of the page's catalogue as `fetched_words` reads it.
impl Texts for LiveWords {
    fn put<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.extend(self.texts().map(|text| text.as_ref()));
    }

    fn take(reader: &mut Reader) -> Self {
        Self::from_texts(|| Text::Borrowed(reader.next()))
    }
}

impl LiveWords {
    /// The words from [`Self::COUNT`] texts in field order, each given by `next`.
    fn from_texts(mut next: impl FnMut() -> Text) -> Self {
        // Taken in one loop, then named: a few bytes of wasm, where one call per field cost 5 KB.
        let [
            reading_options,
            marked_notes,
            kind_headings_0,
            kind_headings_1,
            kind_headings_2,
            clean_option,
            mark_a_note,
            once_per_paragraph,
            every_mention,
            colours,
            themes_0,
            themes_1,
            themes_2,
            text_size,
            smaller,
            larger,
            percent,
            options_hint,
            panel_title,
            close_panel,
            show,
            views_0,
            views_1,
            views_2,
            mentions_nav,
            only_mention,
            mention_of,
            previous,
            next,
            copy_link,
            link_copied,
            copy_this_link,
            blocked_before,
            blocked_after,
            address_of,
            note_link,
            link_unknown,
            link_hidden,
            mark_and_open,
            dismiss,
            not_loaded,
            only_built_in,
        ] = std::array::from_fn(|_| next());
        Self {
            reading_options,
            marked_notes,
            kind_headings: [kind_headings_0, kind_headings_1, kind_headings_2],
            clean_option,
            mark_a_note,
            once_per_paragraph,
            every_mention,
            colours,
            themes: [themes_0, themes_1, themes_2],
            text_size,
            smaller,
            larger,
            percent,
            options_hint,
            panel_title,
            close_panel,
            show,
            views: [views_0, views_1, views_2],
            mentions_nav,
            only_mention,
            mention_of,
            previous,
            next,
            copy_link,
            link_copied,
            copy_this_link,
            blocked_before,
            blocked_after,
            address_of,
            note_link,
            link_unknown,
            link_hidden,
            mark_and_open,
            dismiss,
            not_loaded,
            only_built_in,
        }
    }
}
