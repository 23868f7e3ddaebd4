//! Room for the text: the panel beside it or aside, the reader's place kept as it opens and
//! closes, and on a phone the sheet below the phrase it belongs to.

use std::time::Duration;

use reading_companion::model::MentionId;
use serde_json::{Value, json};

use super::checks::{Outcome, Page, SOON, TAKEN_OVER, click, ensure, marked_by_default, open_at};
use super::layout::open_card;
use super::webdriver::keys;

pub(super) fn panel_beside_or_aside(page: &Page) -> Result<Outcome, String> {
    for width in [1280, 1366, 1440] {
        page.wd.viewport(width, 800)?;
        page.wd.goto(page.url)?;
        page.wait(TAKEN_OVER, 15_000)?;
        click(page, "#notes-panel-toggle")?;
        page.wait("return !document.getElementById('notes-panel').hidden", SOON)?;
        let layout = page.js(
            "const p = document.getElementById('notes-panel').getBoundingClientRect(); \
             const a = document.querySelector('article').getBoundingClientRect(); \
             const t = document.getElementById('reading-options-toggle').getBoundingClientRect(); \
             return [Math.round(a.right), Math.round(p.left), Math.round(t.right)]",
            vec![],
        )?;
        let (text, panel, tools) = (layout[0].as_f64(), layout[1].as_f64(), layout[2].as_f64());
        ensure(text <= panel && tools <= panel, || {
            format!(
                "at {width} px the panel (from x {panel:?}) covers the text (to {text:?}) or the options (to {tools:?})"
            )
        })?;
        click(page, "#notes-panel [data-actor=\"putin\"]")?;
        page.wait_card(page.first_mention("putin")?)?;
        let card = open_card(page)?;
        let inside = card["left"].as_f64() >= Some(0.0)
            && card["top"].as_f64() >= Some(0.0)
            && card["bottom"].as_f64() <= card["height"].as_f64()
            && card["right"].as_f64() <= panel;
        ensure(inside && card["closeHit"] == json!(true), || {
            format!("at {width} px the card opened from the panel is not all in view beside it: {card}")
        })?;
        let next = page.js(
            "const c = document.querySelector('.card[popover]:popover-open'); \
             const b = [...c.querySelectorAll('.card__mentions button')].pop(); const r = b.getBoundingClientRect(); \
             const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2); return !!hit && b.contains(hit)",
            vec![],
        )?;
        ensure(next == json!(true), || format!("at {width} px the card's Next button cannot be clicked"))?;
    }
    // Highlights end with their view.
    page.js(
        "[...document.querySelectorAll('.panel__switch button')].find(b => b.textContent === 'Timeline').click()",
        vec![],
    )?;
    page.wait("return document.querySelectorAll('[data-highlight]').length === 0", SOON)
        .map_err(|_| "an actor's highlights stayed on in another view".to_owned())?;
    // In clean reading an entry still leads to its place in the text, and opens its card there.
    page.wd.press(&[keys::ESCAPE], None)?;
    click(page, "#reading-options-toggle")?;
    page.wait("return !document.getElementById('reading-options').hidden", SOON)?;
    click(page, "#reading-options input[name=clean]")?;
    page.wait("return document.querySelectorAll('.mark[data-mention]').length === 0", SOON)?;
    page.wd.press(&[keys::ESCAPE], None)?;
    page.js("document.querySelector('#notes-panel [data-view=\"2\"] button').click()", vec![])?;
    page.wait("return !!document.querySelector('.card[popover]:popover-open[data-side]')", SOON)
        .map_err(|_| "in clean reading, a timeline entry opened no card".to_owned())?;
    Ok(Outcome::Passed)
}

