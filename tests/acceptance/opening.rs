//! The page and its cards opening: the article and its marks, the take-over in place, and a
//! card opened and closed by pointer, keyboard and touch.

use std::time::Duration;

use reading_companion::model::MentionId;
use serde_json::{Value, json};

use super::checks::{Outcome, Page, SOON, TAKEN_OVER, click, ensure, marked_by_default, next_marked};
use super::webdriver::keys;

pub(super) fn article_and_marks(page: &Page) -> Result<Outcome, String> {
    let shown = page.js(
        "return [...document.querySelectorAll('[data-block]')].map(e => [e.dataset.block, e.textContent])",
        vec![],
    )?;
    let expected: Vec<Value> = page.dataset.article.blocks.iter().map(|b| json!([b.id, b.text])).collect();
    ensure(shown == Value::Array(expected), || "the blocks shown differ from the dataset text".into())?;
    let marks = page.js(
        "return [...document.querySelectorAll('[data-mention]')].map(m => { const b = m.nextElementSibling; \
         return [m.id, m.className.split(' ')[0], m.getAttribute('aria-hidden'), m.getAttribute('for'), b.tagName, b.id, \
                 b.getAttribute('popovertarget'), b.getAttribute('aria-expanded'), b.hidden]; })",
        vec![],
    )?;
    let marks = marks.as_array().cloned().unwrap_or_default();
    ensure(marks.len() == page.dataset.mentions.len(), || {
        format!("{} marks for {} mentions", marks.len(), page.dataset.mentions.len())
    })?;
    // A note's later mentions in a paragraph are plain text, with no tab stop, until the reader
    // asks for every mention.
    let marked = marked_by_default(page.dataset);
    for (i, mark) in marks.iter().enumerate() {
        // Once the app has taken over, it opens the cards: no button is a `popovertarget`, and
        // none is read as "collapsed". A plain-text repeat's phrase labels nothing.
        let expected = if marked.contains(&i) {
            json!([
                format!("mention-{i}"),
                "mark",
                "true",
                format!("open-{i}"),
                "BUTTON",
                format!("open-{i}"),
                null,
                null,
                false
            ])
        } else {
            json!([format!("mention-{i}"), "mark-off", null, null, "BUTTON", format!("open-{i}"), null, null, true])
        };
        ensure(*mark == expected, || format!("mark {i} is {mark}, expected {expected}"))?;
    }
    Ok(Outcome::Passed)
}

/// Where the brand line, the article, its first paragraph and its last block are on the page
/// (top and height, in CSS pixels from the document's top), and the page's height.
pub(super) const LAYOUT: &str = "const at = (s) => { const r = document.querySelector(s).getBoundingClientRect(); \
     return [Math.round((r.top + scrollY) * 10) / 10, Math.round(r.height * 10) / 10]; }; \
     return { brand: at('.page__brand'), article: at('article'), first: at('article > p[data-block]'), \
              last: at('article > :last-child'), page: document.documentElement.scrollHeight };";

/// The prerendered page is the page: when the wasm starts, nothing moves, at a laptop's and a
/// tablet's width (the brand line with its tools is in the page from the start).
pub(super) fn stays_in_place(page: &Page) -> Result<Outcome, String> {
    for (width, height) in [(1280, 800), (768, 1024)] {
        page.wd.viewport(width, height)?;
        page.wd.goto(&format!("{}__nowasm/", page.url))?;
        page.wait("return document.readyState === 'complete' && document.fonts.status === 'loaded'", SOON)?;
        let before = page.js(LAYOUT, vec![])?;
        ensure(page.js(TAKEN_OVER, vec![])? == json!(false), || "without the wasm the app took the page over".into())?;
        page.wd.goto(page.url)?;
        page.wait(TAKEN_OVER, 15_000)?;
        page.wait("return document.fonts.status === 'loaded'", SOON)?;
        let after = page.js(LAYOUT, vec![])?;
        ensure(before == after, || {
            format!("at {width} px wide the page moved: before the wasm {before}, after {after}")
        })?;
    }
    Ok(Outcome::Passed)
}

pub(super) fn every_mention_by_hover(page: &Page) -> Result<Outcome, String> {
    for mention in marked_by_default(page.dataset) {
        let (x, y) = page.show_mark(mention, "center")?;
        page.wd.mouse_to(x, y)?;
        page.wait_card(mention)?;
        // The left margin of the page, clear of the article and the card.
        page.wd.mouse_to(2.0, 2.0)?;
        page.wait_closed(&format!("when the pointer left mention {mention}"))?;
    }
    Ok(Outcome::Passed)
}

