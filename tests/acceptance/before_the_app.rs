//! The page before its wasm has started, and where it never does (blocked by a host's policy, an
//! old device, a failed download): served from `/__nowasm/`, where the WebAssembly cannot be had,
//! its cards must open, read and close with the browser's own `popover`. And the hand-over: a card
//! opened before the app starts (`/__slowwasm/`) stays open, where it is, when the app takes over.

use std::time::Duration;

use reading_companion::model::MentionId;
use serde_json::{Value, json};

use super::checks::{Outcome, Page, SOON, TAKEN_OVER, axe_violations, ensure, marked_by_default, next_marked, open_at};
use super::layout::card_fits;
use super::opening::{Tapped, tap_open_and_close};
use super::server::SLOW_WASM;
use super::webdriver::keys;

/// Opens `path` (below the site's root) at `width` × `height` and waits for it to load.
fn load(page: &Page, path: &str, width: u32, height: u32) -> Result<(), String> {
    page.wd.viewport(width, height)?;
    page.wd.goto("about:blank")?;
    page.wd.goto(&format!("{}{path}", page.url))?;
    page.wait("return document.readyState === 'complete'", SOON)?;
    Ok(())
}

/// The page without its wasm, at a laptop's size.
fn without_wasm(page: &Page) -> Result<(), String> {
    load(page, "__nowasm/", 1280, 800)?;
    // The start script has had its chance, and failed to fetch the wasm.
    std::thread::sleep(Duration::from_millis(300));
    ensure(page.js(TAKEN_OVER, vec![])? == json!(false), || "the app started without its wasm".into())
}

/// Every mark opens its own card by a click on its phrase, and by Enter on its button, which
/// Space closes again; Esc closes a card; one card is open at a time.
pub fn every_mark(page: &Page) -> Result<Outcome, String> {
    without_wasm(page)?;
    for mention in marked_by_default(page.dataset) {
        let (x, y) = page.show_mark(mention, "center")?;
        page.wd.press_at("mouse", x, y)?;
        page.wait_card(mention).map_err(|e| format!("a click: {e}"))?;
        page.wd.press(&[keys::ESCAPE], None)?;
        page.wait_closed(&format!("on Esc (mention {mention})"))?;
        page.focus_mark(mention)?;
        page.wd.press(&[keys::ENTER], None)?;
        page.wait_card(mention).map_err(|e| format!("Enter: {e}"))?;
        page.wd.press(&[keys::SPACE], None)?;
        page.wait_closed(&format!("on Space (mention {mention})"))?;
    }
    // Opening a second card closes the first.
    let (a, b) = (page.first_mention("nato")?, page.first_mention("poll-russia-ally")?);
    page.focus_mark(a)?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait_card(a)?;
    page.focus_mark(b)?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait_card(b).map_err(|e| format!("a second card: {e}"))?;
    Ok(Outcome::Passed)
}

/// Tab goes from a mark into its open card, through its links and out to the next mark; Esc
/// from inside the card, or its close button, closes it with focus back on the mark; a click
/// outside closes it.
pub fn keyboard_and_dismissal(page: &Page) -> Result<Outcome, String> {
    without_wasm(page)?;
    let mention = page.first_mention("nis-centre")?;
    let mark = json!(format!("open-{mention}"));
    // The link to the sources in the card's head, then each source.
    let links = 1 + page.dataset.note_of(MentionId(mention)).sources.len();
    page.focus_mark(mention)?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait_card(mention)?;
    page.wd.press(&[keys::TAB], None)?;
    ensure(page.active()?["inCard"] == json!(true), || {
        "Tab from the mark of an open card did not move into it".into()
    })?;
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wait_closed("on Esc from inside it")?;
    ensure(page.active()?["id"] == mark, || {
        format!("Esc left focus on {}, not the mark", page.active().unwrap_or_default())
    })?;

    page.wd.press(&[keys::ENTER], None)?;
    page.wait_card(mention)?;
    let mut visited = 0;
    let mut inside = 0;
    for _ in 0..20 {
        page.wd.press(&[keys::TAB], None)?;
        let active = page.active()?;
        if active["inCard"] != json!(true) {
            ensure(active["id"] == json!(format!("open-{}", next_marked(page.dataset, mention))), || {
                format!("after the card, focus went to {active}, not the next mark")
            })?;
            break;
        }
        inside += 1;
        visited += usize::from(active["link"] == json!(true));
    }
    ensure(inside > 0, || "Tab from the mark of an open card did not move into it".into())?;
    ensure(visited == links, || format!("Tab reached {visited} of the card's {links} links"))?;
    // Focus has moved on to the next mark; the card stays until it is dismissed.
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wait_closed("on Esc after Tab left it")?;

    page.focus_mark(mention)?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait_card(mention)?;
    page.wd.press(&[keys::TAB], None)?;
    let close = page.js("return document.activeElement.textContent.includes('Close note')", vec![])?;
    ensure(close == json!(true), || "the card's first stop is not its close button".into())?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait_closed("with its close button")?;
    ensure(page.active()?["id"] == mark, || "the close button did not return focus to the mark".into())?;

    let (x, y) = page.show_mark(mention, "center")?;
    page.wd.press_at("mouse", x, y)?;
    page.wait_card(mention)?;
    page.wd.press_at("mouse", 2.0, 400.0)?;
    page.wait_closed("on a click outside")?;
    Ok(Outcome::Passed)
}

