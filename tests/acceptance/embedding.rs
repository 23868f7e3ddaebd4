//! Checks of the companion as a guest: the strict Content-Security-Policy, the iframe and script
//! embeds on a news page with aggressive CSS, datasets from elsewhere, and the bad-input corpus.

use std::time::Duration;

use reading_companion::model::Dataset;
use reading_companion::notice::LoadNotice;
use serde_json::{Value, json};

use super::bad_input::{Expect, PRIMER_HEADLINE, cases};
use super::checks::{Outcome, Page, ensure, marked_by_default};
use super::webdriver::keys;

/// The built-in article's headline starts with this.
const BUILT_IN: &str = "Bound to Russia";
/// The example host page, served beside the build.
const NEWS_PAGE: &str = "examples/news-page.html";
/// True once the app has taken over the prerendered page and any dataset has loaded.
const SETTLED: &str =
    "return !document.querySelector('.loading') && !!document.querySelector('.page[data-ready], .problem')";

/// True while a card is open and placed.
const CARD_PLACED: &str =
    "const c = document.querySelector('.card[popover]:popover-open'); return !!c && c.hasAttribute('data-side')";

/// Opens `path` (relative to the server's root) and waits for the app to settle.
fn load(page: &Page, path: &str) -> Result<(), String> {
    page.wd.goto("about:blank")?;
    page.wd.goto(&format!("{}{path}", page.url))?;
    settle(page).map(drop).map_err(|e| format!("{path}: the app did not settle within 60 s ({e})"))
}

/// Waits up to 60 s for [`SETTLED`]. The article's page sends `?data=` on to `open/` as it
/// loads, and a wait begun on the first page ends with it (WebKit reports the script as
/// interrupted): it is begun again on the next one.
fn settle(page: &Page) -> Result<Value, String> {
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match page.wait(SETTLED, u64::try_from(left.as_millis()).unwrap_or(u64::MAX)) {
            Err(_) if left > Duration::from_millis(200) => std::thread::sleep(Duration::from_millis(100)),
            settled => return settled,
        }
    }
}

/// Focuses the first mark, presses Enter, and waits for its card.
fn open_first_card(page: &Page) -> Result<(), String> {
    page.js(
        "const m = document.querySelector('.mark[data-mention]'); m.scrollIntoView({ block: 'center' }); m.nextElementSibling.focus();",
        vec![],
    )?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait(CARD_PLACED, 3000).map(drop).map_err(|_| "Enter on the first mark opened no card".into())
}

fn text(page: &Page, selector: &str) -> Result<String, String> {
    let v = page.js(
        "const e = document.querySelector(arguments[0]); return e ? e.textContent : null;",
        vec![json!(selector)],
    )?;
    v.as_str().map(str::to_owned).ok_or_else(|| format!("nothing matches {selector}"))
}

fn reports(page: &Page) -> Vec<String> {
    page.reports.lock().map(|r| r.clone()).unwrap_or_default()
}

fn clear_reports(page: &Page) {
    if let Ok(mut reports) = page.reports.lock() {
        reports.clear();
    }
}

pub fn content_security_policy(page: &Page) -> Result<Outcome, String> {
    clear_reports(page);
    for path in ["", "?embed", "?data=/data/examples/primer.json"] {
        load(page, path)?;
        open_first_card(page)?;
        page.js("document.getElementById('notes-panel-toggle').click(); document.getElementById('reading-options-toggle').click();", vec![])?;
    }
    let scripts = page.js(
        "return [...document.querySelectorAll('script:not([type=\"application/json\"]), link[rel=modulepreload]')].map(s => [s.src || s.href, s.integrity])",
        vec![],
    )?;
    let scripts = scripts.as_array().cloned().unwrap_or_default();
    ensure(!scripts.is_empty(), || "the page has no script".into())?;
    for script in &scripts {
        ensure(script[1].as_str().is_some_and(|i| i.starts_with("sha384-")), || {
            format!("no integrity on {}", script[0])
        })?;
    }
    load_news_page(page)?;
    std::thread::sleep(Duration::from_millis(1500));
    let seen = reports(page);
    ensure(seen.is_empty(), || format!("{} policy violations:\n    {}", seen.len(), seen.join("\n    ")))?;

    // The negative test: the same policy on a page that breaks it.
    page.wd.goto(&format!("{}__probe", page.url))?;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while reports(page).is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    let probe = page
        .js("const p = document.getElementById('probe'); return [p.textContent, getComputedStyle(p).color];", vec![])?;
    ensure(probe[0] == json!("untouched"), || "the inline script ran under the policy".into())?;
    ensure(probe[1] != json!("rgb(255, 0, 0)"), || "the inline styles applied under the policy".into())?;
    let blocked = reports(page);
    ensure(!blocked.is_empty(), || "the policy reported nothing for a page that breaks it".into())?;
    page.note(format!(
        "{} scripts with integrity; 0 violations; the probe page was blocked with {} report(s)",
        scripts.len(),
        blocked.len()
    ));
    Ok(Outcome::Passed)
}

