//! Each problem the model finds, said in a catalogue's words; in English, it is also how the
//! problem displays (the checker's output, a test's message).

use std::fmt;

use super::ProblemWords;
use crate::i18n::{Locale, fill};
use crate::model::characters::{Quoted, bidi_control};
use crate::model::{DatasetError, Difference, DraftError, FORMAT, NearMiss, Problem, ProblemKind, UrlFault};

/// How many places a list names before it says how many more there are.
const LISTED: usize = 10;

/// Said in a language: a problem, or what it is made of.
pub trait Said {
    /// In `words`, its numbers written as `locale` writes them.
    fn said(&self, words: &ProblemWords, locale: Locale) -> String;
}

/// A value from the file as the file writes it (see [`Quoted`]).
fn quoted(text: &str) -> String {
    Quoted(text).to_string()
}

/// `items`, at most [`LISTED`] of them, joined by `separator`, then "and N more".
fn listed(items: &[String], separator: &str, words: &ProblemWords, locale: Locale) -> String {
    let mut text = items[..items.len().min(LISTED)].join(separator);
    if items.len() > LISTED {
        text.push_str(separator);
        text.push_str(&fill(words.and_more, &[("n", &locale.number(items.len() - LISTED))]));
    }
    text
}

/// `items` as a list a sentence reads: "a, b and c".
pub(crate) fn joined(items: &[String], words: &ProblemWords) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => fill(words.and_last, &[("list", &rest.join(words.list_separator)), ("last", last)]),
    }
}

/// A character a reader cannot see, named with its code point: "a bidi control (U+202E)".
pub fn character(c: char, words: &ProblemWords) -> String {
    let kind = if bidi_control(c) {
        0
    } else if c.is_control() {
        1
    } else if c.is_whitespace() {
        2
    } else {
        3
    };
    fill(words.characters[kind], &[("code", &code_point(c))])
}

/// "U+202E".
fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

impl Said for ProblemKind {
    fn said(&self, w: &ProblemWords, locale: Locale) -> String {
        let anchor = |exact: &str| ("anchor", quoted(exact));
        let one = |template: &str, (name, value): (&str, String)| fill(template, &[(name, &value)]);
        match self {
            Self::UnsupportedFormat(n) => {
                fill(w.unsupported_format, &[("n", &n.to_string()), ("format", &FORMAT.to_string())])
            }
            Self::NotInPage => w.not_in_page.to_owned(),
            Self::NoHeadline => w.no_headline.to_owned(),
            Self::DuplicateId(id) => one(w.duplicate_id, ("id", quoted(id))),
            Self::Empty => w.empty.to_owned(),
            Self::HiddenInId { id, hidden } => {
                fill(w.hidden_in_id, &[("id", &quoted(id)), ("character", &character(*hidden, w))])
            }
            Self::UnsafeUrl { url, fault } => {
                fill(w.unsafe_url, &[("url", &quoted(url)), ("fault", &fault.said(w, locale))])
            }
            Self::NoSources => w.no_sources.to_owned(),
            Self::NoUsableSource => w.no_usable_source.to_owned(),
            Self::NotADate(date) => one(w.not_a_date, ("date", quoted(date))),
            Self::NotALanguage(tag) => one(w.not_a_language, ("tag", quoted(tag))),
            Self::HeadlineNotFirst => w.headline_not_first.to_owned(),
            Self::NoLetter(exact) => one(w.no_letter, anchor(exact)),
            Self::NoAnchors => w.no_anchors.to_owned(),
            Self::NeverMarked => w.never_marked.to_owned(),
            Self::SplitsLetter { exact, mark } => {
                fill(w.splits_letter, &[("anchor", &quoted(exact)), ("code", &code_point(*mark))])
            }
            Self::UnknownPoll(poll) => one(w.unknown_poll, ("poll", quoted(poll))),
            Self::NotAPercentage => w.not_a_percentage.to_owned(),
            Self::AnchorNotFound { exact, near: None } => one(w.anchor_not_found, anchor(exact)),
            Self::AnchorNotFound { exact, near: Some(near) } => {
                fill(w.anchor_near, &[("anchor", &quoted(exact)), ("near", &near.said(w, locale))])
            }
            Self::AnchorAmbiguous { exact, places } => fill(
                w.anchor_ambiguous,
                &[
                    ("anchor", &quoted(exact)),
                    ("n", &locale.number(places.len())),
                    ("places", &listed(places, w.clause_separator, w, locale)),
                ],
            ),
            Self::Overlap { other, block, text } => {
                fill(w.overlap, &[("other", &quoted(other)), ("block", &quoted(block)), ("text", &quoted(text))])
            }
        }
    }
}