/// A tap on a phrase opens its card and a tap outside closes it.
pub fn touch(page: &Page) -> Result<Outcome, String> {
    load(page, "__nowasm/", 375, 740)?;
    let mention = page.first_mention("poll-russia-ally")?;
    match tap_open_and_close(page, mention, "start")? {
        Tapped::At(..) => Ok(Outcome::Passed),
        Tapped::Unsupported(why) => Ok(Outcome::Skipped(why)),
    }
}

/// A phrase that wraps still wraps (two line boxes or more), and its card hangs from it where
/// the engine can anchor it (CSS anchor positioning), else it is a sheet along the bottom.
pub fn wrapped_phrase(page: &Page) -> Result<Outcome, String> {
    without_wasm(page)?;
    let mention = page.wrapped_mention()?;
    let (x, y) = page.show_mark(mention, "center")?;
    page.wd.press_at("mouse", x, y)?;
    page.wait_card(mention)?;
    let at = page.js(
        "const lines = [...document.getElementById('mention-' + arguments[0]).getClientRects()]; \
         const c = document.querySelector('.card[popover]:popover-open').getBoundingClientRect(); \
         const anchors = CSS.supports('anchor-name: --a') && CSS.supports('position-area: bottom'); \
         const near = (a, b) => Math.abs(a - b) <= 12; \
         const opener = document.getElementById('open-' + arguments[0]).getBoundingClientRect(); \
         return { lines: lines.length, anchors, boxes: lines.map(l => [l.left, l.top, l.right, l.bottom].map(Math.round)), \
                  opener: [opener.left, opener.top, opener.right, opener.bottom].map(Math.round), \
                  hangs: lines.some(l => near(c.top, l.bottom + 6) || near(c.bottom, l.top - 6)), \
                  sheet: near(c.bottom, innerHeight) && near(c.width, document.documentElement.clientWidth), \
                  card: [c.left, c.top, c.right, c.bottom].map(Math.round) };",
        vec![json!(mention)],
    )?;
    ensure(at["lines"].as_u64() >= Some(2), || format!("mention {mention} no longer wraps: {at}"))?;
    let placed = if at["anchors"] == json!(true) { at["hangs"] == json!(true) } else { at["sheet"] == json!(true) };
    ensure(placed, || format!("the card of the wrapped mention {mention} is not where it belongs: {at}"))?;
    page.note(format!(
        "the browser places cards {}",
        if at["anchors"] == json!(true) { "beside their phrase" } else { "as a bottom sheet" }
    ));
    Ok(Outcome::Passed)
}

/// Cards near the edges and on wrapped phrases stay inside a phone's and a laptop's viewport.
pub fn viewports(page: &Page) -> Result<Outcome, String> {
    for (width, height) in [(320, 640), (1280, 800)] {
        let framed = open_at(page, width, height, true)?;
        page.wait("return document.readyState === 'complete'", SOON)?;
        let inner = page.js("return [window.innerWidth, window.innerHeight]", vec![])?;
        ensure(inner == json!([width, height]), || format!("asked for {width}×{height}, got {inner}"))?;
        card_fits(page, &format!("{width}×{height} without the wasm"))?;
        if framed {
            page.wd.frame(None)?;
        }
    }
    Ok(Outcome::Passed)
}

/// axe-core finds nothing wrong with the page, and with a card open, before the app.
pub fn axe(page: &Page) -> Result<Outcome, String> {
    without_wasm(page)?;
    let mut violations = axe_violations(page, "before the app")?;
    let mention = page.first_mention("eu-sanctions")?;
    page.focus_mark(mention)?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait_card(mention)?;
    violations.extend(axe_violations(page, "before the app, a card open")?);
    ensure(violations.is_empty(), || violations.join("\n    "))?;
    Ok(Outcome::Passed)
}

/// A card opened before the app started stays open, in the same place and with the same
/// content, when the app takes the page over; the app then knows it as its open card.
pub fn hand_over(page: &Page) -> Result<Outcome, String> {
    load(page, "__slowwasm/", 1280, 800)?;
    let mention = page.first_mention("vucic")?;
    let (x, y) = page.show_mark(mention, "center")?;
    page.wd.press_at("mouse", x, y)?;
    page.wait_card(mention)?;
    let card = "const c = document.querySelector('.card[popover]:popover-open'); const r = c.getBoundingClientRect(); \
                return [c.id, [r.left, r.top, r.width].map(Math.round), !!document.querySelector('.page[data-ready]')];";
    let before = page.js(card, vec![])?;
    ensure(before[2] == json!(false), || format!("the app had started within {SLOW_WASM:?}"))?;
    page.wait(TAKEN_OVER, 15_000)?;
    // A frame or two for the app's first effects.
    std::thread::sleep(Duration::from_millis(300));
    let after = page.js(card, vec![])?;
    ensure(after[0] == before[0] && after[1] == before[1], || {
        format!("the card changed when the app took over: before {before}, after {after}")
    })?;
    ensure(page.expanded(mention)? == "true", || "the app does not know the open card".into())?;
    // The app has it: Esc closes it, and the next card is the app's, placed beside its phrase.
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wait_closed("on Esc after the hand-over")?;
    ensure(page.expanded(mention)?.is_empty(), || "aria-expanded stayed set after Esc".into())?;
    let next = page.first_mention("putin")?;
    let (x, y) = page.show_mark(next, "center")?;
    page.wd.press_at("mouse", x, y)?;
    page.wait_card(next)?;
    let side: Value = page.js("return document.querySelector('.card[popover]:popover-open').dataset.side", vec![])?;
    ensure(side.is_string(), || "the app did not place the next card".into())?;
    Ok(Outcome::Passed)
}
