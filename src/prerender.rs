//! The page as HTML, rendered at build time by the same components (Leptos's `to_html`), as
//! islands: the article paints before the wasm arrives and reads without it, every note's card
//! is in it, and until the app takes over the browser opens them; the wasm hydrates only the
//! islands (see [`crate::app`]).

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;

use crate::app::App;
use crate::i18n::Locale;
use crate::model::Dataset;
use crate::model::in_page::to_page_json;

/// The dataset ([`crate::model::in_page`]) as a data block for the end of the page, which the
/// `open` build's wasm reads (see [`crate::data`]).
pub(crate) fn dataset_script(dataset: &Dataset) -> String {
    format!(
        "<script type=\"application/json\" id=\"{}\">{}</script>",
        crate::data::DATASET_ELEMENT_ID,
        to_page_json(dataset)
    )
}

/// Starts the executor Leptos's reactive system spawns on (selectors spawn their work even while
/// rendering to HTML): natively a thread pool, in the browser (the editor's page download) the
/// page's or worker's own tasks. Starting it again does nothing.
pub(crate) fn init_executor() {
    #[cfg(not(target_arch = "wasm32"))]
    let started = any_spawner::Executor::init_futures_executor();
    #[cfg(target_arch = "wasm32")]
    let started = any_spawner::Executor::init_wasm_bindgen();
    _ = started;
}

/// The page's content in `locale`, published in `languages` (each with its address), for the
/// root element ([`crate::app::ROOT_ID`]): exactly what hydration walks, so it is written into
/// the page as it is.
pub fn page(dataset: &'static Dataset, locale: Locale, languages: &[(Locale, String)]) -> String {
    init_executor();
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new_islands())));
    let languages = languages.to_vec();
    owner.with(|| view! { <App dataset locale languages /> }.to_html())
}

#[cfg(test)]
mod tests {
    use super::page;
    use crate::i18n::Locale;
    use crate::model::Dataset;

