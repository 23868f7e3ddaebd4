//! A site built by `./run site` from two datasets (the built-in one and
//! `data/examples/primer.json`), served at `/__site/`: its index leads to each article, and each
//! article works as the built-in page does (cards before the wasm, hover after it, the panel,
//! the handout), while the second loads no file the first did not; and a host page embeds its
//! articles both ways, an iframe it writes and a script embed naming the page (`data-page`).

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::time::Duration;

use reading_companion::model::Dataset;
use serde_json::json;

use super::checks::{
    CARD_TITLE, Outcome, Page, SOON, TAKEN_OVER, axe_violations, click, ensure, marked_by_default, printed_text,
};
use super::embedding::inside_frame;
use super::webdriver::keys;

/// The files a page asked for since the log was last cleared: its scripts, wasm and styles.
pub(super) fn loaded_files(page: &Page) -> BTreeSet<String> {
    let requests = page.requests.lock().map(|r| r.clone()).unwrap_or_default();
    requests
        .into_iter()
        .map(|target| target.split(['?', '#']).next().unwrap_or_default().to_owned())
        .filter(|path| [".wasm", ".js", ".css"].iter().any(|end| path.ends_with(end)))
        .collect()
}

pub(super) fn clear_requests(page: &Page) {
    if let Ok(mut requests) = page.requests.lock() {
        requests.clear();
    }
}

/// The same session on another page, showing another dataset.
pub(super) fn on<'a>(page: &'a Page, url: &'a str, dataset: &'a Dataset) -> Page<'a> {
    Page { wd: page.wd, url, dataset, notes: RefCell::new(Vec::new()), reports: page.reports, requests: page.requests }
}

pub fn two_articles(page: &Page) -> Result<Outcome, String> {
    let primer = Dataset::from_json(include_str!("../../data/examples/primer.json")).map_err(|e| e.to_string())?;
    let site = format!("{}__site/", page.url);
    page.wd.goto(&site)?;
    page.wait("return document.readyState === 'complete'", SOON)?;
    let listed = page.js(
        "return [...document.querySelectorAll('main li h2 a')].map(a => [a.textContent, a.getAttribute('href')])",
        vec![],
    )?;
    let expected = json!([[primer.article.title(), "./primer/"], [page.dataset.article.title(), "./bound-to-russia/"]]);
    ensure(listed == expected, || format!("the index lists {listed}, expected {expected}"))?;
    ensure(page.js("return document.scripts.length", vec![])? == json!(0), || "the index runs a script".into())?;
    let violations = axe_violations(page, "the site's index")?;
    ensure(violations.is_empty(), || violations.join("\n"))?;
    match printed_text(page)? {
        Some(text) => {
            // Engines wrap a line anywhere on paper: compare without white space.
            let compact: String = text.split_whitespace().collect();
            for title in [primer.article.title(), page.dataset.article.title()] {
                let title: String = title.split_whitespace().collect();
                ensure(compact.contains(&title), || format!("the printed index lacks {title}: {compact}"))?;
            }
        }
        None => page.note("the site's index is not printed here: the driver cannot print".into()),
    }

    let mut first_files = BTreeSet::new();
    for (n, (slug, dataset)) in [("bound-to-russia", page.dataset), ("primer", &primer)].into_iter().enumerate() {
        // Before the wasm, where it never comes: the browser opens the cards.
        let before = format!("{}__site-nowasm/{slug}/", page.url);
        let article = on(page, &before, dataset);
        page.wd.goto(&before)?;
        page.wait("return document.readyState === 'complete'", SOON)?;
        std::thread::sleep(Duration::from_millis(300));
        ensure(page.js(TAKEN_OVER, vec![])? == json!(false), || format!("{slug}: the app started without its wasm"))?;
        let mention = marked_by_default(dataset)[1];
        let (x, y) = article.show_mark(mention, "center")?;
        page.wd.press_at("mouse", x, y)?;
        article.wait_card(mention).map_err(|e| format!("{slug}, before the wasm: {e}"))?;

        // Once the app has taken over: hover, the panel and the handout.
        let url = format!("{site}{slug}/");
        let article = on(page, &url, dataset);
        page.wd.goto("about:blank")?;
        clear_requests(page);
        page.wd.goto(&url)?;
        page.wait(TAKEN_OVER, 15_000).map_err(|_| format!("{slug}: the app did not take the page over"))?;
        let (x, y) = article.show_mark(mention, "center")?;
        page.wd.mouse_to(x, y)?;
        article.wait_card(mention).map_err(|e| format!("{slug}, hovered: {e}"))?;
        page.wd.mouse_to(2.0, 2.0)?;
        article.wait_closed(&format!("in {slug} when the pointer left"))?;

        click(page, "#notes-panel-toggle")?;
        page.wait("return !document.getElementById('notes-panel').hidden", SOON)?;
        let actor = page
            .js("return document.querySelector('#notes-panel [data-actor]').dataset.actor", vec![])?
            .as_str()
            .unwrap_or_default()
            .to_owned();
        click(page, &format!("#notes-panel [data-actor=\"{actor}\"]"))?;
        let title = page.wait(CARD_TITLE, SOON).map_err(|_| format!("{slug}: the panel's {actor} opened no card"))?;
        let expected = dataset.notes.iter().find(|n| n.id == actor).map(|n| n.title.as_str()).unwrap_or_default();
        ensure(title == json!(expected), || format!("{slug}: the panel's {actor} opened {title}"))?;
        page.wd.press(&[keys::ESCAPE], None)?;

        match printed_text(page)? {
            Some(text) => {
                let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
                let headline = dataset.article.title().split_whitespace().collect::<Vec<_>>().join(" ");
                ensure(flat.contains(&headline) && flat.contains(" Notes "), || {
                    format!("{slug}: the handout has no headline or notes")
                })?;
            }
            None => page.note(format!("{slug}: the handout is not checked here, the driver cannot print")),
        }

        let files = loaded_files(page);
        ensure(files.iter().any(|f| f.ends_with(".wasm")), || format!("{slug}: no wasm was loaded: {files:?}"))?;
        if n == 0 {
            first_files = files;
        } else {
            let new: Vec<&String> = files.difference(&first_files).collect();
            ensure(new.is_empty(), || format!("the second article loaded files the first did not: {new:?}"))?;
        }
    }

    // Embedded in a host page: each frame shows its article, fitted to it, and opens a card.
    page.wd.goto(&format!("{}__site-host", page.url))?;
    let sources = page
        .wait(
            "const f = [...document.querySelectorAll('iframe[data-reading-companion-frame]')]; \
             return f.length === 2 && f.map(f => new URL(f.src).pathname + new URL(f.src).search)",
            SOON,
        )
        .map_err(|_| "the host page does not have its two companion iframes".to_owned())?;
    ensure(sources == json!(["/__site/primer/?embed", "/__site/bound-to-russia/?embed"]), || {
        format!("the embeds show {sources}")
    })?;
    embedded(page, 0, &primer)?;
    embedded(page, 1, page.dataset)?;
    Ok(Outcome::Passed)
}

