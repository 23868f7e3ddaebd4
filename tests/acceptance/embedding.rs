//! Checks of the companion as a guest: the strict Content-Security-Policy, and the iframe and
//! script embeds on a news page with aggressive CSS (datasets from elsewhere are `elsewhere.rs`'s).

use std::time::Duration;

use serde_json::{Value, json};

use super::bad_input::PRIMER_HEADLINE;
use super::checks::{Outcome, Page, SOON, ensure, marked_by_default};
use super::webdriver::keys;

/// The built-in article's headline starts with this.
pub(super) const BUILT_IN: &str = "Bound to Russia";
/// The example host page, served beside the build.
const NEWS_PAGE: &str = "examples/news-page.html";
/// True once the app has taken over the prerendered page and any dataset has loaded.
const SETTLED: &str =
    "return !document.querySelector('.loading') && !!document.querySelector('.page[data-ready], .problem')";

/// True while a card is open and placed.
pub(super) const CARD_PLACED: &str =
    "const c = document.querySelector('.card[popover]:popover-open'); return !!c && c.hasAttribute('data-side')";

/// Opens `path` (relative to the server's root) and waits for the app to settle.
pub(super) fn load(page: &Page, path: &str) -> Result<(), String> {
    page.wd.goto("about:blank")?;
    page.wd.goto(&format!("{}{path}", page.url))?;
    settle(page).map(drop).map_err(|e| format!("{path}: the app did not settle within 60 s ({e})"))
}

/// Waits up to 60 s for [`SETTLED`]. The article's page sends `?data=` on to `open/` as it
/// loads, so the page is asked in short scripts across that navigation ([`Page::wait_across`]):
/// a script waiting in the first page is cut short with it, and WebKit's driver can then stall
/// for the rest of the minute.
pub(super) fn settle(page: &Page) -> Result<Value, String> {
    page.wait_across(SETTLED, 60_000)
}

/// Focuses the first mark, presses Enter, and waits for its card.
pub(super) fn open_first_card(page: &Page) -> Result<(), String> {
    page.js(
        "const m = document.querySelector('.mark[data-mention]'); m.scrollIntoView({ block: 'center' }); m.nextElementSibling.focus();",
        vec![],
    )?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait(CARD_PLACED, SOON).map(drop).map_err(|_| "Enter on the first mark opened no card".into())
}

pub(super) fn text(page: &Page, selector: &str) -> Result<String, String> {
    let v = page.js(
        "const e = document.querySelector(arguments[0]); return e ? e.textContent : null;",
        vec![json!(selector)],
    )?;
    v.as_str().map(str::to_owned).ok_or_else(|| format!("nothing matches {selector}"))
}

/// Opens the news page and waits until the embed script has made its two iframes.
pub(super) fn load_news_page(page: &Page) -> Result<(), String> {
    page.wd.goto(&format!("{}{NEWS_PAGE}", page.url))?;
    page.wait("return document.querySelectorAll('iframe[data-reading-companion-frame]').length === 3", SOON)
        .map(drop)
        .map_err(|_| "the news page does not have its three companion iframes".into())
}

/// The height of frame `index`'s content, from inside it.
fn content_height(page: &Page, index: u16) -> Result<f64, String> {
    page.wd.frame(Some(index))?;
    let height = page.js("return Math.ceil(document.documentElement.getBoundingClientRect().height)", vec![]);
    page.wd.frame(None)?;
    Ok(height?.as_f64().unwrap_or(0.0))
}