pub(super) fn tab_order(page: &Page) -> Result<Outcome, String> {
    let expected = marked_by_default(page.dataset);
    let total = expected.len();
    let mut seen = Vec::new();
    for step in 0..total + 40 {
        page.wd.press(&[keys::TAB], None)?;
        let active = page.active()?;
        ensure(active["body"] != json!(true), || format!("focus fell to <body> after {step} Tab presses"))?;
        if let Some(id) = active["id"].as_str().and_then(|id| id.strip_prefix("open-")) {
            let visible = active["outline"] != json!("none") && active["outlineWidth"].as_f64().unwrap_or(0.0) >= 2.0;
            ensure(visible, || format!("mark {id} has focus but its phrase shows no outline: {active}"))?;
            seen.push(id.parse::<usize>().unwrap_or(usize::MAX));
            if seen.len() == total {
                break;
            }
        }
    }
    ensure(seen == expected, || format!("Tab visited marks {seen:?}, expected {expected:?}"))?;
    Ok(Outcome::Passed)
}

pub(super) fn enter_and_space(page: &Page) -> Result<Outcome, String> {
    let mention = page.first_mention("crimea")?;
    page.focus_mark(mention)?;
    for (key, name) in [(keys::ENTER, "Enter"), (keys::SPACE, "Space")] {
        page.wd.press(&[key], None)?;
        page.wait_card(mention)?;
        ensure(page.expanded(mention)? == "true", || format!("aria-expanded is not true after {name}"))?;
        page.wd.press(&[key], None)?;
        page.wait_closed(&format!("on a second {name}"))?;
        ensure(page.expanded(mention)?.is_empty(), || format!("aria-expanded is still set after a second {name}"))?;
    }
    Ok(Outcome::Passed)
}

pub(super) fn tab_through_card(page: &Page) -> Result<Outcome, String> {
    let mention = page.first_mention("nis-centre")?;
    // The link to the sources in the card's head, then each source.
    let links = 1 + page.dataset.note_of(MentionId(mention)).sources.len();
    page.focus_mark(mention)?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait_card(mention)?;
    page.wd.press(&[keys::TAB], None)?;
    ensure(page.active()?["inCard"] == json!(true), || "Tab from an open mark did not move into the card".into())?;
    page.wd.press(&[keys::TAB], Some(keys::SHIFT))?;
    ensure(page.active()?["id"] == json!(format!("open-{mention}")), || {
        "Shift+Tab from the card's first control did not return to the mark".into()
    })?;
    ensure(page.card_is_open()?, || "the card closed on Shift+Tab back to its mark".into())?;
    page.wd.press(&[keys::TAB], None)?;
    let mut visited = 0;
    for _ in 0..20 {
        let active = page.active()?;
        if active["inCard"] != json!(true) {
            break;
        }
        visited += usize::from(active["link"] == json!(true));
        page.wd.press(&[keys::TAB], None)?;
    }
    ensure(visited == links, || format!("Tab reached {visited} of the card's {links} links"))?;
    let after = page.active()?;
    ensure(after["body"] != json!(true), || "focus fell to <body> after the card".into())?;
    ensure(after["inCard"] == json!(false), || "Tab is trapped in the card".into())?;
    ensure(after["id"] == json!(format!("open-{}", next_marked(page.dataset, mention))), || {
        format!("after the card, focus went to {after}, not the next mark")
    })?;
    page.wait_closed("when focus left it")?;
    Ok(Outcome::Passed)
}

/// A card's sources are `https` links that open a new tab with no opener, and the link in its
/// head scrolls the card to them without changing the address.
pub(super) fn source_links(page: &Page) -> Result<Outcome, String> {
    let mention = page.first_mention("nis-centre")?;
    page.focus_mark(mention)?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait_card(mention)?;
    let links = page.js(
        "return [...document.querySelectorAll('.card:popover-open .card__sources a')].map(a => [a.href.slice(0, 8), a.target, a.rel])",
        vec![],
    )?;
    let expected = json!(["https://", "_blank", "noopener noreferrer"]);
    let all = links.as_array().cloned().unwrap_or_default();
    ensure(!all.is_empty() && all.iter().all(|link| *link == expected), || {
        format!("the card's source links are {links}, not https links to a new tab without an opener")
    })?;
    // The card's own address is written a frame after it shows; the link must not change it.
    page.wait("return location.hash === '#note=nis-centre'", SOON)
        .map_err(|_| "the open card's address was not written".to_owned())?;
    let address = page.js(
        "const c = document.querySelector('.card:popover-open'); c.style.maxHeight = '220px'; return location.href",
        vec![],
    )?;
    click(page, ".card:popover-open .card__to-sources")?;
    page.wait(
        "const c = document.querySelector('.card:popover-open'); const s = c?.querySelector('.card__sources'); \
         return c && c.scrollTop > 0 && s.getBoundingClientRect().top < c.getBoundingClientRect().bottom - 20",
        SOON,
    )
    .map_err(|_| "the link to the sources does not scroll the card to them".to_owned())?;
    let after = page.js("return location.href", vec![])?;
    ensure(after == address, || format!("the link to the sources changed the address from {address} to {after}"))?;
    Ok(Outcome::Passed)
}