pub(super) fn phone_sheet(page: &Page) -> Result<Outcome, String> {
    let framed = open_at(page, 375, 740, false)?;
    page.wait(TAKEN_OVER, 15_000)?;
    // A phrase low on the screen: its sheet opens at most half the screen high, under it.
    let mention = page.first_mention("nis-centre")?;
    let (x, y) = page.show_mark(mention, "end")?;
    page.wd.press_at("mouse", x, y)?;
    page.wait_card(mention)?;
    let above = "const m = document.getElementById('mention-' + arguments[0]).getClientRects()[0]; \
         const c = document.querySelector('.card[popover]:popover-open').getBoundingClientRect(); \
         return [Math.round(m.top), Math.round(m.bottom), Math.round(c.top), innerHeight]";
    let settled = format!("const v = (() => {{ {above} }})(); return v[0] >= 0 && v[1] <= v[2] ? v : null");
    _ = page.wait(&settled.replace("arguments[0]", &mention.to_string()), SOON);
    let v = page.js(above, vec![json!(mention)])?;
    ensure(v[0].as_f64() >= Some(0.0) && v[1].as_f64() <= v[2].as_f64(), || {
        format!("the tapped phrase (top, bottom {}, {}) is not above the sheet (from {})", v[0], v[1], v[2])
    })?;
    ensure(v[2].as_f64().unwrap_or(0.0) >= v[3].as_f64().unwrap_or(0.0) / 2.0 - 1.0, || {
        format!("the sheet starts at {} of {} px: more than half the screen", v[2], v[3])
    })?;
    let sheet = page.js(
        "const c = document.querySelector('.card[popover]:popover-open').getBoundingClientRect(); \
         return [Math.abs(c.bottom - innerHeight) < 1, Math.abs(c.width - document.documentElement.clientWidth) < 1]",
        vec![],
    )?;
    ensure(sheet == json!([true, true]), || format!("the sheet is not on the bottom edge, full width: {sheet}"))?;
    // A reader who scrolls away from the phrase stays where they scrolled when the screen
    // changes size (a phone's address bar comes and goes as it scrolls). Once the card has been
    // placed: it is placed again in the frame after it opens.
    let moved = page.wd.script_async(
        "const done = arguments[arguments.length - 1]; const frames = (n, then) => n ? requestAnimationFrame(() => frames(n - 1, then)) : then(); \
         frames(2, () => { window.scrollTo(0, 0); window.dispatchEvent(new Event('resize')); frames(2, () => done(scrollY)); })",
        vec![],
    )?;
    ensure(moved == json!(0), || format!("a resize scrolled the page back to the open sheet's phrase ({moved} px)"))?;
    // Previous and next keep each mention in view above the sheet.
    let serbia = page.first_mention("serbia")?;
    // Near the top: the open sheet covers the lower half, down from about the middle.
    let (x, y) = page.show_mark(serbia, "start")?;
    page.wd.press_at("mouse", x, y)?;
    page.wait_card(serbia)?;
    let note = page.dataset.note_of(MentionId(serbia));
    for step in 1..4 {
        let next = note.mentions[step].0;
        page.js(
            "[...document.querySelector('.card[popover]:popover-open').querySelectorAll('.card__mentions button')].pop().click()",
            vec![],
        )?;
        page.wait(
            &format!("return document.getElementById('open-{next}').getAttribute('aria-expanded') === 'true'"),
            SOON,
        )?;
        page.wait(&settled.replace("arguments[0]", &next.to_string()), SOON).map_err(|_| {
            let v = page.js(above, vec![json!(next)]).unwrap_or_default();
            format!("mention {next}, reached by Next, is not in view above the sheet: {v}")
        })?;
    }
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wait_closed("on Esc")?;
    // The panel covers the phone's screen; choosing an entry steps it aside for the card, and
    // closing the card brings it back as it was.
    click(page, "#notes-panel-toggle")?;
    page.wait("return !document.getElementById('notes-panel').hidden", SOON)?;
    page.js(
        "document.querySelector('#notes-panel [data-actor=\"putin\"]').scrollIntoView({ block: 'center' })",
        vec![],
    )?;
    let before = page.js("return document.getElementById('notes-panel').scrollTop", vec![])?;
    click(page, "#notes-panel [data-actor=\"putin\"]")?;
    let putin = page.first_mention("putin")?;
    page.wait_card(putin)?;
    let visible = page.js(
        "const p = document.getElementById('notes-panel'); const m = document.getElementById('mention-' + arguments[0]).getBoundingClientRect(); \
         const hit = document.elementFromPoint(m.left + 2, m.top + m.height / 2); \
         return [getComputedStyle(p).visibility, !!hit && !p.contains(hit), Math.round(m.top), Math.round(m.bottom)]",
        vec![json!(putin)],
    )?;
    ensure(visible[0] == json!("hidden") && visible[1] == json!(true), || {
        format!("choosing an entry left the panel over the text: {visible}")
    })?;
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wait_closed("on Esc")?;
    let back = page.wait(
        "const p = document.getElementById('notes-panel'); return !p.hidden && getComputedStyle(p).visibility === 'visible' && [p.scrollTop]",
        SOON,
    )
    .map_err(|_| "the panel did not come back when the card closed".to_owned())?;
    ensure(back[0] == before, || format!("the panel came back scrolled to {} instead of {before}", back[0]))?;
    if framed {
        page.wd.frame(None)?;
    }
    Ok(Outcome::Passed)
}

/// Where the reader is: the block at the reading line (200 px down the window), or the next one
/// below it, and how far into it that line falls; `place_now` then says where that same point of the text is on the screen.
pub(super) const READING_PLACE: &str = "const line = 200; \
    const b = [...document.querySelectorAll('[data-block]')].find(b => b.getBoundingClientRect().bottom > line); \
    if (!b) return null; const r = b.getBoundingClientRect(); return { block: b.dataset.block, at: (line - r.top) / r.height };";

pub(super) fn place_now(page: &Page, place: &Value) -> Result<f64, String> {
    let y = page.js(
        "const r = document.querySelector(`[data-block=\"${arguments[0]}\"]`).getBoundingClientRect(); return r.top + arguments[1] * r.height",
        vec![place["block"].clone(), place["at"].clone()],
    )?;
    y.as_f64().ok_or_else(|| format!("no block {place}"))
}