/// Inside frame `index`: waits for the app and for the host to fit the iframe to it (which
/// reflows it), opens a card, and returns a few facts, with the fitted height.
pub fn inside_frame(page: &Page, index: u16) -> Result<Value, String> {
    page.wd.frame(Some(index))?;
    let facts = settle(page).and_then(|_| {
        page.js(
            "let storage = true; try { localStorage.getItem('x'); } catch (e) { storage = false; } \
             const mark = document.querySelector('.mark[data-mention]'); \
             return { storage, headline: document.querySelector('h1').textContent, \
                      marks: document.querySelectorAll('.mark[data-mention]').length, \
                      rootSize: getComputedStyle(document.documentElement).fontSize, font: getComputedStyle(document.body).fontFamily, \
                      markDisplay: getComputedStyle(mark).display, embed: document.documentElement.hasAttribute('data-embed') };",
            vec![],
        )
    });
    page.wd.frame(None)?;
    let mut facts = facts.map_err(|e| format!("iframe {index}: {e}"))?;
    facts["height"] = json!(fitted_height(page, index)?);
    // Bring the iframe's top into view, where its first mark is, and click that mark as a reader
    // would (focus from a script does not reach an iframe with an opaque origin in WebKit; the
    // keyboard is checked on the page itself).
    page.js(
        "document.querySelectorAll('iframe[data-reading-companion-frame]')[arguments[0]].scrollIntoView()",
        vec![json!(index)],
    )?;
    page.wd.frame(Some(index))?;
    // WebKit sometimes sends the first click while the host page is still scrolling the frame into
    // view, so it lands beside the mark: a second click must open the card (and is noted).
    let mut second = false;
    let side = page.wd.click(".mark[data-mention]").and_then(|()| {
        if page.wait(CARD_PLACED, SOON).is_err() {
            second = true;
            page.wd.click(".mark[data-mention]")?;
            page.wait(CARD_PLACED, SOON).map_err(|_| "two clicks on the first mark opened no card".to_owned())?;
        }
        page.js("return document.querySelector('.card[popover]:popover-open').getAttribute('data-side')", vec![])
    });
    if second {
        page.note(format!("iframe {index}: the first click on its first mark opened no card, the second did"));
    }
    page.wd.frame(None)?;
    facts["side"] = side.map_err(|e| format!("iframe {index}: {e}"))?;
    Ok(facts)
}

fn frame_heights(page: &Page) -> Result<Vec<f64>, String> {
    let v = page.js(
        "return [...document.querySelectorAll('iframe[data-reading-companion-frame]')].map(f => f.getBoundingClientRect().height)",
        vec![],
    )?;
    Ok(v.as_array().map(|a| a.iter().filter_map(Value::as_f64).collect()).unwrap_or_default())
}

/// Waits until iframe `index` is as tall as its content (which reflows as the iframe resizes).
fn fitted_height(page: &Page, index: u16) -> Result<f64, String> {
    let mut last = (0.0, Vec::new());
    for _ in 0..50 {
        let height = content_height(page, index)?;
        let heights = frame_heights(page)?;
        if heights.get(index as usize).is_some_and(|h| (h - height).abs() <= 1.0) {
            return Ok(height);
        }
        last = (height, heights);
        std::thread::sleep(Duration::from_millis(100));
    }
    Err(format!("iframe {index} is {:?} tall, its content {}", last.1, last.0))
}

