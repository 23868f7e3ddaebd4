//! What is wrong with a dataset, in words: the checker's sentences for each problem the model
//! finds ([`crate::model::ProblemKind`], [`crate::model::UrlFault`], a near-miss), and the
//! banner a reader sees over a dataset that could not be used, or only in part.
//!
//! The model says what is wrong, typed; this module says it, in a language. English is in every
//! build that shows a problem (the checker on the command line speaks it); the other languages
//! are fetched by the pages that show problems in the browser, the editor (in its own words) and
//! `open/` (`words/problems-<tag>.txt`), only when there is one to show.

#[cfg(any(feature = "ssr", test))]
mod ar;
#[cfg(any(feature = "ssr", test))]
mod de;
mod en;
#[cfg(any(feature = "ssr", test))]
mod es;
#[cfg(any(feature = "ssr", test))]
mod fr;
mod say;
#[cfg(any(feature = "ssr", test))]
mod sr_cyrl;
#[cfg(any(feature = "ssr", test))]
mod sr_latn;

use super::Locale;
use super::Plural;
use super::catalogue::catalogue;

pub use say::Said;
pub(crate) use say::joined;

impl ProblemWords {
    /// The sentences in English: the checker's, and every page's until another language's are
    /// fetched.
    pub const ENGLISH: &'static ProblemWords = &en::EN;
}

impl Locale {
    /// The problem sentences in it.
    #[cfg(any(feature = "ssr", test))]
    pub fn problem_words(self) -> &'static ProblemWords {
        match self {
            Self::En => &en::EN,
            Self::SrLatn => &sr_latn::SR_LATN,
            Self::SrCyrl => &sr_cyrl::SR_CYRL,
            Self::De => &de::DE,
            Self::Fr => &fr::FR,
            Self::Es => &es::ES,
            Self::Ar => &ar::AR,
        }
    }

    /// Where a page finds the problem sentences in this language, beside it.
    pub fn problem_words_file(self) -> String {
        format!("words/problems-{}.txt", self.tag())
    }
}

catalogue! {
    /// Every sentence about what is wrong with a dataset. Values in braces; a value quoted from
    /// the file (`{id}`, `{anchor}`) comes in straight double quotes, escaped as the file would
    /// write it, in every language: it is the file's text, not a quotation.
    #[derive(Clone, Debug)]
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct ProblemWords {
        /// Where a problem is, `{path}`, and what it is, `{problem}`.
        pub at: &'static str,
        /// How many problems a dataset has, before their list.
        pub problems: Plural,
        /// The reader stopped: `{line}`, `{column}`, `{path}` and serde's `{message}`.
        pub json: &'static str,
        /// The end of a cut list: `{n}` more.
        pub and_more: &'static str,

        /// `{n}` the format given, `{format}` this version's.
        pub unsupported_format: &'static str,
        pub not_in_page: &'static str,
        pub no_headline: &'static str,
        pub duplicate_id: &'static str,
        pub empty: &'static str,
        /// `{id}` and the `{character}` in it ([`Self::characters`]).
        pub hidden_in_id: &'static str,
        /// `{url}` and its `{fault}` ([`Self::url_faults`]).
        pub unsafe_url: &'static str,
        pub no_sources: &'static str,
        pub no_usable_source: &'static str,
        pub not_a_date: &'static str,
        pub not_a_language: &'static str,
        pub headline_not_first: &'static str,
        pub no_letter: &'static str,
        pub no_anchors: &'static str,
        pub never_marked: &'static str,
        /// `{anchor}` and the `{code}` point of the mark.
        pub splits_letter: &'static str,
        pub unknown_poll: &'static str,
        pub not_a_percentage: &'static str,
        pub anchor_not_found: &'static str,
        /// `{anchor}` and the `{near}`-miss ([`Self::near`]).
        pub anchor_near: &'static str,
        /// `{anchor}`, `{n}` times, and the `{places}`.
        pub anchor_ambiguous: &'static str,
        /// `{other}` note, `{block}`, `{text}`.
        pub overlap: &'static str,
        /// A draft that cannot be opened: written in a newer `{format}` than this `{latest}`; not a
        /// dataset, `{why}`.
        pub draft_format: &'static str,
        pub draft_unreadable: &'static str,

        /// A near-miss: `{found}` in `{block}`, and what it `{differs}` in.
        pub near: &'static str,
        pub differs: &'static str,
        /// What a near-miss differs in, in [`crate::model::Difference::ALL`] order.
        pub differences: [&'static str; 6],
        /// What stands between the items of a list ("a, b") and between its clauses ("a; b").
        pub list_separator: &'static str,
        pub clause_separator: &'static str,
        /// The last of a list: `{list}` and `{last}`.
        pub and_last: &'static str,
        /// A value the reader is told about (a server's status, a type of content), `{text}`, in
        /// the language's quotation marks.
        pub quoted: &'static str,

        /// What is wrong with an address: http, no scheme, another `{scheme}`, no host, a user in
        /// it, a space, another `{character}` written `{escaped}`, a hidden `{character}`, a bad
        /// host, a host mixing scripts `{a}` and `{b}`.
        pub url_faults: [&'static str; 10],
        /// A character a reader cannot see: a bidi control, a control character, a space, another
        /// invisible character; each `{code}`.
        pub characters: [&'static str; 4],

        /// The banner over a dataset that was not shown: its heading, its last sentence, and what
        /// a build that reads only its own article says.
        pub not_loaded: &'static str,
        pub instead: &'static str,
        pub only_built_in: &'static str,
        /// Why: the address, the server's `{status}`, the network, `{kind}` of content, `{size}`
        /// of `{most}` MB, damaged, another version, no headline, the rules broken.
        pub address_refused: &'static str,
        pub download_status: &'static str,
        pub download_failed: &'static str,
        pub wrong_kind: &'static str,
        pub too_large: &'static str,
        pub damaged: &'static str,
        pub other_version: &'static str,
        pub no_headline_file: &'static str,
        pub breaks_rules: &'static str,
        /// The banner over a dataset shown in part.
        pub partial: &'static str,
        /// The details' headings: of a dataset not shown, of one shown in part.
        pub technical_details: &'static str,
        pub what_was_left_out: &'static str,
        /// A detail's line: the `{url}`; the size in `{n}` bytes.
        pub address: &'static str,
        pub bytes: &'static str,
        /// What a dataset shown in part lost: its parts left out, `{list}` of them…
        pub left_out: &'static str,
        /// …a later headline set as a paragraph…
        pub set_as_paragraph: &'static str,
        /// …and an id kept though repeated or unreadable.
        pub kept: &'static str,
        /// The parts counted: notes, mentions, links, dates, language tags, empty texts, later
        /// headlines, ids.
        pub parts: [Plural; 8],
    }
}
