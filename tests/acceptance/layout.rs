//! Where a card goes: inside the viewport at every size and on wrapped phrases, at its top when
//! opened, and not opened by a page scrolling under a resting pointer.

use std::time::Duration;

use serde_json::{Value, json};

use super::checks::{Outcome, Page, SOON, TAKEN_OVER, click, ensure, open_at};
use super::room::PHRASE_AND_CARD;
use super::webdriver::keys;

/// Marks worth testing at the current size: first, at the bottom edge, leftmost, rightmost, and
/// a phrase that wraps (when one does at this width).
pub(super) fn edge_cases(page: &Page) -> Result<Vec<(String, usize, String)>, String> {
    let v = page.js(
        "const marks = [...document.querySelectorAll('.mark[data-mention]')]; \
         const x = marks.map(m => m.getClientRects()[0]); \
         const n = (i) => i < 0 ? -1 : Number(marks[i].dataset.mention); \
         const left = x.reduce((b, r, i) => r.left < x[b].left ? i : b, 0); \
         const right = x.reduce((b, r, i) => r.right > x[b].right ? i : b, 0); \
         const wrapped = marks.findIndex(m => m.getClientRects().length > 1); \
         return { left: n(left), right: n(right), wrapped: n(wrapped), middle: n(Math.floor(marks.length / 2)) };",
        vec![],
    )?;
    let index = |k: &str| v[k].as_i64().unwrap_or(-1);
    let mut cases = vec![
        ("top".to_owned(), 0, "start".to_owned()),
        ("bottom edge".to_owned(), index("middle") as usize, "end".to_owned()),
        ("left edge".to_owned(), index("left") as usize, "center".to_owned()),
        ("right edge".to_owned(), index("right") as usize, "center".to_owned()),
    ];
    if index("wrapped") >= 0 {
        cases.push(("wrapped phrase".to_owned(), index("wrapped") as usize, "center".to_owned()));
    }
    Ok(cases)
}

pub(super) fn card_fits(page: &Page, size: &str) -> Result<(), String> {
    for (case, mention, block) in edge_cases(page)? {
        let (x, y) = page.show_mark(mention, &block)?;
        page.wd.press_at("mouse", x, y)?;
        page.wait_card(mention).map_err(|e| {
            let hit = page
                .js(
                    "const e = document.elementFromPoint(arguments[0], arguments[1]); return e && e.outerHTML.slice(0, 80)",
                    vec![json!(x), json!(y)],
                )
                .unwrap_or_default();
            format!("{size}, {case}: {e} (clicked at {x:.0},{y:.0}: {hit})")
        })?;
        let fit = page.js(
            "const r = document.querySelector('.card[popover]:popover-open').getBoundingClientRect(); \
             const w = document.documentElement.clientWidth, h = window.innerHeight; \
             return [r.left >= -0.5 && r.top >= -0.5 && r.right <= w + 0.5 && r.bottom <= h + 0.5, \
                     [r.left, r.top, r.right, r.bottom].map(Math.round), [w, h]];",
            vec![],
        )?;
        ensure(fit[0] == json!(true), || {
            format!("{size}, {case} (mention {mention}): card {} outside viewport {}", fit[1], fit[2])
        })?;
        let broken = broken_words(page, ".card[popover]:popover-open")?;
        ensure(broken.as_array().is_some_and(Vec::is_empty), || {
            format!("{size}, {case} (mention {mention}): words broken across lines in the card: {broken}")
        })?;
        page.wd.press(&[keys::ESCAPE], None)?;
        page.wait_closed(&format!("on Esc ({size}, {case})"))?;
    }
    Ok(())
}

/// The words (of up to 15 letters and digits, which fit any line; a hyphen or a slash may end a
/// line) inside what `selector` matches that run across two lines: broken inside, as
/// "Previou/s" or "ecfr.e/u", which a reader has to piece together.
pub(super) fn broken_words(page: &Page, selector: &str) -> Result<Value, String> {
    page.js(
        "const root = document.querySelector(arguments[0]); const broken = []; \
         const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); let node; \
         while ((node = walker.nextNode())) { \
           for (const m of node.data.matchAll(/[\\p{L}\\p{N}\\p{M}'’.]{2,15}/gu)) { \
             const r = document.createRange(); r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length); \
             const lines = new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.bottom))); \
             if (lines.size > 1) broken.push(m[0]); } } \
         return broken.slice(0, 8);",
        vec![json!(selector)],
    )
}