/// With the app, a card opened by pointing at the second line of a phrase that wraps hangs from
/// that line, just below or above it.
pub(super) fn wrapped_line(page: &Page) -> Result<Outcome, String> {
    page.wd.viewport(1280, 800)?;
    let mention = page.wrapped_mention()?;
    page.show_mark(mention, "center")?;
    let line = page.js(
        "const l = document.getElementById('mention-' + arguments[0]).getClientRects()[1]; \
         return [l.left + Math.min(10, l.width / 2), (l.top + l.bottom) / 2, l.top, l.bottom]",
        vec![json!(mention)],
    )?;
    let at = |i: usize| line[i].as_f64().unwrap_or(0.0);
    page.wd.mouse_to(at(0), at(1))?;
    page.wait_card(mention)?;
    let card = page.js(
        "const c = document.querySelector('.card[popover]:popover-open').getBoundingClientRect(); return [c.top, c.bottom]",
        vec![],
    )?;
    let (top, bottom) = (card[0].as_f64().unwrap_or(0.0), card[1].as_f64().unwrap_or(0.0));
    let hangs = (top - (at(3) + 6.0)).abs() <= 1.0 || (bottom - (at(2) - 6.0)).abs() <= 1.0;
    ensure(hangs, || {
        format!("the card ({top}–{bottom}) does not hang from the second line ({}–{}) the pointer is on", at(2), at(3))
    })?;
    Ok(Outcome::Passed)
}

pub(super) fn escape_keeps_focus(page: &Page) -> Result<Outcome, String> {
    let mention = page.first_mention("saa")?;
    let mark = json!(format!("open-{mention}"));
    page.focus_mark(mention)?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait_card(mention)?;
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wait_closed("on Esc")?;
    ensure(page.active()?["id"] == mark, || "Esc moved focus off the mark".into())?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait_card(mention)?;
    page.wd.press(&[keys::TAB], None)?;
    ensure(page.active()?["inCard"] == json!(true), || "Tab did not enter the card".into())?;
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wait_closed("on Esc from inside it")?;
    ensure(page.active()?["id"] == mark, || "Esc from inside the card did not return focus to its mark".into())?;
    Ok(Outcome::Passed)
}

pub(super) fn hover_is_dismissible_hoverable_persistent(page: &Page) -> Result<Outcome, String> {
    let mention = page.first_mention("mod-office")?;
    let (x, y) = page.show_mark(mention, "center")?;
    page.wd.mouse_to(x, y)?;
    page.wait_card(mention)?;
    // Persistent (WCAG 1.4.13): no timer closes it. The page's only timers are the hover's, well
    // under a second.
    std::thread::sleep(Duration::from_secs(4));
    ensure(page.card_is_open()?, || "the hover card closed by itself within 4 s".into())?;
    let card = page.js("const r = document.querySelector('.card[popover]:popover-open').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]", vec![])?;
    page.wd.mouse_to(card[0].as_f64().unwrap_or(0.0), card[1].as_f64().unwrap_or(0.0))?;
    std::thread::sleep(Duration::from_millis(800));
    ensure(page.card_is_open()?, || "the card closed when the pointer moved from the mark into it".into())?;
    page.wd.mouse_to(x, y)?;
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wait_closed("on Esc with the pointer over the mark")?;
    std::thread::sleep(Duration::from_millis(500));
    ensure(!page.card_is_open()?, || "the card came back with the pointer resting on the mark".into())?;
    Ok(Outcome::Passed)
}