pub fn iframe_embeds(page: &Page) -> Result<Outcome, String> {
    load_news_page(page)?;
    let expected = [(BUILT_IN, true), (PRIMER_HEADLINE, true), (BUILT_IN, false)];
    for (index, (headline, storage)) in expected.into_iter().enumerate() {
        let facts = inside_frame(page, index as u16)?;
        let height = facts["height"].as_f64().unwrap_or(0.0);
        ensure(facts["headline"].as_str().is_some_and(|h| h.starts_with(headline)), || {
            format!("iframe {index}: {facts}")
        })?;
        ensure(facts["storage"] == json!(storage), || format!("iframe {index}: storage {}", facts["storage"]))?;
        ensure(facts["embed"] == json!(true) && facts["side"] != json!("sheet"), || {
            format!("iframe {index}: {facts}")
        })?;
        page.note(format!("iframe {index}: {height} px, {} marks, storage {storage}", facts["marks"]));
    }

    // Messages that are not a height from a companion's own window change nothing.
    let before = frame_heights(page)?;
    page.js("window.postMessage(5000, '*');", vec![])?;
    page.wd.frame(Some(0))?;
    page.js("for (const m of [12.5, '2000', 1e9, -1, null, { height: 900 }]) parent.postMessage(m, '*');", vec![])?;
    page.wd.frame(None)?;
    std::thread::sleep(Duration::from_millis(400));
    ensure(frame_heights(page)? == before, || "a forged message resized an iframe".into())?;

    // Content that grows makes its iframe grow.
    page.wd.frame(Some(0))?;
    page.js("document.documentElement.style.fontSize = '150%';", vec![])?;
    page.wd.frame(None)?;
    let start = before.first().copied().unwrap_or(0.0);
    let mut grown = start;
    for _ in 0..50 {
        grown = frame_heights(page)?.first().copied().unwrap_or(0.0);
        if grown > start * 1.2 {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    ensure(grown > start * 1.2, || format!("iframe 0 stayed {grown} px (was {start}) when its text grew"))?;
    Ok(Outcome::Passed)
}

/// Where an element of frame 0 is on the host's screen: [top, bottom] in the host's viewport.
fn on_host_screen(page: &Page, selector: &str) -> Result<Value, String> {
    page.wd.frame(Some(0))?;
    let inside = page.js(
        "const e = document.querySelector(arguments[0]); if (!e) return null; const r = e.getBoundingClientRect(); \
         return [r.top, r.bottom]",
        vec![json!(selector)],
    );
    page.wd.frame(None)?;
    let inside = inside?;
    let frame = page.js(
        "return document.querySelectorAll('iframe[data-reading-companion-frame]')[0].getBoundingClientRect().top",
        vec![],
    )?;
    let (at, top, bottom) = (frame.as_f64(), inside[0].as_f64(), inside[1].as_f64());
    match (at, top, bottom) {
        (Some(at), Some(top), Some(bottom)) => Ok(json!([(at + top).round(), (at + bottom).round()])),
        _ => Err(format!("{selector} is not in frame 0")),
    }
}

pub fn in_view(page: &Page) -> Result<Outcome, String> {
    load_news_page(page)?;
    page.wd.frame(Some(0))?;
    settle(page)?;
    page.wd.frame(None)?;
    // The reader is halfway down the first companion, whose frame is as tall as its article.
    page.js(
        "const f = document.querySelectorAll('iframe[data-reading-companion-frame]')[0]; \
         window.scrollTo(0, f.getBoundingClientRect().top + scrollY + f.getBoundingClientRect().height / 2);",
        vec![],
    )?;
    let height = page.js("return innerHeight", vec![])?.as_f64().unwrap_or(0.0);
    let within = |span: &Value| span[0].as_f64() >= Some(-1.0) && span[1].as_f64() <= Some(height + 1.0);
    page.wd.frame(Some(0))?;
    page.wait("return parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--view-top')) > 0", SOON)
        .map_err(|_| "the frame never heard which part of it is in view".to_owned())?;
    page.wd.frame(None)?;
    // Mid-article, the tools are where they are on a page of its own: at the top of what the
    // reader sees.
    let tools = on_host_screen(page, "#notes-panel-toggle")?;
    ensure(within(&tools), || format!("the panel's button is at {tools} on a host screen {height} px tall"))?;
    page.wd.frame(Some(0))?;
    page.js("document.getElementById('notes-panel-toggle').click()", vec![])?;
    page.wait("return !document.getElementById('notes-panel').hidden", SOON)?;
    page.wd.frame(None)?;
    let panel = on_host_screen(page, "#notes-panel")?;
    ensure(within(&panel), || format!("the open panel spans {panel} on a host screen {height} px tall"))?;
    // A mark in view opens its card in view.
    page.wd.frame(Some(0))?;
    // Closed by its button, not its ×, which would send focus (and the host's scroll) to the
    // button at the top of the frame.
    page.js("document.getElementById('notes-panel-toggle').click()", vec![])?;
    // The article takes back the panel's room, and the host says again which part is in view:
    // the first mark found in the lower part once that has settled.
    let mention = page.wait(
        "const [top, h] = ['--view-top', '--view-height'].map(p => parseFloat(getComputedStyle(document.documentElement).getPropertyValue(p))); \
         const m = [...document.querySelectorAll('.mark[data-mention]')].find(m => { const r = m.getBoundingClientRect(); \
           return r.top > top + h * 0.6 && r.bottom < top + h - 20; }); \
         if (!m) return null; m.nextElementSibling.click(); return [Number(m.dataset.mention)]",
        SOON,
    );
    page.wd.frame(None)?;
    let mention = mention.ok().and_then(|m| m[0].as_u64()).ok_or("no mark in the lower part of the frame's view")?;
    page.wd.frame(Some(0))?;
    let opened = page.wait("return !!document.querySelector('.card[popover]:popover-open[data-side]')", SOON);
    page.wd.frame(None)?;
    opened.map_err(|_| format!("no card opened for mention {mention}"))?;
    let card = on_host_screen(page, ".card[popover]:popover-open")?;
    let mark = on_host_screen(page, &format!("#mention-{mention}"))?;
    page.wd.frame(Some(0))?;
    let inside = page.js(
        "const c = document.querySelector('.card[popover]:popover-open'); const s = getComputedStyle(document.documentElement); \
         return [c.style.top, c.style.maxHeight, c.dataset.side, s.getPropertyValue('--view-top'), s.getPropertyValue('--view-height'), innerHeight]",
        vec![],
    );
    page.wd.frame(None)?;
    ensure(within(&card), || {
        format!(
            "mention {mention}'s card spans {card} (its mark {mark}, in the frame {inside:?}) on a host screen {height} px tall"
        )
    })?;
    // An entry in the panel scrolls the host to its mention, far up the article, and opens its
    // card there, in the part of the frame the host then shows.
    let first = marked_by_default(page.dataset).first().copied().ok_or("no marks")?;
    let note = page.dataset.mentions[first].note.0;
    page.wd.frame(Some(0))?;
    page.wd.press(&[keys::ESCAPE], None)?;
    page.js("document.getElementById('notes-panel-toggle').click()", vec![])?;
    page.wait("return !document.getElementById('notes-panel').hidden", SOON)?;
    page.js("document.querySelector(`#notes-panel [data-choice=\"${arguments[0]}\"]`).click()", vec![json!(note)])?;
    let opened = page.wait("return !!document.querySelector('.card[popover]:popover-open[data-side]')", SOON);
    page.wd.frame(None)?;
    opened.map_err(|_| format!("the panel's entry for mention {first} opened no card"))?;
    std::thread::sleep(Duration::from_millis(600));
    let card = on_host_screen(page, ".card[popover]:popover-open")?;
    let mark = on_host_screen(page, &format!("#mention-{first}"))?;
    ensure(within(&card) && within(&mark), || {
        format!(
            "from the panel, mention {first}'s card spans {card} (its mark {mark}) on a host screen {height} px tall"
        )
    })?;
    page.wd.frame(Some(0))?;
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wd.frame(None)?;
    // A height cap: the frame stops there and scrolls inside itself.
    page.js(
        "const f = document.querySelectorAll('iframe[data-reading-companion-frame]')[2]; f.setAttribute('data-max-height', '500');",
        vec![],
    )?;
    page.wd.frame(Some(2))?;
    settle(page)?;
    page.js("document.documentElement.style.fontSize = '110%';", vec![])?;
    page.wd.frame(None)?;
    page.wait("return document.querySelectorAll('iframe[data-reading-companion-frame]')[2].getBoundingClientRect().height === 500", SOON)
        .map_err(|_| "the iframe with data-max-height=500 is not 500 px tall".to_owned())?;
    page.wd.frame(Some(2))?;
    let scrolls = page.js("return document.documentElement.scrollHeight > innerHeight + 100", vec![])?;
    page.wd.frame(None)?;
    ensure(scrolls == json!(true), || "the capped frame does not scroll inside itself".into())?;
    Ok(Outcome::Passed)
}

pub fn script_embeds(page: &Page) -> Result<Outcome, String> {
    load_news_page(page)?;
    let host = page.js(
        "const ids = [...document.querySelectorAll('[id]')].map(e => e.id); \
         const frames = [...document.querySelectorAll('[data-reading-companion] > iframe')]; \
         const aside = getComputedStyle(document.querySelector('aside .mark')); \
         return { ids, unique: new Set(ids).size === ids.length, \
                  frames: frames.map(f => { const s = getComputedStyle(f); \
                    return [f.id, s.display, s.borderTopWidth, Math.round(f.getBoundingClientRect().width), \
                            Math.round(f.parentElement.getBoundingClientRect().width - 4)]; }), \
                  sheets: document.styleSheets.length, asideBackground: aside.backgroundColor, asideCursor: aside.cursor };",
        vec![],
    )?;
    ensure(host["unique"] == json!(true), || format!("ids on the host page repeat: {}", host["ids"]))?;
    let frames = host["frames"].as_array().cloned().unwrap_or_default();
    ensure(frames.len() == 2, || format!("two script embeds made {} iframes", frames.len()))?;
    for (n, frame) in frames.iter().enumerate() {
        ensure(frame[0] == json!(format!("reading-companion-{}", n + 1)), || format!("iframe id {}", frame[0]))?;
        ensure(frame[1] == json!("block") && frame[2] == json!("0px"), || {
            format!("host CSS reached the iframe: {frame}")
        })?;
        ensure(frame[3] == frame[4], || format!("iframe {} is not as wide as its box: {frame}", n + 1))?;
    }
    ensure(host["sheets"] == json!(1), || {
        format!("the host page has {} style sheets, not its own one", host["sheets"])
    })?;
    ensure(host["asideBackground"] == json!("rgba(0, 0, 0, 0)") && host["asideCursor"] == json!("auto"), || {
        format!("the companion's CSS reached the host page: {host}")
    })?;
    for index in [1, 2] {
        let facts = inside_frame(page, index)?;
        ensure(facts["rootSize"] == json!("16px"), || {
            format!("the host's root font size reached iframe {index}: {facts}")
        })?;
        ensure(facts["font"].as_str().is_some_and(|f| f.contains("Iowan")), || {
            format!("iframe {index} font: {facts}")
        })?;
        ensure(facts["markDisplay"] == json!("inline"), || format!("host CSS hid the marks in iframe {index}"))?;
    }
    Ok(Outcome::Passed)
}