pub(super) fn viewports(page: &Page) -> Result<Outcome, String> {
    for (width, height) in [(320, 640), (768, 1024), (1280, 800)] {
        let framed = open_at(page, width, height, false)?;
        page.wait(TAKEN_OVER, 15_000)?;
        let inner = page.js("return [window.innerWidth, window.innerHeight]", vec![])?;
        let size = format!("{}×{}", inner[0], inner[1]);
        ensure(inner == json!([width, height]), || format!("asked for {width}×{height}, got {size}"))?;
        card_fits(page, &size)?;
        if width == 320 {
            let scroll =
                page.js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]", vec![])?;
            ensure(scroll[0].as_u64() <= scroll[1].as_u64(), || {
                format!("at {size} the page scrolls sideways: {scroll}")
            })?;
            // The panel's own words stay whole on the narrowest screen, in each of its views.
            click(page, "#notes-panel-toggle")?;
            page.wait("return !document.getElementById('notes-panel').hidden", SOON)?;
            let views =
                page.js("return document.querySelectorAll('#notes-panel .panel__switch button').length", vec![])?;
            for view in 0..views.as_u64().unwrap_or(0).max(1) {
                page.js(
                    "document.querySelectorAll('#notes-panel .panel__switch button')[arguments[0]]?.click()",
                    vec![json!(view)],
                )?;
                let broken = broken_words(page, "#notes-panel")?;
                ensure(broken.as_array().is_some_and(Vec::is_empty), || {
                    format!("at {size}, words broken across lines in the panel's view {view}: {broken}")
                })?;
            }
            click(page, "#notes-panel-toggle")?;
        } else {
            page.js("document.documentElement.style.fontSize = '200%'", vec![])?;
            card_fits(page, &format!("{size} at 200 % text"))?;
            page.js("document.documentElement.style.fontSize = ''", vec![])?;
        }
        if framed {
            page.wd.frame(None)?;
        }
    }
    Ok(Outcome::Passed)
}

/// The open card's box, its close button's centre and whether that point reaches the button (is
/// not under anything else), and the viewport's size.
pub(super) const OPEN_CARD: &str = "const c = document.querySelector('.card[popover]:popover-open'); if (!c) return null; \
     const r = c.getBoundingClientRect(); const x = c.querySelector('.card__close').getBoundingClientRect(); \
     const cx = x.left + x.width / 2, cy = x.top + x.height / 2; const hit = document.elementFromPoint(cx, cy); \
     return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, scroll: c.scrollTop, \
              closeHit: !!hit && !!hit.closest('.card__close') && c.contains(hit), \
              width: document.documentElement.clientWidth, height: innerHeight };";

pub(super) fn open_card(page: &Page) -> Result<Value, String> {
    page.wait(OPEN_CARD, SOON).map_err(|_| "no card is open".to_owned())
}

pub(super) fn card_top(page: &Page) -> Result<Outcome, String> {
    let poll = page.first_mention("poll-russia-ally")?;
    let (x, y) = page.show_mark(poll, "center")?;
    page.wd.press_at("mouse", x, y)?;
    page.wait_card(poll)?;
    // The poll's chart is in view as its card opens, above any cut.
    let chart = page.js(
        "const c = document.querySelector('.card[popover]:popover-open'); const f = c.querySelector('.chart'); \
         return f.getBoundingClientRect().top < c.getBoundingClientRect().bottom - 40",
        vec![],
    )?;
    ensure(chart == json!(true), || "the poll card's chart starts below its cut".into())?;
    let cut = page.js(
        "const c = document.querySelector('.card[popover]:popover-open'); c.style.maxHeight = '200px'; \
         return [c.scrollHeight > c.clientHeight, getComputedStyle(c).backgroundImage]",
        vec![],
    )?;
    ensure(cut[0] == json!(true) && cut[1].as_str().is_some_and(|b| b.matches("gradient").count() >= 2), || {
        format!("a cut card shows no shade where it is cut: {cut}")
    })?;
    page.js("const c = document.querySelector('.card[popover]:popover-open'); c.scrollTop = c.scrollHeight;", vec![])?;
    // Scrolled down, the card keeps its title and close button at its top.
    let head = open_card(page)?;
    ensure(head["closeHit"] == json!(true), || format!("scrolled down, the close button is out of reach: {head}"))?;
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wait_closed("on Esc")?;
    page.js(
        "document.querySelector('.card[popover]:popover-open, #card-poll-russia-ally').style.maxHeight = ''",
        vec![],
    )?;
    // Another mention of another note, and then the same card again: each opens at its top.
    for note in ["poll-eu-ally", "poll-russia-ally"] {
        let mention = page.first_mention(note)?;
        let (x, y) = page.show_mark(mention, "center")?;
        page.wd.press_at("mouse", x, y)?;
        page.wait_card(mention)?;
        let card = open_card(page)?;
        ensure(card["scroll"].as_f64() == Some(0.0), || {
            format!("{note}'s card opened scrolled to {}", card["scroll"])
        })?;
        ensure(card["closeHit"] == json!(true), || format!("{note}'s close button cannot be clicked: {card}"))?;
        page.wd.press(&[keys::ESCAPE], None)?;
        page.wait_closed("on Esc")?;
    }
    Ok(Outcome::Passed)
}