    /// The start tag holding `attribute`.
    fn tag<'a>(html: &'a str, attribute: &str) -> &'a str {
        let at = html.find(attribute).unwrap_or_else(|| panic!("no element with {attribute}"));
        let start = html[..at].rfind('<').unwrap_or(0);
        &html[start..at + html[at..].find('>').unwrap_or(0) + 1]
    }

    fn bound_to_russia() -> &'static Dataset {
        Box::leak(Box::new(Dataset::from_json(crate::data::EMBEDDED_JSON).expect("valid")))
    }

    #[test]
    fn the_page_holds_every_block_every_mark_with_its_opener_and_every_note_as_a_card_and_an_endnote() {
        let dataset = bound_to_russia();
        let html = page(dataset, Locale::En, &[]);
        for note in &dataset.notes {
            assert!(
                html.contains(&format!("<li id=\"endnote-{}\" data-kind=\"{}\">", note.id, note.kind().as_str())),
                "{}",
                note.id
            );
            let card = tag(&html, &format!("id=\"card-{}\"", note.id));
            for attribute in [
                format!("class=\"card card--{}\"", note.kind().as_str()),
                "popover=\"auto\"".into(),
                "role=\"dialog\"".into(),
            ] {
                assert!(card.contains(&attribute), "{card} has no {attribute}");
            }
            assert!(html.contains(&format!(">{}</h2>", note.title)), "{}: the card's content is in the page", note.id);
        }
        for (i, mention) in dataset.mentions.iter().enumerate() {
            let note = &dataset.notes[mention.note.0].id;
            let opener = tag(&html, &format!("id=\"open-{i}\""));
            for attribute in [format!("popovertarget=\"card-{note}\""), format!("aria-labelledby=\"mention-{i}\"")] {
                assert!(opener.contains(&attribute), "{opener} has no {attribute}");
            }
            assert!(!opener.contains("aria-expanded"), "until the app takes over, the browser says which card is open");
        }
        assert_eq!(html.matches(" data-block=\"").count(), dataset.article.blocks.len());
        // Each note is marked once in a paragraph until the reader asks for every mention.
        let firsts = (dataset.mentions.iter().enumerate())
            .filter(|&(i, m)| !dataset.mentions[..i].iter().any(|e| e.note == m.note && e.block == m.block))
            .count();
        assert!(firsts < dataset.mentions.len());
        assert_eq!(html.matches(" class=\"mark mark--").count(), firsts);
        assert_eq!(html.matches(" class=\"mark-off\"").count(), dataset.mentions.len() - firsts);
        assert_eq!(html.matches(" popovertargetaction=\"hide\"").count(), dataset.notes.len(), "every card closes");
        assert!(!html.contains("<script"));
        assert!(!html.contains(" style="), "a strict policy blocks style attributes in markup");
        assert!(!html.contains("article__part"), "an article of ordinary length is not grouped");
    }

    #[test]
    fn a_long_article_is_in_the_page_whole_in_parts_of_twenty_five_blocks() {
        let paragraph = "Serbia met Russia and the talks went on. ".repeat(20);
        let blocks: Vec<String> = std::iter::once(r#"{"id":"h","kind":"headline","text":"A long article"}"#.to_owned())
            .chain((0..60).map(|p| format!(r#"{{"id":"p{p}","kind":"paragraph","text":"{paragraph}"}}"#)))
            .collect();
        let note = |id: &str, exact: &str| {
            format!(
                r#"{{"kind":"context","id":"{id}","title":"T","dates":"D","summary":"S","anchors":[{{"exact":"{exact}","every":true}}],"sources":[{{"url":"https://example.org/s","label":"S"}}]}}"#
            )
        };
        let json = format!(
            r#"{{"format":2,"article":{{"publisher":"P","published":"2022","blocks":[{}]}},"notes":[{},{}]}}"#,
            blocks.join(","),
            note("serbia", "Serbia"),
            note("russia", "Russia")
        );
        let dataset: &'static Dataset = Box::leak(Box::new(Dataset::from_json(&json).expect("valid")));
        assert_eq!(dataset.mentions.len(), 2400);
        let html = page(dataset, Locale::En, &[]);
        assert!(!tag(&html, "<article").contains("aria-busy"), "nothing is left to render");
        let parts: Vec<&str> = html.split("<div class=\"article__part\">").skip(1).collect();
        assert_eq!(parts.len(), 3);
        for (part, (first, last)) in parts.iter().zip([(0, 24), (25, 49), (50, 59)]) {
            let blocks: Vec<&str> =
                part.split(" data-block=\"").skip(1).map(|b| &b[..b.find('"').unwrap_or(0)]).collect();
            let ends = (blocks.first().copied(), blocks.last().copied());
            let expected = (Some(format!("p{first}")), Some(format!("p{last}")));
            assert_eq!((ends.0.map(str::to_owned), ends.1.map(str::to_owned)), expected);
        }
        assert_eq!(html.matches(" data-block=\"").count(), 61, "every block is in the page");
    }

    #[test]
    fn a_card_steps_through_its_notes_mentions_and_a_note_mentioned_once_has_no_steps() {
        let dataset = bound_to_russia();
        let html = page(dataset, Locale::En, &[]);
        let steps = |note: &str| {
            let card = &html[html.find(&format!("id=\"card-{note}\"")).unwrap_or(0)..];
            let at = card.find("class=\"card__mentions\"").unwrap_or_else(|| panic!("{note}: no mentions line"));
            let close = |tag: &str| card[at..].find(tag).unwrap_or(usize::MAX);
            let end = at + close("</nav>").min(close("</p>"));
            card[at..end].to_owned()
        };
        let count = |note: &crate::model::Note| note.mentions.len();
        let once = dataset.notes.iter().find(|n| n.kind() == crate::model::NoteKind::Actor && count(n) == 1);
        let many = dataset.notes.iter().find(|n| n.kind() == crate::model::NoteKind::Actor && count(n) > 1);
        let (Some(once), Some(many)) = (once, many) else { panic!("the article has actors mentioned once and more") };
        let single = steps(&once.id);
        assert!(single.contains("The only mention in the article") && !single.contains("<button"), "{single}");
        let several = steps(&many.id);
        assert!(several.contains(&format!("Mention 1 of {}", count(many))), "{several}");
        assert_eq!(several.matches("<button").count(), 2, "{several}");
    }

    #[test]
    fn a_text_that_is_not_news_reads_as_itself() {
        let json = include_str!("../tests/fixtures/valid/a-talk.json");
        let dataset: &'static Dataset = Box::leak(Box::new(Dataset::from_json(json).expect("valid")));
        let html = page(dataset, Locale::En, &[]);
        let byline = tag(&html, "class=\"article__byline\"");
        let byline = &html[html.find(byline).unwrap_or(0)..];
        let byline = &byline[..byline.find("</p>").unwrap_or(0)];
        assert_eq!(byline.matches("Ada Example").count(), 1, "the author is not named again as publisher: {byline}");
        assert!(byline.contains("<bdi lang=\"en\">Archive copy</bdi></a>"), "the dataset names the link: {byline}");
        assert!(html.contains("<h3>Groups</h3>") && html.contains("<h3>Places</h3>"), "actors of other kinds");
        // No polls and no dated notes: Who's who is the panel's only view, with nothing to switch.
        assert!(html.contains("data-view=\"0\""));
        assert!(!html.contains("data-view=\"1\"") && !html.contains("data-view=\"2\""));
        assert!(!html.contains(">Polls<") && !html.contains(">Timeline<") && !html.contains("panel__switch"));
        assert!(!html.contains("card__dates"), "a concept has no dates");
        assert!(
            html.contains(" dir=\"auto\" translate=\"no\">example.org</a>"),
            "a source without a label is named by its host"
        );
        let shown = html.replace("<!>", "");
        assert!(
            shown.contains(">example.org</a><span class=\"card__host\"> (opens in a new tab)</span>"),
            "and its host is not said again"
        );
    }

    #[test]
    fn a_right_to_left_text_runs_right_to_left_in_an_interface_that_does_not_and_a_text_with_nothing_to_list_has_no_panel()
     {
        let json = include_str!("../tests/fixtures/valid/a-talk.json")
            .replace("\"language\": \"en\"", "\"language\": \"ar\"")
            .replace("\"actor_kind\": \"group\"", "\"actor_kind\": \"other\"");
        let dataset: &'static Dataset = Box::leak(Box::new(Dataset::from_json(&json).expect("valid")));
        let html = page(dataset, Locale::En, &[]);
        for block in ["data-block=\"title\"", "data-block=\"p1\""] {
            assert!(tag(&html, block).contains("lang=\"ar\" dir=\"rtl\""), "{}", tag(&html, block));
        }
        let byline = tag(&html, "class=\"article__byline\"");
        assert!(!byline.contains("dir=") && !byline.contains("lang="), "the page's own words: {byline}");
        let json = json.replace("\"language\": \"ar\",", "\"direction\": \"ltr\", \"language\": \"ar\",");
        let dataset: &'static Dataset = Box::leak(Box::new(Dataset::from_json(&json).expect("valid")));
        assert!(
            tag(&page(dataset, Locale::En, &[]), "data-block=\"p1\"").contains("dir=\"ltr\""),
            "the dataset decides"
        );
        let json = include_str!("../tests/fixtures/valid/minimal.json")
            .replace("\"kind\": \"actor\"", "\"kind\": \"context\"");
        let json = json.replace("\"actor_kind\": \"state\",\n      \"role\": \"A state\",", "");
        let dataset: &'static Dataset = Box::leak(Box::new(Dataset::from_json(&json).expect("valid")));
        assert!(page(dataset, Locale::En, &[]).contains("notes-panel"), "a dated note is on the timeline");
        let json = json.replace("\"dates\": \"2022\",", "");
        let dataset: &'static Dataset = Box::leak(Box::new(Dataset::from_json(&json).expect("valid")));
        assert!(!page(dataset, Locale::En, &[]).contains("notes-panel"), "nothing to list, no panel");
    }

    #[test]
    fn an_article_left_with_no_note_does_not_invite_the_reader_to_open_one() {
        let json = include_str!("../tests/fixtures/valid/minimal.json");
        let dataset: &'static Dataset = Box::leak(Box::new(Dataset::from_json(json).expect("valid")));
        assert!(
            page(dataset, Locale::En, &[]).contains(Locale::En.words().how_to_open),
            "a marked article says how to open a note"
        );
        let mut unmarked = serde_json::from_str::<serde_json::Value>(json).expect("JSON");
        unmarked["notes"] = serde_json::json!([]);
        let dataset: &'static Dataset = Box::leak(Box::new(Dataset::from_json(&unmarked.to_string()).expect("valid")));
        let html = page(dataset, Locale::En, &[]);
        let en = Locale::En.words();
        assert!(!html.contains(en.how_to_open), "nothing to hover, tap or focus");
        assert!(!html.contains(en.clean_reading), "and no marks to bring back");
        assert!(html.contains(en.no_notes), "the legend says there is none");
    }

    #[test]
    fn a_poll_with_texts_left_empty_shows_what_it_has_without_gaps() {
        let mut json: serde_json::Value =
            serde_json::from_str(include_str!("../tests/fixtures/valid/every-field.json")).expect("JSON");
        for field in ["title", "by", "population", "question"] {
            json["polls"][0][field] = serde_json::json!(" ");
        }
        let checked = Dataset::check(&json.to_string()).expect("shown without them");
        assert_eq!(checked.problems.len(), 4);
        let dataset: &'static Dataset = Box::leak(Box::new(checked.dataset));
        let html = page(dataset, Locale::En, &[]).replace("<!>", "");
        assert!(html.contains("<dt>When</dt><dd lang=\"en\" dir=\"ltr\">2021</dd>"), "what is given is shown");
        for gap in [
            "<dd lang=\"en\" dir=\"ltr\"></dd>",
            "<dd></dd>",
            "<dt>By</dt>",
            "<dt>Poll</dt>",
            "from the <",
            "from the </",
            " of  ",
            ", ,",
            ": ,",
        ] {
            assert!(!html.contains(gap), "{gap:?} in the page");
        }
        assert!(html.contains("All figures from this poll"));
        assert!(html.contains("Poll: 2021."), "the endnote says what it knows");
    }

    /// The page's own words in `html`: its text and the names it gives (`aria-label`, `title`,
    /// `alt`, `placeholder`), outside whatever is marked as another language's (the dataset's
    /// text) or as no language (`translate="no"`: addresses).
    fn interface_words(html: &str, locale: Locale) -> Vec<String> {
        use std::cell::RefCell;
        use std::rc::Rc;

        use lol_html::{RewriteStrSettings, element, rewrite_str, text};

        // Whether each open element is the dataset's (or an address).
        let data = Rc::new(RefCell::new(Vec::<bool>::new()));
        let words = Rc::new(RefCell::new(Vec::<String>::new()));
        let in_data = |data: &RefCell<Vec<bool>>| data.borrow().last().copied().unwrap_or(false);
        let (d, w) = (data.clone(), words.clone());
        let (d2, w2) = (data.clone(), words.clone());
        let settings = RewriteStrSettings::new()
            .append_element_content_handler(element!("*", move |el| {
                let other = el.get_attribute("lang").is_some_and(|lang| !lang.eq_ignore_ascii_case(locale.tag()));
                let data_here = match el.get_attribute("lang") {
                    Some(_) => other,
                    None => in_data(&d) || el.get_attribute("translate").as_deref() == Some("no"),
                } || el.get_attribute("translate").as_deref() == Some("no");
                if !data_here {
                    for name in ["aria-label", "title", "alt", "placeholder"] {
                        w.borrow_mut().extend(el.get_attribute(name));
                    }
                }
                if let Some(handlers) = el.end_tag_handlers() {
                    d.borrow_mut().push(data_here);
                    let d = d.clone();
                    let pop: lol_html::EndTagHandler<'static> = Box::new(move |_| {
                        d.borrow_mut().pop();
                        Ok(())
                    });
                    handlers.push(pop);
                }
                Ok(())
            }))
            .append_element_content_handler(text!("*", move |chunk| {
                if !in_data(&d2) && !chunk.as_str().trim().is_empty() {
                    w2.borrow_mut().push(chunk.as_str().to_owned());
                }
                Ok(())
            }));
        rewrite_str(html, settings).expect("the page is HTML");
        words.borrow().clone()
    }

    /// Every text of English's catalogue, cut at its `{values}`, long enough to be a word of its.
    fn english_texts() -> Vec<String> {
        let json = serde_json::to_value(Locale::En.words()).expect("serializes");
        fn walk(value: &serde_json::Value, out: &mut Vec<String>) {
            match value {
                serde_json::Value::String(text) => out.extend(
                    (text.split(['{', '}']).enumerate())
                        .filter(|(i, part)| i % 2 == 0 && part.trim().chars().filter(|c| c.is_alphabetic()).count() > 3)
                        .map(|(_, part)| part.trim().to_owned()),
                ),
                serde_json::Value::Array(items) => items.iter().for_each(|item| walk(item, out)),
                serde_json::Value::Object(fields) => fields.values().for_each(|field| walk(field, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(&json, &mut out);
        out
    }

    #[test]
    fn each_language_renders_the_page_without_an_english_word_of_its_own() {
        let dataset = bound_to_russia();
        let english = english_texts();
        let own_english = interface_words(&page(dataset, Locale::En, &[]), Locale::En).join(" ");
        assert!(
            own_english.contains("Who, what, when") && own_english.contains("Notes in this article"),
            "{own_english}"
        );
        for locale in Locale::ALL.into_iter().filter(|&l| l != Locale::En) {
            let words = interface_words(&page(dataset, locale, &[]), locale);
            let said = words.join(" ");
            let theirs = serde_json::to_string(locale.words()).expect("serializes");
            for text in &english {
                // A word the language shares with English is its own too ("Organisation").
                assert!(
                    !said.contains(text.as_str()) || theirs.contains(text.as_str()),
                    "{locale:?}: “{text}” left in English"
                );
            }
            if matches!(locale, Locale::SrCyrl | Locale::Ar) {
                let latin: Vec<&String> = words.iter().filter(|w| w.chars().any(|c| c.is_ascii_alphabetic())).collect();
                assert!(latin.is_empty(), "{locale:?}: Latin letters in the page's own words: {latin:?}");
            }
        }
    }

    #[test]
    fn the_page_says_which_language_its_words_are_in() {
        let dataset = bound_to_russia();
        let html = page(dataset, Locale::Ar, &[]);
        // The dataset's text says its own language wherever it meets the page's words.
        let headline = tag(&html, "class=\"article__headline\"");
        assert!(headline.contains(" lang=\"en\"") && headline.contains(" dir=\"ltr\""), "{headline}");
        assert!(html.contains("الملاحظات في هذا المقال"), "the legend's heading, in Arabic");
    }
}
