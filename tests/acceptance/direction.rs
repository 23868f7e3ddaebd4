//! A text written right to left, in a page whose own words are English (asked for with
//! `#lang=en`: an Arabic dataset's page is otherwise in Arabic): the text and its notes run right
//! to left, in their language, and the page's words around them keep their order.

use serde_json::{Value, json};

use super::checks::{Outcome, Page, SOON, TAKEN_OVER, ensure, put};

/// The dataset: `tests/fixtures/valid/a-talk.json`, in Arabic.
const ARABIC: &str = include_str!("../fixtures/valid/a-talk-ar.json");

/// The direction each element of `selectors` is laid out in and the language it is in, as
/// `[direction, language]`, keyed by selector (null where no element matches).
fn directions(page: &Page, selectors: &[&str]) -> Result<Value, String> {
    page.js(
        "const out = {}; for (const s of arguments[0]) { const e = document.querySelector(s); \
           out[s] = e && [getComputedStyle(e).direction, e.closest('[lang]')?.getAttribute('lang') ?? null]; } \
         return out",
        vec![json!(selectors)],
    )
}

/// Checks that each selector in `expected` is laid out in its direction and language.
fn ensure_directions(page: &Page, moment: &str, expected: &[(&str, [&str; 2])]) -> Result<(), String> {
    let selectors: Vec<&str> = expected.iter().map(|(s, _)| *s).collect();
    let seen = directions(page, &selectors)?;
    let wrong: Vec<String> = (expected.iter())
        .filter(|(s, want)| seen[s] != json!(want))
        .map(|(s, want)| format!("{s}: {} (not {want:?})", seen[s]))
        .collect();
    ensure(wrong.is_empty(), || format!("{moment}: {}", wrong.join("; ")))
}

pub fn right_to_left(page: &Page) -> Result<Outcome, String> {
    page.wd.goto(page.url)?;
    put(page, "/__shared/a-talk-ar.json", ARABIC)
        .map_err(|e| format!("the dataset could not be put on the site: {e}"))?;
    page.wd.goto(&format!("{}open/?data=/__shared/a-talk-ar.json#lang=en", page.url))?;
    page.wait(TAKEN_OVER, 15_000).map_err(|_| "the companion did not start on the Arabic dataset".to_owned())?;
    page.wait("return document.querySelector('h1')?.textContent === 'محاضرة لنادي الحديقة'", SOON)
        .map_err(|_| "the Arabic article is not shown".to_owned())?;
    let ltr_en = ["ltr", "en"];
    let rtl_ar = ["rtl", "ar"];
    ensure_directions(
        page,
        "the article",
        &[
            ("html", ltr_en),
            ("h1", rtl_ar),
            (".article p[data-block]", rtl_ar),
            // "1 min read" read as English, in its order (not "min read 1").
            (".article__byline", ltr_en),
            (".legend__how", ltr_en),
            (".article .skip", ltr_en),
            // The publisher and author, in the byline's English line, in their own language.
            (".article__byline bdi", ["rtl", "ar"]),
        ],
    )?;
    page.wd.click(".mark[data-mention]")?;
    page.wait("return document.querySelector('.card[popover]:popover-open')", SOON)
        .map_err(|_| "the first mark opened no card".to_owned())?;
    ensure_directions(
        page,
        "the card of “الطلاب”",
        &[
            (".card:popover-open .card__kind", ltr_en),
            (".card:popover-open .card__title", rtl_ar),
            (".card:popover-open .card__role", rtl_ar),
            (".card:popover-open .card__role + p", rtl_ar),
            (".card:popover-open .card__mentions", ltr_en),
            (".card:popover-open .card__copy", ltr_en),
            // A note's title in the printed endnotes, in its own direction.
            (".endnotes strong[lang]", rtl_ar),
        ],
    )?;
    // A source's label, in the card's English list of sources, in its own direction.
    page.wd.click(".mark[data-note=\"east-garden\"]")?;
    page.wait("return document.querySelector('#card-east-garden:popover-open')", SOON)
        .map_err(|_| "the mark of “east-garden” opened no card".to_owned())?;
    ensure_directions(page, "the card of the garden", &[(".card:popover-open .card__sources [lang=\"ar\"]", rtl_ar)])?;
    // In their own boxes, the card's title starts at the right, as Arabic does, and "Actor ·
    // Group" at the left, as English does.
    let edges = page.js(
        "const c = document.querySelector('.card:popover-open'); \
         const gaps = (e) => { const box = e.getBoundingClientRect(), r = document.createRange(); r.selectNodeContents(e); \
           const t = r.getBoundingClientRect(); return [Math.round(t.left - box.left), Math.round(box.right - t.right)]; }; \
         return { title: gaps(c.querySelector('.card__title')), kind: gaps(c.querySelector('.card__kind')) }",
        vec![],
    )?;
    let gap = |key: &str, side: usize| edges[key][side].as_f64().unwrap_or(f64::MAX);
    ensure(gap("title", 1) < 2.0 && gap("title", 0) > 20.0 && gap("kind", 0) < 2.0 && gap("kind", 1) > 20.0, || {
        format!("the card's title and kind do not start where their languages start ([left, right] gaps): {edges}")
    })?;
    Ok(Outcome::Passed)
}
