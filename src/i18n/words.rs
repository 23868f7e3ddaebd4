//! What the catalogue of one language holds: every word the page says, as fields, so that a
//! catalogue that leaves one out does not compile. A `{name}` in a text stands for a value put in
//! by [`fill`]; the tests check that each language's text has the same ones as English's.

use serde::Serialize;

use super::catalogue::{Reader, Texts, catalogue};
use super::{LiveWords, Locale, Plural};

/// One kind of note's words.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct KindWords {
    /// Its name, singular ("Actor"): the legend's sample and the card's first line.
    pub name: &'static str,
    /// What it covers, in the legend.
    pub meaning: &'static str,
}

impl Texts for KindWords {
    fn put<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.extend([self.name, self.meaning]);
    }

    fn take(reader: &mut Reader) -> Self {
        let name = reader.next();
        Self { name, meaning: reader.next() }
    }
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

catalogue! {
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

/// A piece of a template: text as written, or the name of a value put in its place.
#[cfg(any(feature = "edit", test))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Value(&'a str),
}

/// `template` in pieces, in order: where a view puts an element (a `<code>`, a link) in place of
/// a `{name}`, not text [`fill`] would write.
#[cfg(any(feature = "edit", test))]
pub fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        let Some((name, next)) = after.split_once('}') else { break };
        if !before.is_empty() {
            out.push(Piece::Text(before));
        }
        out.push(Piece::Value(name));
        rest = next;
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

impl Words {
    /// A poll figure's share: "54%", "54 %" in German.
    pub(crate) fn percent(&self, value: f64) -> String {
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
    pub(crate) fn plurals(&self) -> Vec<(&'static str, Plural)> {
        let mut plurals =
            vec![("reading_time", self.reading_time), ("sources", self.sources), ("mentions", self.mentions)];
        let site = self.locale.site_words();
        plurals.push(("site.articles", site.articles));
        plurals.extend(site.kinds.iter().map(|kind| ("site.kinds.count", kind.count)));
        plurals
    }
}
