//! Datasets from elsewhere (`?data=`): one that loads, an address asked for before the page
//! shows the built-in article, and every bad and hostile input the reader may be given, each
//! said plainly over an article that stays usable.

use reading_companion::i18n::{Locale, ProblemWords};
use reading_companion::model::Dataset;
use reading_companion::notice::LoadNotice;
use serde_json::json;

use super::bad_input::{Expect, PRIMER_HEADLINE, cases};
use super::checks::{Outcome, Page, SOON, ensure, marked_by_default};
use super::embedding::{BUILT_IN, CARD_PLACED, load, open_first_card, text};
use super::webdriver::keys;

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
            page.wait("return document.readyState === 'complete'", SOON)?;
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
            SOON,
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
                let said =
                    LoadNotice::Partial { url: String::new(), problems }.headline(ProblemWords::ENGLISH, Locale::En);
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
            page.wait(CARD_PLACED, SOON).map_err(|_| format!("{prefix}: mention {mention} opened no card"))?;
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
