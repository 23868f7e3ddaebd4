//! What the catalogue of one language holds: every word the page says, as fields, so that a
//! catalogue that leaves one out does not compile. A `{name}` in a text stands for a value put in
//! by [`fill`]; the tests check that each language's text has the same ones as English's.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{Locale, Plural};

/// A text of [`LiveWords`]: borrowed from the catalogue where the page is rendered, owned where
/// the islands read it from their props.
pub type Text = Cow<'static, str>;

/// The words the islands say: the parts of the page that change in the browser. The article's
/// page sends only its own language's, in the app's props, so its wasm carries no catalogue.
/// They travel as a list of texts in field order, not as an object: the wasm then carries no code
/// to match their field names (serde's derive for them cost the page's wasm 21 KB, measured).
#[derive(Clone, Debug, PartialEq)]
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
        // Taken in one loop, then named: a few bytes of wasm, where one call per field cost 5 KB.
        let mut texts = texts.into_iter();
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
        ] = std::array::from_fn(|_| Text::Owned(texts.next().unwrap_or_default()));
        Ok(Self {
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
        })
    }
}

/// One kind of note's words.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct KindWords {
    /// Its name, singular ("Actor"): the legend's sample and the card's first line.
    pub name: &'static str,
    /// What it covers, in the legend.
    pub meaning: &'static str,
}

/// How many notes of one kind an article of a site has, in its index.
#[cfg(any(feature = "ssr", test))]
#[derive(Clone, Copy, Debug, Serialize)]
pub struct KindCount {
    /// How many of them, in running text ("3 poll figures").
    pub count: Plural,
    /// None of them ("no poll figures").
    pub none: &'static str,
}

/// The words of a site's index page, which only the site build writes (so no page's wasm
/// carries them).
#[cfg(any(feature = "ssr", test))]
#[derive(Debug, Serialize)]
pub struct SiteWords {
    /// Each kind of note, in [`crate::model::NoteKind::ALL`] order.
    pub kinds: [KindCount; 3],
    /// How many articles it lists.
    pub articles: Plural,
    /// Its description, `{count}` how many articles.
    pub about: &'static str,
}