/// Opens the news page and waits until the embed script has made its two iframes.
fn load_news_page(page: &Page) -> Result<(), String> {
    page.wd.goto(&format!("{}{NEWS_PAGE}", page.url))?;
    page.wait("return document.querySelectorAll('iframe[data-reading-companion-frame]').length === 3", 10_000)
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
        if page.wait(CARD_PLACED, 3000).is_err() {
            second = true;
            page.wd.click(".mark[data-mention]")?;
            page.wait(CARD_PLACED, 3000).map_err(|_| "two clicks on the first mark opened no card".to_owned())?;
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
    page.wait("return parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--view-top')) > 0", 3000)
        .map_err(|_| "the frame never heard which part of it is in view".to_owned())?;
    page.wd.frame(None)?;
    // Mid-article, the tools are where they are on a page of its own: at the top of what the
    // reader sees.
    let tools = on_host_screen(page, "#notes-panel-toggle")?;
    ensure(within(&tools), || format!("the panel's button is at {tools} on a host screen {height} px tall"))?;
    page.wd.frame(Some(0))?;
    page.js("document.getElementById('notes-panel-toggle').click()", vec![])?;
    page.wait("return !document.getElementById('notes-panel').hidden", 3000)?;
    page.wd.frame(None)?;
    let panel = on_host_screen(page, "#notes-panel")?;
    ensure(within(&panel), || format!("the open panel spans {panel} on a host screen {height} px tall"))?;
    // A mark in view opens its card in view.
    page.wd.frame(Some(0))?;
    // Closed by its button, not its ×, which would send focus (and the host's scroll) to the
    // button at the top of the frame.
    page.js("document.getElementById('notes-panel-toggle').click()", vec![])?;
    let mention = page.js(
        "const [top, h] = ['--view-top', '--view-height'].map(p => parseFloat(getComputedStyle(document.documentElement).getPropertyValue(p))); \
         const m = [...document.querySelectorAll('.mark[data-mention]')].find(m => { const r = m.getBoundingClientRect(); \
           return r.top > top + h * 0.6 && r.bottom < top + h - 20; }); \
         if (!m) return null; m.nextElementSibling.click(); return Number(m.dataset.mention)",
        vec![],
    )?;
    page.wd.frame(None)?;
    let mention = mention.as_u64().ok_or("no mark in the lower part of the frame's view")?;
    page.wd.frame(Some(0))?;
    let opened = page.wait("return !!document.querySelector('.card[popover]:popover-open[data-side]')", 3000);
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
    page.wait("return !document.getElementById('notes-panel').hidden", 3000)?;
    page.js("document.querySelector(`#notes-panel [data-choice=\"${arguments[0]}\"]`).click()", vec![json!(note)])?;
    let opened = page.wait("return !!document.querySelector('.card[popover]:popover-open[data-side]')", 3000);
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
    page.wait("return document.querySelectorAll('iframe[data-reading-companion-frame]')[2].getBoundingClientRect().height === 500", 5000)
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

pub fn remote_datasets(page: &Page) -> Result<Outcome, String> {
    let primer = Dataset::from_json(include_str!("../../data/examples/primer.json")).map_err(|e| e.to_string())?;
    load(page, "?data=/data/examples/primer.json")?;
    let shown = page.js(
        "return [document.querySelector('h1').textContent, document.querySelectorAll('.mark[data-mention]').length, \
                 !!document.querySelector('.notice'), document.title]",
        vec![],
    )?;
    ensure(shown[0] == json!(PRIMER_HEADLINE), || format!("the primer did not load: {shown}"))?;
    let marked = marked_by_default(&primer).len();
    ensure(shown[1] == json!(marked), || format!("{} marks, expected {marked}", shown[1]))?;
    ensure(shown[2] == json!(false), || "a clean dataset got a banner".into())?;
    open_first_card(page)?;

    for (path, says) in [
        ("?data=/no-such-file.json", "the server answered “404”"),
        ("?data=javascript:alert(1)", "address is not allowed"),
        ("?data=data:application/json,%7B%7D", "address is not allowed"),
        ("?data=https%3A%2F%2F127.0.0.1%3A9%2Fblocked.json", "could not be downloaded"),
        // A web page where a notes file should be (a wrong address that answers 200).
        ("?data=/examples/news-page.html", "something other than a notes file (“text/html; charset=utf-8”)"),
    ] {
        load(page, path)?;
        let banner = text(page, ".notice[role=alert]").map_err(|_| format!("{path}: no alert banner"))?;
        ensure(banner.contains(says), || format!("{path}: the banner says {banner:?}"))?;
        ensure(text(page, "h1")?.starts_with(BUILT_IN), || format!("{path}: the built-in article is not shown"))?;
        page.js("document.querySelector('.notice summary').click()", vec![])?;
        let detail = text(page, ".notice__detail li")?;
        ensure(detail.starts_with("Address: "), || format!("{path}: the detail is {detail:?}"))?;
        open_first_card(page).map_err(|e| format!("{path}: {e}"))?;
    }
    Ok(Outcome::Passed)
}

/// Asked for another article, `open/` never shows its own first: as the page paints (before its
/// wasm, which here never comes), a loading line and nothing of the built-in article; with its
/// wasm, while the dataset is on its way (held back), the same; then the one asked for. Asked for
/// nothing, it shows its own.
pub fn asked_for_first(page: &Page) -> Result<Outcome, String> {
    let primer = Dataset::from_json(include_str!("../../data/examples/primer.json")).map_err(|e| e.to_string())?;
    let shown = "const seen = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'; \
         return { article: [...document.querySelectorAll('h1, .article p')].filter(seen).map(e => e.textContent.slice(0, 40)), \
                  loading: [...document.querySelectorAll('.loading')].some(e => seen(e) && e.textContent.includes('Loading')) }";
    for address in ["open/?data=/__slowdata/primer.json", "open/?embed&data=/__slowdata/primer.json"] {
        for (moment, prefix) in [("as the page paints", "__nowasm/"), ("while the dataset is on its way", "")] {
            let began = std::time::Instant::now();
            page.wd.goto(&format!("{}{prefix}{address}", page.url))?;
            page.wait("return document.readyState === 'complete'", 10_000)?;
            let seen = page.js(shown, vec![])?;
            ensure(began.elapsed() < super::server::SLOW_DATA, || {
                format!("{address}: the page took longer than the dataset")
            })?;
            ensure(seen["article"] == json!([]) && seen["loading"] == json!(true), || {
                format!("{address}, {moment}: {seen}")
            })?;
        }
        let headline = page
            .wait(
                "return document.querySelector('.page[data-ready]') && document.querySelector('h1')?.textContent",
                15_000,
            )
            .map_err(|_| format!("{address}: the article asked for never came"))?;
        ensure(headline == json!(primer.article.title()), || format!("{address}: {headline}"))?;
    }
    page.wd.goto(&format!("{}open/", page.url))?;
    let headline = page
        .wait(
            "const h = document.querySelector('h1'); return h && h.getClientRects().length > 0 && h.textContent",
            10_000,
        )
        .map_err(|_| "open/ asked for nothing shows no article".to_owned())?;
    ensure(headline == json!(page.dataset.article.title()), || format!("open/ shows {headline}"))?;
    Ok(Outcome::Passed)
}

pub fn bad_input(page: &Page) -> Result<Outcome, String> {
    for case in cases() {
        let name = case.name;
        let began = std::time::Instant::now();
        load(page, &format!("?data=/__bad/{name}.json"))?;
        let mut seen = page.js(
            "const n = document.querySelector('.notice'); \
             return { headline: document.querySelector('h1')?.textContent, role: n?.getAttribute('role'), \
                      banner: n?.textContent, notes: new Set([...document.querySelectorAll('.mark[data-note]')].map(m => m.dataset.note)).size, \
                      trap: document.documentElement.getAttribute('data-trap'), polluted: ({}).polluted ?? null };",
            vec![],
        )?;
        let banner = seen["banner"].as_str().unwrap_or_default();
        match case.expect {
            Expect::Rejected(explained) => {
                ensure(seen["role"] == json!("alert") && banner.contains(explained), || format!("{name}: {seen}"))?;
                ensure(seen["headline"].as_str().is_some_and(|h| h.starts_with(BUILT_IN)), || {
                    format!("{name}: {seen}")
                })?;
            }
            Expect::Partial(count) => {
                // The banner's heading says what each part left out is, as the notice says it.
                let problems = Dataset::check_bytes(&case.bytes).map(|checked| checked.problems).unwrap_or_default();
                ensure(problems.len() == count, || format!("{name}: {} problems", problems.len()))?;
                let said = LoadNotice::Partial { url: String::new(), problems }.headline();
                ensure(seen["role"] == json!("status") && banner.contains(&said), || {
                    format!("{name}: {said:?} in {seen}")
                })?;
                ensure(seen["headline"] == json!(case.headline), || format!("{name}: {seen}"))?;
            }
            Expect::Shown(notes) => {
                ensure(seen["role"].is_null(), || format!("{name}: a banner: {banner}"))?;
                // A long article renders in chunks after the first, busy until the last is there:
                // as long as that takes, then what it shows.
                page.wait("return !document.querySelector('article[aria-busy]')", 180_000)
                    .map_err(|_| format!("{name}: the article was still being rendered after three minutes"))?;
                seen["notes"] = page.js(
                    "return new Set([...document.querySelectorAll('.mark[data-note]')].map(m => m.dataset.note)).size",
                    vec![],
                )?;
                ensure(seen["headline"] == json!(case.headline) && seen["notes"] == json!(notes), || {
                    format!("{name}: {seen}")
                })?;
            }
        }
        ensure(seen["trap"].is_null() && seen["polluted"].is_null(), || format!("{name}: a script ran: {seen}"))?;
        // What the reader is told: the banner's detail names the problem, and however many there
        // are and however long their values, the banner stays a size a reader can scroll past.
        if let Some(says) = case.says {
            page.js("document.querySelector('.notice summary')?.click()", vec![])?;
            let told = page.js(
                "const n = document.querySelector('.notice'); \
                 return { detail: n?.querySelector('.notice__detail')?.textContent ?? '', height: n?.getBoundingClientRect().height ?? 0 };",
                vec![],
            )?;
            ensure(told["detail"].as_str().is_some_and(|d| d.contains(says)), || {
                format!("{name}: {says:?} not in {told}")
            })?;
            ensure(told["height"].as_f64().is_some_and(|h| h < 5000.0), || {
                format!("{name}: the banner is {} px tall", told["height"])
            })?;
        }
        // One headline; a byline without empty parts; every mark a reader can see has a width.
        let page_shape = page.js(
            "const byline = document.querySelector('.article__byline')?.textContent.trim() ?? ''; \
             return { headlines: document.querySelectorAll('h1').length, \
                      byline: !byline.startsWith('·') && !byline.endsWith('·') && !byline.includes('·  ·') && !byline.includes('· ·'), \
                      flat: [...document.querySelectorAll('.mark')].filter(m => m.getClientRects().length && m.getBoundingClientRect().width < 1).length };",
            vec![],
        )?;
        ensure(page_shape == json!({ "headlines": 1, "byline": true, "flat": 0 }), || format!("{name}: {page_shape}"))?;
        if !matches!(case.expect, Expect::Shown(0)) {
            open_first_card(page).map_err(|e| format!("{name}: {e}"))?;
            // However long its words, the card wraps them: nothing runs past its edge or the page's.
            let wide = page.js(
                "const c = document.querySelector('.card[popover]:popover-open'); const d = document.documentElement; \
                 return [c.scrollWidth - c.clientWidth, d.scrollWidth - d.clientWidth]",
                vec![],
            )?;
            ensure(wide == json!([0, 0]), || format!("{name}: text runs past the card or the page by {wide} px"))?;
            // Beside each source, the host its link goes to, after the label whatever the label's
            // direction or the characters in it.
            let sources = page.js(
                "return [...document.querySelectorAll('.card[popover]:popover-open .card__sources li')].map(li => { \
                   const a = [...li.querySelector('a').getClientRects()].at(-1), h = li.querySelector('.card__host bdi').getClientRects()[0]; \
                   return { host: li.querySelector('.card__host bdi').textContent, after: h.left >= a.right - 1 || h.top >= a.bottom - 1, \
                            at: [a.right, a.bottom, h.left, h.top] }; })",
                vec![],
            )?;
            let sources = sources.as_array().cloned().unwrap_or_default();
            ensure(sources.iter().all(|s| s["after"] == json!(true)), || {
                format!("{name}: a host before its label: {sources:?}")
            })?;
            let hosts: Vec<&str> = sources.iter().filter_map(|s| s["host"].as_str()).collect();
            ensure(case.hosts.is_empty() || hosts == case.hosts, || format!("{name}: the hosts shown are {hosts:?}"))?;
        }
        page.note(format!("{name}: loaded, checked and a card opened in {:.1} s", began.elapsed().as_secs_f64()));
    }
    Ok(Outcome::Passed)
}

pub fn hostile_input(page: &Page) -> Result<Outcome, String> {
    for prefix in ["", "__nocsp/"] {
        load(page, &format!("{prefix}?data=/__bad/hostile-strings-and-urls.json"))?;
        let marks = page.js("return document.querySelectorAll('.mark[data-mention]').length", vec![])?;
        for mention in 0..marks.as_u64().unwrap_or(0) {
            page.js(
                "document.getElementById('mention-' + arguments[0]).scrollIntoView({ block: 'center' }); \
                     document.getElementById('open-' + arguments[0]).focus();",
                vec![json!(mention)],
            )?;
            page.wd.press(&[keys::ENTER], None)?;
            page.wait(CARD_PLACED, 3000).map_err(|_| format!("{prefix}: mention {mention} opened no card"))?;
            let card = text(page, ".card[popover]:popover-open")?;
            ensure(card.contains("<script>") && card.contains("<img src=x onerror="), || {
                format!("{prefix}: mention {mention}: the payloads are not shown as text: {card}")
            })?;
            page.wd.press(&[keys::ESCAPE], None)?;
        }
        page.js(
            "document.getElementById('notes-panel-toggle').click(); document.querySelector('.notice summary').click();",
            vec![],
        )?;
        let dom = page.js(
            "const all = [...document.querySelectorAll('*')]; \
             return { trap: document.documentElement.getAttribute('data-trap'), \
                      scripts: document.querySelectorAll('body script:not(#companion-dataset), img, iframe, object, embed').length, \
                      handlers: all.filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).map(e => e.tagName), \
                      hrefs: [...document.body.querySelectorAll('[href]')].map(a => a.getAttribute('href')).filter(h => !h.startsWith('https://') && !h.startsWith('#')), \
                      banner: document.querySelector('.notice').textContent, headline: document.querySelector('h1').textContent };",
            vec![],
        )?;
        ensure(dom["trap"].is_null(), || format!("{prefix}: a payload ran: {dom}"))?;
        ensure(dom["scripts"] == json!(0) && dom["handlers"] == json!([]), || {
            format!("{prefix}: injected elements: {dom}")
        })?;
        ensure(dom["hrefs"] == json!([]), || format!("{prefix}: unsafe links: {}", dom["hrefs"]))?;
        let banner = dom["banner"].as_str().unwrap_or_default();
        ensure(banner.contains("\"javascript:alert(1)\" is not an https URL"), || {
            format!("{prefix}: the banner: {banner}")
        })?;
        ensure(dom["headline"].as_str().is_some_and(|h| h.ends_with("</script>")), || {
            format!("{prefix}: {}", dom["headline"])
        })?;
        page.note(format!(
            "{}: {marks} cards opened, payloads shown as text, no script ran",
            if prefix.is_empty() { "with the policy" } else { "without it" }
        ));
    }
    Ok(Outcome::Passed)
}