impl Said for UrlFault {
    fn said(&self, w: &ProblemWords, _: Locale) -> String {
        let [http, no_scheme, scheme, no_host, credentials, space, unescaped, hidden, bad_host, mixed] = w.url_faults;
        match self {
            Self::Scheme(given) if given == "http" => http.to_owned(),
            Self::Scheme(given) if given.is_empty() => no_scheme.to_owned(),
            Self::Scheme(given) => fill(scheme, &[("scheme", given)]),
            Self::NoHost => no_host.to_owned(),
            Self::Credentials => credentials.to_owned(),
            Self::Unescaped(' ') => space.to_owned(),
            Self::Unescaped(c) => {
                fill(unescaped, &[("character", &c.to_string()), ("escaped", &format!("%{:02X}", u32::from(*c)))])
            }
            Self::Hidden(c) => fill(hidden, &[("character", &character(*c, w))]),
            Self::BadHost => bad_host.to_owned(),
            Self::MixedScripts(a, b) => fill(mixed, &[("a", a), ("b", b)]),
        }
    }
}

impl Said for NearMiss {
    fn said(&self, w: &ProblemWords, _: Locale) -> String {
        let near = fill(w.near, &[("found", &quoted(&self.found)), ("block", &quoted(&self.block))]);
        if self.differences.is_empty() {
            return near;
        }
        let differences: Vec<String> = (self.differences.iter())
            .map(|&d| w.differences[Difference::ALL.iter().position(|&each| each == d).unwrap_or(0)].to_owned())
            .collect();
        fill(w.differs, &[("near", &near), ("differences", &joined(&differences, w))])
    }
}

impl Said for Problem {
    fn said(&self, w: &ProblemWords, locale: Locale) -> String {
        fill(w.at, &[("path", &self.path), ("problem", &self.kind.said(w, locale))])
    }
}

impl Said for DatasetError {
    fn said(&self, w: &ProblemWords, locale: Locale) -> String {
        match self {
            Self::Json { path, line, column, message } => fill(
                w.json,
                &[("line", &line.to_string()), ("column", &column.to_string()), ("path", path), ("message", message)],
            ),
            Self::Invalid(problems) => {
                let mut text = w.problems.count(locale, problems.len());
                for problem in problems {
                    text.push('\n');
                    text.push_str(&problem.said(w, locale));
                }
                text
            }
        }
    }
}

impl Said for DraftError {
    fn said(&self, w: &ProblemWords, _: Locale) -> String {
        match self {
            Self::Format(format) => {
                fill(w.draft_format, &[("format", &format.to_string()), ("latest", &FORMAT.to_string())])
            }
            Self::Unreadable(why) => fill(w.draft_unreadable, &[("why", why)]),
        }
    }
}

/// In English, as the checker writes them.
macro_rules! displayed_in_english {
    ($($kind:ty),*) => {$(
        impl fmt::Display for $kind {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.said(ProblemWords::ENGLISH, Locale::En))
            }
        }
    )*};
}

displayed_in_english!(ProblemKind, UrlFault, NearMiss, Problem, DatasetError, DraftError);