pub(super) fn resting_pointer(page: &Page) -> Result<Outcome, String> {
    // The pointer comes to rest over the text of the article's first paragraphs, then the page
    // scrolls under it, step by step, as a mouse wheel would scroll it.
    let at = page.js(
        "const p = document.querySelector('article > p[data-block]'); p.scrollIntoView({ block: 'start' }); \
         const r = p.getBoundingClientRect(); return [r.left + r.width * 0.4, Math.min(innerHeight - 100, r.top + 60)]",
        vec![],
    )?;
    page.wd.mouse_to(at[0].as_f64().unwrap_or(200.0) + 3.0, at[1].as_f64().unwrap_or(200.0) + 3.0)?;
    page.wd.mouse_to(at[0].as_f64().unwrap_or(200.0), at[1].as_f64().unwrap_or(200.0))?;
    page.wait_closed("before the page scrolled")?;
    let mut under = 0;
    for step in 0..30 {
        page.js("window.scrollBy(0, 37)", vec![])?;
        std::thread::sleep(Duration::from_millis(220));
        let over = page.js(
            "const e = document.elementFromPoint(arguments[0], arguments[1]); return !!e && !!e.closest('.mark')",
            vec![at[0].clone(), at[1].clone()],
        )?;
        under += usize::from(over == json!(true));
        ensure(!page.card_is_open()?, || format!("a card opened under the resting pointer at scroll step {step}"))?;
    }
    ensure(under > 0, || "no mark passed under the pointer: the check proved nothing".into())?;
    page.note(format!("a mark lay under the resting pointer after {under} of 30 steps; no card opened"));
    // A pointer that then moves on a mark opens its card as usual.
    let mention = page.first_mention("putin")?;
    let (x, y) = page.show_mark(mention, "center")?;
    page.wd.mouse_to(x, y)?;
    page.wait_card(mention)?;
    Ok(Outcome::Passed)
}

pub(super) fn short_window(page: &Page) -> Result<Outcome, String> {
    // A laptop's 1280×800 at 200 % zoom.
    open_at(page, 640, 400, false)?;
    page.wait(TAKEN_OVER, 15_000)?;
    let putin = page.first_mention("putin")?;
    page.focus_mark(putin)?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait_card(putin)?;
    std::thread::sleep(Duration::from_millis(300));
    let seen = page.js(PHRASE_AND_CARD, vec![json!(putin)])?;
    let (card_top, card_bottom) = (seen["card"][0].as_f64().unwrap_or(0.0), seen["card"][1].as_f64().unwrap_or(0.0));
    let (phrase_top, phrase_bottom) =
        (seen["phrase"][0].as_f64().unwrap_or(0.0), seen["phrase"][1].as_f64().unwrap_or(0.0));
    let covers = phrase_bottom > card_top && phrase_top < card_bottom;
    ensure(card_bottom - card_top >= 260.0 && !covers && phrase_top >= 0.0, || {
        format!("in a 640×400 window the card has {} px beside its phrase: {seen}", card_bottom - card_top)
    })?;
    Ok(Outcome::Passed)
}