/// Every word the page says, in one language. (Serialized only to be walked by the tests.)
#[derive(Debug, Serialize)]
pub struct Words {
    /// The language.
    pub locale: Locale,
    /// What the islands say.
    pub live: LiveWords,
    /// The product's name, on the brand line and after the page's title.
    pub brand: &'static str,
    /// While an article from elsewhere loads.
    pub loading: &'static str,
    /// The link past the article, for keyboards.
    pub skip_article: &'static str,
    /// After the article, for screen readers.
    pub end_of_article: &'static str,
    /// The disclosure with what the dataset says about its text.
    pub about_text: &'static str,
    /// Before the caption of a photo the page does not show.
    pub photo_not_shown: &'static str,
    /// The byline's author, `{name}`.
    pub by_author: &'static str,
    /// The reading time, in minutes.
    pub reading_time: Plural,
    /// The link to the original, where the dataset does not name it.
    pub original_article: &'static str,
    /// An author known only by `{role}`.
    pub author_role: &'static str,
    /// The legend's heading.
    pub legend_title: &'static str,
    /// How to open a note, under the legend.
    pub how_to_open: &'static str,
    /// The legend in clean reading.
    pub clean_reading: &'static str,
    /// The legend of an article with no note.
    pub no_notes: &'static str,
    /// Each kind of note, in [`crate::model::NoteKind::ALL`] order.
    pub kinds: [KindWords; 3],
    /// Each kind of actor, singular and plural, in [`crate::model::ActorKind::ALL`] order.
    pub actor_kinds: [(&'static str, &'static str); 7],
    /// The endnotes' heading.
    pub endnotes_title: &'static str,
    /// An actor's part in the story, `{text}`.
    pub in_this_story: &'static str,
    /// A context note's figure, `{text}`.
    pub the_figure: &'static str,
    /// A context note's record: the heading.
    pub record: &'static str,
    /// A poll's caveat, `{text}`.
    pub not_verified: &'static str,
    /// An actor's endnote line: `{kind}` and `{role}`.
    pub actor_line: &'static str,
    /// A poll figure's sentence: `{value}` of `{population}` `{label}`.
    pub figure_of: &'static str,
    /// A poll figure's sentence with no population: `{value}` `{label}`.
    pub figure_alone: &'static str,
    /// The poll, `{about}` its title, pollster and date.
    pub poll_about: &'static str,
    /// The pollster, `{by}`.
    pub by_pollster: &'static str,
    /// The poll's question, `{question}`.
    pub question: &'static str,
    /// A dated context note's dates, `{dates}`.
    pub dates_line: &'static str,
    /// Between the parts of a list.
    pub comma: &'static str,
    /// The card's close button, for screen readers.
    pub close_note: &'static str,
    /// How many sources a card has.
    pub sources: Plural,
    /// An actor's card line, `{kind}` its kind.
    pub actor_kind: &'static str,
    /// The sources' heading.
    pub sources_title: &'static str,
    /// After a source link.
    pub new_tab: &'static str,
    /// A poll's facts: its title, pollster, date, respondents and question.
    pub poll_facts: [&'static str; 5],
    /// The chart of a poll with no title.
    pub chart_untitled: &'static str,
    /// The chart of the poll `{title}`.
    pub chart_title: &'static str,
    /// The panel's poll table's columns.
    pub table_columns: [&'static str; 3],
    /// How many times an actor is mentioned.
    pub mentions: Plural,
    /// A page that cannot show its article: heading, sentence and the details' summary.
    pub problem: [&'static str; 3],
    /// The months.
    pub months: [&'static str; 12],
    /// A date, `{day}` `{month}` `{year}`.
    pub full_date: &'static str,
    /// A month, `{month}` `{year}`.
    pub month_date: &'static str,
    /// The first of a month, where it is not written "1" ("1er" in French).
    pub first_day: &'static str,
    /// The heading of the choice of the interface's language.
    pub language: &'static str,
    /// A labelled value, `{label}` and `{value}` ("What the record shows: …").
    pub label_value: &'static str,
}

/// `template` with each `{name}` replaced by its value (a name not given is kept as written).
/// Read once through, by character: no substring search is carried into the page's wasm for it.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values.iter().find(|(given, _)| *given == name).map(|(_, value)| (*value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

impl Words {
    /// A poll figure's share: "54%", "54 %" in German.
    pub fn percent(&self, value: f64) -> String {
        fill(&self.live.percent, &[("n", &self.locale.decimal(value, 2))])
    }

    /// A date as precisely as it is known: "2022-03" is "March 2022", "2022-03-14" is "14 March
    /// 2022"; anything else (which validation reports and clears) is shown as written.
    pub fn date(&self, iso: &str) -> String {
        let parts: Vec<&str> = iso.split('-').collect();
        let month = parts.get(1).and_then(|m| m.parse::<usize>().ok()).and_then(|m| self.months.get(m.wrapping_sub(1)));
        let day = parts.get(2).and_then(|d| d.parse::<u8>().ok()).filter(|d| (1..=31).contains(d));
        match (parts.as_slice(), month, day) {
            ([year, _], Some(month), _) => fill(self.month_date, &[("month", month), ("year", year)]),
            ([year, _, _], Some(month), Some(day)) => {
                let day = if day == 1 { self.first_day.to_owned() } else { day.to_string() };
                fill(self.full_date, &[("day", &day), ("month", month), ("year", year)])
            }
            _ => iso.to_owned(),
        }
    }

    /// Every counted phrase, with what it is (for the tests).
    #[cfg(test)]
    pub fn plurals(&self) -> Vec<(&'static str, Plural)> {
        let mut plurals =
            vec![("reading_time", self.reading_time), ("sources", self.sources), ("mentions", self.mentions)];
        let site = self.locale.site_words();
        plurals.push(("site.articles", site.articles));
        plurals.extend(site.kinds.iter().map(|kind| ("site.kinds.count", kind.count)));
        plurals
    }
}
