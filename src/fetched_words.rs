//! Words fetched from beside the page in a language its wasm does not carry: `open/`'s page
//! words, the problem sentences (`open/` and the editor, when there is a problem to show) and the
//! editor's own words.
//! Each file is fetched once and kept for the page's life; where one cannot be fetched, the
//! caller says so and stays in English.

use std::cell::RefCell;

use gloo_net::http::Request;

use crate::i18n::{Locale, ProblemWords, Words};

thread_local! {
    /// The problem sentences fetched so far, by language.
    static PROBLEMS: RefCell<Vec<(Locale, &'static ProblemWords)>> = const { RefCell::new(Vec::new()) };
}

/// The catalogue file `name` (written by `companion-shell`), if it can be fetched.
pub async fn file(name: &str) -> Option<String> {
    let response = Request::get(name).send().await.ok()?;
    response.ok().then_some(response)?.text().await.ok()
}

/// The page's words in `locale` (`Locale::words` finds them from then on), fetched if need be;
/// `false` if they cannot be.
pub async fn page_words(locale: Locale) -> bool {
    if locale == Locale::En || locale.words().locale == locale {
        return true;
    }
    let Some(words) = file(&locale.page_words_file()).await.and_then(|f| Words::from_file(locale.rule(), f)) else {
        return false;
    };
    if words.locale != locale {
        return false;
    }
    crate::i18n::keep_words(words);
    true
}

/// The problem sentences in `locale` if they are at hand: English, as the wasm carries them, or
/// another language fetched before.
pub fn problem_words_at_hand(locale: Locale) -> Option<&'static ProblemWords> {
    if locale == Locale::En {
        return Some(ProblemWords::ENGLISH);
    }
    PROBLEMS.with_borrow(|kept| kept.iter().find(|(l, _)| *l == locale).map(|(_, w)| *w))
}

/// The problem sentences in `locale`, fetched if need be (`None` if they cannot be).
pub async fn problem_words(locale: Locale) -> Option<&'static ProblemWords> {
    if let Some(known) = problem_words_at_hand(locale) {
        return Some(known);
    }
    let words = ProblemWords::from_file(locale.rule(), file(&locale.problem_words_file()).await?)?;
    let words: &'static ProblemWords = Box::leak(Box::new(words));
    PROBLEMS.with_borrow_mut(|kept| kept.push((locale, words)));
    Some(words)
}
