//! The editor's language: which one it speaks, and its words. English is in the wasm; another
//! language's words are fetched from `words/<tag>.txt` beside the page (written by
//! `companion-shell` from the catalogues in `i18n::editor`) the first time it is chosen.

use std::cell::RefCell;

use leptos::prelude::*;

use crate::fetched_words;
use crate::i18n::{EditorWords, Locale, Piece, ProblemWords, pieces};
use crate::settings::Settings;
use crate::storage;

/// Where the person's choice of language is kept.
const LANGUAGE_KEY: &str = "reading-companion.editor.language";

/// What the editor says, in English, where another language's words could not be fetched: the
/// one sentence it cannot say in the language asked for. `{language}` is that language's name.
pub const NOT_LOADED: &str = "The editor’s words in {language} could not be loaded, so it is in English.";

/// The editor's language and its words, as its components read them from context.
#[derive(Clone, Copy, Debug)]
pub struct Speaking {
    pub locale: Locale,
    pub words: &'static EditorWords,
    /// What it says of a problem the checker finds.
    pub problems: &'static ProblemWords,
}

/// The editor's words, from context.
pub fn use_words() -> &'static EditorWords {
    expect_context::<Speaking>().words
}

/// The language the editor opens in: the address's (`#lang=de`), then the one chosen here
/// before, then the first of the browser's languages the editor speaks, then English.
pub fn first_choice() -> Locale {
    let fragment = window().location().hash().unwrap_or_default();
    let asked = Settings::from_fragment(&fragment).0.lang;
    let kept = || storage::read::<String>(LANGUAGE_KEY).and_then(|tag| Locale::from_tag(&tag));
    let browser = || {
        let languages = window().navigator().languages();
        (languages.iter())
            .filter_map(|language| language.as_string())
            .map(|language| Locale::for_language(Some(&language)))
            .find(|negotiated| negotiated.matched)
            .map(|negotiated| negotiated.locale)
    };
    asked.or_else(kept).or_else(browser).unwrap_or_default()
}

/// Keeps `locale` as the person's choice.
pub fn remember(locale: Locale) {
    storage::write(LANGUAGE_KEY, locale.tag());
}

thread_local! {
    /// The languages fetched so far: each is fetched, and kept, once.
    static FETCHED: RefCell<Vec<Speaking>> = const { RefCell::new(Vec::new()) };
}

/// The editor's words in `locale`, fetched if need be; English where they cannot be.
pub async fn words_in(locale: Locale) -> Result<Speaking, Speaking> {
    let english = Speaking { locale: Locale::En, words: EditorWords::ENGLISH, problems: ProblemWords::ENGLISH };
    if locale == Locale::En {
        return Ok(english);
    }
    if let Some(known) = FETCHED.with_borrow(|fetched| fetched.iter().find(|s| s.locale == locale).copied()) {
        return Ok(known);
    }
    let (texts, problems) =
        futures::future::join(fetched_words::file(&locale.editor_words_file()), fetched_words::problem_words(locale))
            .await;
    match (texts.and_then(|file| EditorWords::from_file(locale.rule(), file)), problems) {
        (Some(words), Some(problems)) => {
            let words: &'static EditorWords = Box::leak(Box::new(words));
            let speaking = Speaking { locale, words, problems };
            FETCHED.with_borrow_mut(|fetched| fetched.push(speaking));
            Ok(speaking)
        }
        _ => Err(english),
    }
}

/// Puts the page in `speaking`'s language: its `lang`, direction and title.
pub fn apply(speaking: Speaking) {
    if let Some(html) = document().document_element() {
        _ = html.set_attribute("lang", speaking.locale.tag());
        _ = html.set_attribute("dir", speaking.locale.dir());
    }
    document().set_title(speaking.words.title);
}

/// The choice of the editor's language: each language in its own name, and in its own `lang`.
#[component]
pub fn LanguageChoice(
    /// Called with the language chosen.
    choose: Callback<Locale>,
) -> impl IntoView {
    let Speaking { locale, words, .. } = expect_context::<Speaking>();
    let change = move |ev: leptos::ev::Event| {
        if let Some(chosen) = Locale::from_tag(&event_target_value(&ev)) {
            choose.run(chosen);
        }
    };
    view! {
        <div class="editor__language">
            <label for="editor-language">{words.editor_language}</label>
            <select id="editor-language" on:change=change>
                {Locale::ALL.map(|option| view! {
                    <option value=option.tag() lang=option.tag() selected=option == locale>{option.name()}</option>
                })}
            </select>
        </div>
    }
}

/// `text` isolated left to right (Unicode's isolates): an address or a code put into a sentence
/// that may run right to left, whose slashes and dots would otherwise stand on the wrong side.
pub fn ltr(text: &str) -> String {
    format!("\u{2066}{text}\u{2069}")
}

/// `template` with its one value, `text`, isolated from the words around it (`<bdi>`): a phrase
/// of the person's text in the interface's quotation marks, whatever the directions of the two.
pub fn isolated(template: &'static str, text: String) -> impl IntoView {
    (pieces(template).into_iter())
        .map(|piece| match piece {
            Piece::Text(words) => words.into_any(),
            Piece::Value(_) => view! { <bdi>{text.clone()}</bdi> }.into_any(),
        })
        .collect_view()
}