pub(super) fn hover_card_first_click(page: &Page) -> Result<Outcome, String> {
    // A short window, so that the card is cut and scrolls.
    page.wd.viewport(1024, 480)?;
    page.wd.goto(page.url)?;
    page.wait(TAKEN_OVER, 15_000)?;
    let serbia = page.first_mention("serbia")?;
    let (x, y) = page.show_mark(serbia, "center")?;
    page.wd.mouse_to(x, y)?;
    page.wait_card(serbia)?;
    let scrolled = page.js(
        "const c = document.querySelector('.card[popover]:popover-open'); c.scrollTop = c.scrollHeight; return c.scrollTop",
        vec![],
    )?;
    ensure(scrolled.as_f64().is_some_and(|t| t > 0.0), || "the card does not scroll at 1024×480".to_owned())?;
    // At the card's end: its "Copy link" button, in view inside the card and the window, in the
    // same place on two polls in a row (WebKit may still be placing the card or laying out its
    // content; the card is kept at its end meanwhile).
    let copy = page
        .wait(
            "const c = document.querySelector('.card[popover]:popover-open'); c.scrollTop = c.scrollHeight; \
             const b = c.querySelector('.card__copy button'); \
             const r = b.getBoundingClientRect(), k = c.getBoundingClientRect(); const y = r.top + r.height / 2; \
             const at = [r.left + r.width / 2, y]; \
             if (!(y > k.top && y < k.bottom && y < innerHeight)) { window.copyAt = null; return null; } \
             const same = window.copyAt && window.copyAt[0] === at[0] && window.copyAt[1] === at[1]; \
             window.copyAt = at; return same ? at : null",
            SOON,
        )
        .map_err(|_| "the card scrolled to its end does not show its Copy link button".to_owned())?;
    let (cx, cy) = (copy[0].as_f64().unwrap_or(0.0), copy[1].as_f64().unwrap_or(0.0));
    // Into the card and onto the button, as a hand on a mouse goes, then one click.
    page.wd.mouse_to(cx, cy)?;
    std::thread::sleep(Duration::from_millis(200));
    page.wd.press_at("mouse", cx, cy)?;
    let said = page.wait(
        "const c = document.querySelector('.card[popover]:popover-open'); \
         return c && c.querySelector('.card__copy [role=status]').textContent.trim()",
        2000,
    );
    ensure(said.is_ok(), || "the first click on Copy link did nothing".to_owned())?;
    Ok(Outcome::Passed)
}

/// What came of tapping a phrase.
pub(super) enum Tapped {
    /// Its card opened, and closed on a tap outside; where the phrase was tapped.
    At(f64, f64),
    /// The driver cannot send touch input, and says why.
    Unsupported(String),
}

/// Taps a mention's phrase (scrolled to `block`), waits for its card, then taps the page's top
/// left corner and waits for the card to close.
pub(super) fn tap_open_and_close(page: &Page, mention: usize, block: &str) -> Result<Tapped, String> {
    let (x, y) = page.show_mark(mention, block)?;
    if let Err(error) = page.wd.press_at("touch", x, y) {
        if error.contains("unsupported operation")
            || error.contains("not supported")
            || error.contains("invalid argument")
        {
            return Ok(Tapped::Unsupported(format!("the driver cannot send touch input: {error}")));
        }
        return Err(error);
    }
    page.wait_card(mention)?;
    page.wd.press_at("touch", 2.0, 2.0)?;
    page.wait_closed("on a tap outside")?;
    Ok(Tapped::At(x, y))
}

pub(super) fn touch(page: &Page) -> Result<Outcome, String> {
    let mention = page.first_mention("nis-centre")?;
    let (x, y) = match tap_open_and_close(page, mention, "center")? {
        Tapped::At(x, y) => (x, y),
        Tapped::Unsupported(why) => return Ok(Outcome::Skipped(why)),
    };
    page.wd.press_at("touch", x, y)?;
    page.wait_card(mention)?;
    // Measured once the card has settled where the app places it, as a reader taps what they see.
    let measure = "const a = document.querySelector('.card[popover]:popover-open .card__sources a[href]'); a.scrollIntoView({ block: 'nearest' }); \
                   const r = a.getClientRects()[0]; return [r.left + 4, r.top + r.height / 2, a.href];";
    std::thread::sleep(Duration::from_millis(300));
    page.js(measure, vec![])?;
    std::thread::sleep(Duration::from_millis(300));
    let link = page.js(measure, vec![])?;
    let home = page.wd.window()?;
    let before = page.wd.windows()?.len();
    page.wd.press_at("touch", link[0].as_f64().unwrap_or(0.0), link[1].as_f64().unwrap_or(0.0))?;
    let mut opened = false;
    for _ in 0..100 {
        if page.wd.windows()?.len() > before {
            opened = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    page.wd.close_others(&home)?;
    ensure(opened, || format!("tapping the source link {} opened no new tab", link[2]))?;
    Ok(Outcome::Passed)
}