pub(super) fn panel_keeps_place(page: &Page) -> Result<Outcome, String> {
    page.wd.viewport(1280, 800)?;
    page.wd.goto(page.url)?;
    page.wait(TAKEN_OVER, 15_000)?;
    // Clicked as a reader clicks, where the button is (a WebDriver element click would first
    // scroll the sticky header's button "into view" itself).
    let mouse_click = |selector: &str| -> Result<(), String> {
        let at = page.js(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]",
            vec![json!(selector)],
        )?;
        page.wd.press_at("mouse", at[0].as_f64().unwrap_or(0.0), at[1].as_f64().unwrap_or(0.0))
    };
    for scrolled in [1000, 2000] {
        page.js("scrollTo(0, arguments[0])", vec![json!(scrolled)])?;
        page.wait("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))", SOON)?;
        let place = page.js(READING_PLACE, vec![])?;
        ensure(place.is_object(), || "no block at the reading line".to_owned())?;
        for (step, how) in
            [("opening the panel", "#notes-panel-toggle"), ("closing it with ×", "#notes-panel .card__close")]
        {
            mouse_click(how)?;
            // The page settles (the text reflows beside the panel, or across the page again)
            // within a few frames of the click.
            page.wait("return new Promise(r => setTimeout(() => r(true), 300))", SOON)?;
            let y = place_now(page, &place)?;
            ensure((y - 200.0).abs() <= 24.0, || {
                format!("{step}, {scrolled} px down, moved the line the reader was on from y 200 to y {y:.0} ({place})")
            })?;
        }
    }
    // Esc on the panel's button closes the open panel too, and the button keeps focus.
    mouse_click("#notes-panel-toggle")?;
    page.wait("return !document.getElementById('notes-panel').hidden", SOON)?;
    page.js("document.getElementById('notes-panel-toggle').focus()", vec![])?;
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wait("return document.getElementById('notes-panel').hidden", SOON)
        .map_err(|_| "Esc on the panel's button left the panel open".to_owned())?;
    let focused = page.js("return document.activeElement?.id", vec![])?;
    ensure(focused == json!("notes-panel-toggle"), || format!("focus went to {focused}"))?;
    Ok(Outcome::Passed)
}

/// Where the open card's phrase and the card are, and whether its last button (Next) is in the
/// window and is what a click there reaches.
pub(super) const PHRASE_AND_CARD: &str = "const m = document.getElementById('mention-' + arguments[0]).getClientRects()[0]; \
    const c = document.querySelector('.card[popover]:popover-open'); const r = c.getBoundingClientRect(); \
    const b = [...c.querySelectorAll('.card__mentions button')].pop(); const n = b?.getBoundingClientRect(); \
    const hit = n && document.elementFromPoint(n.left + n.width / 2, n.top + n.height / 2); \
    return { phrase: [Math.round(m.top), Math.round(m.bottom)], card: [Math.round(r.top), Math.round(r.bottom)], \
             next: n ? [Math.round(n.top), Math.round(n.bottom)] : null, nextHit: !!hit && b.contains(hit), window: innerHeight };";

pub(super) fn sheet_room(page: &Page) -> Result<Outcome, String> {
    open_at(page, 375, 740, false)?;
    page.wait(TAKEN_OVER, 15_000)?;
    // The article's last marked phrases: the page must be able to scroll them above the sheet.
    let last = *marked_by_default(page.dataset).last().ok_or("no marks")?;
    page.js("scrollTo(0, document.documentElement.scrollHeight)", vec![])?;
    let at = page.js(
        "const r = document.getElementById('mention-' + arguments[0]).getClientRects()[0]; return [r.left + r.width / 2, r.top + r.height / 2]",
        vec![json!(last)],
    )?;
    page.wd.press_at("mouse", at[0].as_f64().unwrap_or(0.0), at[1].as_f64().unwrap_or(0.0))?;
    page.wait_card(last)?;
    std::thread::sleep(Duration::from_millis(300));
    let seen = page.js(PHRASE_AND_CARD, vec![json!(last)])?;
    ensure(seen["phrase"][1].as_f64() <= seen["card"][0].as_f64(), || {
        format!("the article's last marked phrase stays under the sheet: {seen}")
    })?;
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wait_closed("on Esc")?;
    // A note mentioned six times: its sheet shows Next without a swipe, and a tap on it works.
    let serbia = page.first_mention("serbia")?;
    let (x, y) = page.show_mark(serbia, "start")?;
    page.wd.press_at("mouse", x, y)?;
    page.wait_card(serbia)?;
    std::thread::sleep(Duration::from_millis(300));
    let seen = page.js(PHRASE_AND_CARD, vec![json!(serbia)])?;
    let in_window = seen["next"][1].as_f64() <= seen["window"].as_f64();
    ensure(in_window && seen["nextHit"] == json!(true), || format!("Next is out of reach in the sheet: {seen}"))?;
    Ok(Outcome::Passed)
}