/// Frame `index` of the host page shows `dataset`'s article as an embed, fitted by the host
/// script to more than the 900 px an oEmbed answer starts it at, and opens a card
/// ([`inside_frame`]).
fn embedded(page: &Page, index: u16, dataset: &Dataset) -> Result<(), String> {
    let facts = inside_frame(page, index)?;
    ensure(facts["headline"] == json!(dataset.article.title()) && facts["embed"] == json!(true), || {
        format!("embed {index}: {facts}")
    })?;
    let height = facts["height"].as_f64().unwrap_or(0.0);
    ensure(height > 900.0, || format!("embed {index} is {height} px tall, not fitted to its article"))
}

/// A content system given an article's address, as WordPress discovers an embed: it fetches the
/// page, finds its oEmbed link, fetches the answer and puts the answer's `html` in a post, where
/// the companion appears, fitted to its article, and opens cards.
pub fn oembed(page: &Page) -> Result<Outcome, String> {
    page.wd.goto(&format!("{}__blank", page.url))?;
    let answer = page.wd.script_async(
        "const done = arguments[arguments.length - 1]; (async () => { \
           const html = await (await fetch('/__site/primer/')).text(); \
           const link = new DOMParser().parseFromString(html, 'text/html') \
             .querySelector('link[rel=alternate][type=\"application/json+oembed\"]'); \
           if (!link) return done({ error: 'the page has no oEmbed link' }); \
           done(await (await fetch(link.getAttribute('href'))).json()); \
         })().catch((e) => done({ error: String(e) }));",
        vec![],
    )?;
    ensure(answer["type"] == json!("rich") && answer["html"].is_string(), || format!("the answer: {answer}"))?;
    let primer = Dataset::from_json(include_str!("../../data/examples/primer.json")).map_err(|e| e.to_string())?;
    ensure(answer["title"] == json!(primer.article.title()), || format!("the answer's title: {}", answer["title"]))?;
    // The post: the answer's html between two paragraphs, written so that its script runs.
    page.js(
        "document.open(); document.write('<!doctype html><html lang=\"en\"><head><title>A post</title></head><body>' \
           + '<h1>A post</h1><p>Before the embed.</p>' + arguments[0] + '<p>After the embed.</p></body></html>'); \
         document.close();",
        vec![answer["html"].clone()],
    )?;
    page.wait("return document.querySelectorAll('iframe[data-reading-companion-frame]').length === 1", SOON)
        .map_err(|_| "the post has no companion iframe".to_owned())?;
    embedded(page, 0, &primer)?;
    Ok(Outcome::Passed)
}
