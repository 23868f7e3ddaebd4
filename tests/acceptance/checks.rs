//! The acceptance checks: what a reader does with a mouse, a keyboard, a finger and a screen
//! reader's expectations, run the same way in every engine.

use std::time::Duration;

use reading_companion::model::{Dataset, MentionId};
use serde_json::{Value, json};

use super::webdriver::{WebDriver, keys};
use super::{before_the_app, embedding};

/// How a check ended, when it did not fail.
pub enum Outcome {
    Passed,
    /// Not applicable in this engine; the reason is printed.
    Skipped(String),
}

/// What a check gets: the session, the page's URL and the dataset it shows.
pub struct Page<'a> {
    pub wd: &'a WebDriver,
    pub url: &'a str,
    pub dataset: &'a Dataset,
    /// Lines to print under the check's result (axe-core's incomplete items, sizes reached).
    pub notes: std::cell::RefCell<Vec<String>>,
    /// Content-Security-Policy reports the server has received.
    pub reports: &'a std::sync::Mutex<Vec<String>>,
}

type Check = fn(&Page) -> Result<Outcome, String>;

/// Every check, in the order they run.
pub const CHECKS: [(&str, Check); 30] = [
    ("the_article_and_every_mark_are_shown", article_and_marks),
    ("the_page_stays_in_place_when_the_app_takes_it_over", stays_in_place),
    ("without_the_wasm_every_mark_opens_its_card_by_click_enter_and_space", before_the_app::every_mark),
    (
        "without_the_wasm_tab_enters_the_card_and_esc_close_or_a_click_outside_close_it",
        before_the_app::keyboard_and_dismissal,
    ),
    ("without_the_wasm_a_tap_opens_a_card_and_a_tap_outside_closes_it", before_the_app::touch),
    ("without_the_wasm_a_wrapped_phrase_wraps_and_its_card_hangs_from_it", before_the_app::wrapped_phrase),
    ("without_the_wasm_cards_stay_inside_a_phone_and_a_laptop_viewport", before_the_app::viewports),
    ("without_the_wasm_axe_core_finds_no_violations_with_a_card_open", before_the_app::axe),
    ("a_card_opened_before_the_app_starts_stays_open_and_becomes_the_apps", before_the_app::hand_over),
    ("hovering_each_mark_opens_its_note_and_leaving_closes_it", every_mention_by_hover),
    ("tab_reaches_every_mark_in_reading_order_with_a_visible_focus", tab_order),
    ("enter_and_space_toggle_the_card_and_aria_expanded_follows", enter_and_space),
    ("tab_enters_the_card_reaches_its_links_and_leaves_without_a_trap", tab_through_card),
    ("escape_closes_the_card_and_focus_stays_on_the_mark", escape_keeps_focus),
    ("a_hover_card_stays_accepts_the_pointer_and_escape_closes_it", hover_is_dismissible_hoverable_persistent),
    ("touch_tap_opens_tap_outside_closes_and_links_can_be_tapped", touch),
    ("cards_stay_inside_the_viewport_at_every_size_and_at_200_percent_text", viewports),
    ("axe_core_finds_no_violations_in_four_states", axe),
    ("a_note_link_opens_its_card_on_load", deep_link),
    ("reading_options_hide_kinds_and_keep_them_in_the_url", reading_options),
    ("the_single_file_build_works_from_a_file_url", single_file),
    ("the_panel_leads_from_an_actor_or_a_date_to_the_text", notes_panel),
    ("printing_gives_a_handout_with_numbered_endnotes_and_no_controls", print_handout),
    ("colours_and_text_size_apply_and_are_remembered", colours_and_size),
    ("the_strict_content_security_policy_is_applied_and_never_violated", embedding::content_security_policy),
    ("iframe_embeds_fit_their_content_in_both_sandboxes_and_ignore_forged_messages", embedding::iframe_embeds),
    ("script_embeds_mount_twice_with_unique_ids_and_no_css_crosses_over", embedding::script_embeds),
    ("a_dataset_from_elsewhere_loads_or_says_why_not_over_the_built_in_article", embedding::remote_datasets),
    ("every_bad_input_case_gets_a_clear_message_and_the_page_stays_usable", embedding::bad_input),
    ("hostile_strings_show_as_text_and_no_script_runs_with_or_without_the_policy", embedding::hostile_input),
];

/// The open card's title once it is placed (by the app, or by the browser before it), or what
/// is wrong when more than one card is open.
const CARD_TITLE: &str = "const open = [...document.querySelectorAll('.card[popover]')].filter(c => c.matches(':popover-open')); \
    if (open.length > 1) return open.length + ' cards open at once'; const c = open[0]; \
    return c && (c.hasAttribute('data-side') || !document.querySelector('.page[data-ready]')) ? c.querySelector('h2').textContent : null;";
/// True once the app has taken over the prerendered page (whose marks are links until then).
pub const TAKEN_OVER: &str = "return !!document.querySelector('.page[data-ready]')";

const CARD_CLOSED: &str = "return !document.querySelector('.card[popover]:popover-open');";

impl Page<'_> {
    /// A fresh page at 1280 × 800, once its marks are there.
    pub fn reset(&self) -> Result<(), String> {
        self.wd.viewport(1280, 800)?;
        self.wd.goto(self.url)?;
        self.wait(TAKEN_OVER, 15_000).map_err(|_| "the app did not mount within 15 s".to_owned())?;
        Ok(())
    }

    pub fn js(&self, body: &str, args: Vec<Value>) -> Result<Value, String> {
        self.wd.script(body, args)
    }

    /// Waits until `body` (a function body) returns something truthy; returns it.
    pub fn wait(&self, body: &str, timeout_ms: u64) -> Result<Value, String> {
        let script = format!(
            "const done = arguments[arguments.length - 1]; const t0 = Date.now(); \
             const check = () => {{ {body} }}; \
             (function poll() {{ let v = null; try {{ v = check(); }} catch (e) {{ v = null; }} \
               if (v) done(v); else if (Date.now() - t0 > {timeout_ms}) done(null); else setTimeout(poll, 16); }})();"
        );
        let value = self.wd.script_async(&script, vec![])?;
        if value.is_null() { Err(format!("timed out after {timeout_ms} ms waiting for: {body}")) } else { Ok(value) }
    }

    pub fn title_of(&self, mention: usize) -> String {
        self.dataset.note_of(MentionId(mention)).title.clone()
    }

    pub fn wait_card(&self, mention: usize) -> Result<(), String> {
        let expected = self.title_of(mention);
        let got =
            self.wait(CARD_TITLE, 3000).map_err(|_| format!("no card opened for mention {mention} ({expected})"))?;
        if got.as_str() == Some(expected.as_str()) {
            Ok(())
        } else {
            Err(format!("mention {mention}: card {got} instead of {expected:?}"))
        }
    }

    pub fn wait_closed(&self, what: &str) -> Result<(), String> {
        self.wait(CARD_CLOSED, 3000).map(drop).map_err(|_| format!("the card did not close {what}"))
    }

    pub fn card_is_open(&self) -> Result<bool, String> {
        Ok(!self.js(CARD_TITLE, vec![])?.is_null())
    }

    /// Scrolls a mark to `block` ("start", "center", "end") and returns the centre of its first
    /// line box.
    pub fn show_mark(&self, mention: usize, block: &str) -> Result<(f64, f64), String> {
        let v = self.js(
            "const m = document.getElementById('mention-' + arguments[0]); m.scrollIntoView({ block: arguments[1] }); \
             const r = m.getClientRects()[0]; return [r.left + r.width / 2, r.top + r.height / 2];",
            vec![json!(mention), json!(block)],
        )?;
        Ok((v[0].as_f64().unwrap_or(0.0), v[1].as_f64().unwrap_or(0.0)))
    }

    /// Focuses a mention's mark (its button) with its phrase in the middle of the viewport.
    pub fn focus_mark(&self, mention: usize) -> Result<(), String> {
        self.js(
            "document.getElementById('mention-' + arguments[0]).scrollIntoView({ block: 'center' }); \
             document.getElementById('open-' + arguments[0]).focus();",
            vec![json!(mention)],
        )
        .map(drop)
    }

    /// What has focus, and the outline shown for it (a mark's button shows its focus on its
    /// phrase).
    pub fn active(&self) -> Result<Value, String> {
        self.js(
            "const a = document.activeElement; \
             const s = getComputedStyle(a.matches('[data-opener]') ? a.previousElementSibling : a); \
             return { id: a.id, tag: a.tagName, body: a === document.body, \
                      inCard: !!a.closest('.card[popover]'), link: a.tagName === 'A', \
                      outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) };",
            vec![],
        )
    }

    pub fn expanded(&self, mention: usize) -> Result<String, String> {
        let v = self.js(
            "return document.getElementById('open-' + arguments[0]).getAttribute('aria-expanded')",
            vec![json!(mention)],
        )?;
        Ok(v.as_str().unwrap_or("").to_owned())
    }

    pub fn first_mention(&self, note: &str) -> Result<usize, String> {
        let note = self.dataset.notes.iter().find(|n| n.id == note).ok_or(format!("no note {note}"))?;
        note.mentions.first().map(|m| m.0).ok_or(format!("note {} has no mention", note.id))
    }

    pub fn note(&self, line: String) {
        self.notes.borrow_mut().push(line);
    }
}

pub fn ensure(condition: bool, message: impl FnOnce() -> String) -> Result<(), String> {
    if condition { Ok(()) } else { Err(message()) }
}

fn article_and_marks(page: &Page) -> Result<Outcome, String> {
    let shown = page.js(
        "return [...document.querySelectorAll('[data-block]')].map(e => [e.dataset.block, e.textContent])",
        vec![],
    )?;
    let expected: Vec<Value> = page.dataset.article.blocks.iter().map(|b| json!([b.id, b.text])).collect();
    ensure(shown == Value::Array(expected), || "the blocks shown differ from the dataset text".into())?;
    let marks = page.js(
        "return [...document.querySelectorAll('[data-mention]')].map(m => { const b = m.nextElementSibling; \
         return [m.id, m.getAttribute('aria-hidden'), b.tagName, b.id, b.getAttribute('popovertarget'), \
                 b.getAttribute('aria-expanded'), b.tabIndex]; })",
        vec![],
    )?;
    let marks = marks.as_array().cloned().unwrap_or_default();
    ensure(marks.len() == page.dataset.mentions.len(), || {
        format!("{} marks for {} mentions", marks.len(), page.dataset.mentions.len())
    })?;
    for (i, mark) in marks.iter().enumerate() {
        let card = format!("card-{}", page.dataset.note_of(MentionId(i)).id);
        let expected = json!([format!("mention-{i}"), "true", "BUTTON", format!("open-{i}"), card, "false", 0]);
        ensure(*mark == expected, || format!("mark {i} is {mark}, expected {expected}"))?;
    }
    Ok(Outcome::Passed)
}

/// Where the brand line, the article, its first paragraph and its last block are on the page
/// (top and height, in CSS pixels from the document's top), and the page's height.
const LAYOUT: &str = "const at = (s) => { const r = document.querySelector(s).getBoundingClientRect(); \
     return [Math.round((r.top + scrollY) * 10) / 10, Math.round(r.height * 10) / 10]; }; \
     return { brand: at('.page__brand'), article: at('article'), first: at('article > p[data-block]'), \
              last: at('article > :last-child'), page: document.documentElement.scrollHeight };";

/// The prerendered page is the page: when the wasm starts, nothing moves, at a laptop's and a
/// tablet's width (the brand line with its tools is in the page from the start).
fn stays_in_place(page: &Page) -> Result<Outcome, String> {
    for (width, height) in [(1280, 800), (768, 1024)] {
        page.wd.viewport(width, height)?;
        page.wd.goto(&format!("{}__nowasm/", page.url))?;
        page.wait("return document.readyState === 'complete' && document.fonts.status === 'loaded'", 10_000)?;
        let before = page.js(LAYOUT, vec![])?;
        ensure(page.js(TAKEN_OVER, vec![])? == json!(false), || "without the wasm the app took the page over".into())?;
        page.wd.goto(page.url)?;
        page.wait(TAKEN_OVER, 15_000)?;
        page.wait("return document.fonts.status === 'loaded'", 10_000)?;
        let after = page.js(LAYOUT, vec![])?;
        ensure(before == after, || {
            format!("at {width} px wide the page moved: before the wasm {before}, after {after}")
        })?;
    }
    Ok(Outcome::Passed)
}

fn every_mention_by_hover(page: &Page) -> Result<Outcome, String> {
    for mention in 0..page.dataset.mentions.len() {
        let (x, y) = page.show_mark(mention, "center")?;
        page.wd.mouse_to(x, y)?;
        page.wait_card(mention)?;
        // The left margin of the page, clear of the article and the card.
        page.wd.mouse_to(2.0, 2.0)?;
        page.wait_closed(&format!("when the pointer left mention {mention}"))?;
    }
    Ok(Outcome::Passed)
}

fn tab_order(page: &Page) -> Result<Outcome, String> {
    let total = page.dataset.mentions.len();
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
    let expected: Vec<usize> = (0..total).collect();
    ensure(seen == expected, || format!("Tab visited marks {seen:?}, expected 0..{total} in order"))?;
    Ok(Outcome::Passed)
}

fn enter_and_space(page: &Page) -> Result<Outcome, String> {
    let mention = page.first_mention("crimea")?;
    page.focus_mark(mention)?;
    for (key, name) in [(keys::ENTER, "Enter"), (keys::SPACE, "Space")] {
        page.wd.press(&[key], None)?;
        page.wait_card(mention)?;
        ensure(page.expanded(mention)? == "true", || format!("aria-expanded is not true after {name}"))?;
        page.wd.press(&[key], None)?;
        page.wait_closed(&format!("on a second {name}"))?;
        ensure(page.expanded(mention)? == "false", || format!("aria-expanded is not false after a second {name}"))?;
    }
    Ok(Outcome::Passed)
}

fn tab_through_card(page: &Page) -> Result<Outcome, String> {
    let mention = page.first_mention("nis-centre")?;
    let links = page.dataset.note_of(MentionId(mention)).sources.len();
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
    ensure(visited == links, || format!("Tab reached {visited} of the card's {links} source links"))?;
    let after = page.active()?;
    ensure(after["body"] != json!(true), || "focus fell to <body> after the card".into())?;
    ensure(after["inCard"] == json!(false), || "Tab is trapped in the card".into())?;
    ensure(after["id"] == json!(format!("open-{}", mention + 1)), || {
        format!("after the card, focus went to {after}, not the next mark")
    })?;
    page.wait_closed("when focus left it")?;
    Ok(Outcome::Passed)
}

fn escape_keeps_focus(page: &Page) -> Result<Outcome, String> {
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

fn hover_is_dismissible_hoverable_persistent(page: &Page) -> Result<Outcome, String> {
    let mention = page.first_mention("mod-office")?;
    let (x, y) = page.show_mark(mention, "center")?;
    page.wd.mouse_to(x, y)?;
    page.wait_card(mention)?;
    std::thread::sleep(Duration::from_secs(10));
    ensure(page.card_is_open()?, || "the hover card closed by itself within 10 s".into())?;
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

/// What came of tapping a phrase.
pub enum Tapped {
    /// Its card opened, and closed on a tap outside; where the phrase was tapped.
    At(f64, f64),
    /// The driver cannot send touch input, and says why.
    Unsupported(String),
}

/// Taps a mention's phrase (scrolled to `block`), waits for its card, then taps the page's top
/// left corner and waits for the card to close.
pub fn tap_open_and_close(page: &Page, mention: usize, block: &str) -> Result<Tapped, String> {
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

fn touch(page: &Page) -> Result<Outcome, String> {
    let mention = page.first_mention("nis-centre")?;
    let (x, y) = match tap_open_and_close(page, mention, "center")? {
        Tapped::At(x, y) => (x, y),
        Tapped::Unsupported(why) => return Ok(Outcome::Skipped(why)),
    };
    page.wd.press_at("touch", x, y)?;
    page.wait_card(mention)?;
    let link = page.js(
        "const a = document.querySelector('.card[popover]:popover-open a[href]'); a.scrollIntoView({ block: 'nearest' }); \
                        const r = a.getClientRects()[0]; return [r.left + 4, r.top + r.height / 2, a.href];",
        vec![],
    )?;
    let home = page.wd.window()?;
    let before = page.wd.windows()?.len();
    page.wd.press_at("touch", link[0].as_f64().unwrap_or(0.0), link[1].as_f64().unwrap_or(0.0))?;
    let mut opened = false;
    for _ in 0..30 {
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

/// Marks worth testing at the current size: first, at the bottom edge, leftmost, rightmost, and
/// a phrase that wraps (when one does at this width).
pub fn edge_cases(page: &Page) -> Result<Vec<(String, usize, String)>, String> {
    let v = page.js(
        "const marks = [...document.querySelectorAll('[data-mention]')]; \
         const x = marks.map(m => m.getClientRects()[0]); \
         const left = x.reduce((b, r, i) => r.left < x[b].left ? i : b, 0); \
         const right = x.reduce((b, r, i) => r.right > x[b].right ? i : b, 0); \
         const wrapped = marks.findIndex(m => m.getClientRects().length > 1); \
         return { left, right, wrapped, middle: Math.floor(marks.length / 2) };",
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

pub fn card_fits(page: &Page, size: &str) -> Result<(), String> {
    for (case, mention, block) in edge_cases(page)? {
        let (x, y) = page.show_mark(mention, &block)?;
        page.wd.press_at("mouse", x, y)?;
        page.wait_card(mention).map_err(|e| format!("{size}, {case}: {e}"))?;
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
        page.wd.press(&[keys::ESCAPE], None)?;
        page.wait_closed(&format!("on Esc ({size}, {case})"))?;
    }
    Ok(())
}

fn viewports(page: &Page) -> Result<Outcome, String> {
    for (width, height) in [(320, 640), (768, 1024), (1280, 800)] {
        let got = page.wd.viewport(width, height)?;
        // A browser that will not make its window that small shows the page in an iframe of
        // exactly that size: a real viewport for the page, media queries and all.
        let framed = got.0 > width || got.1 > height;
        if framed {
            page.wd.viewport(got.0.max(width), got.1.max(height))?;
            page.wd.goto(&format!("{}__frame?w={width}&h={height}", page.url))?;
            page.wd.frame(Some(0))?;
            page.note(format!("{width}×{height} in an iframe (the window stops at {}×{})", got.0, got.1));
        } else {
            page.wd.goto(page.url)?;
        }
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

const AXE_TAGS: [&str; 6] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/// What axe-core finds wrong with the page as it is now, each line led by `state`.
pub fn axe_violations(page: &Page, state: &str) -> Result<Vec<String>, String> {
    let source = std::fs::read_to_string("node_modules/axe-core/axe.min.js")
        .map_err(|e| format!("axe-core is not installed (npm install): {e}"))?;
    {
        // Audit what the reader sees once the card's fade-in has finished.
        page.wait("return document.getAnimations().every(a => a.playState === 'finished')", 3000)?;
        page.js(&format!("{source}\nreturn typeof axe;"), vec![])?;
        let result = page.wd.script_async(
            "const done = arguments[arguments.length - 1]; \
             axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } }).then(r => done({ \
               violations: r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ') + ')'), \
               incomplete: r.incomplete.map(i => i.id + ' ×' + i.nodes.length) }), e => done({ violations: ['axe failed: ' + e], incomplete: [] }));",
            vec![json!(AXE_TAGS)],
        )?;
        let list = |k: &str| -> Vec<String> {
            result[k]
                .as_array()
                .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
                .unwrap_or_default()
        };
        if !list("incomplete").is_empty() {
            page.note(format!("axe incomplete ({state}): {}", list("incomplete").join(", ")));
        }
        Ok(list("violations").into_iter().map(|v| format!("{state}: {v}")).collect())
    }
}

fn axe(page: &Page) -> Result<Outcome, String> {
    let run = |state: &str| axe_violations(page, state);
    let mut violations = run("initial")?;
    let mention = page.first_mention("eu-sanctions")?;
    page.focus_mark(mention)?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait_card(mention)?;
    violations.extend(run("card opened by keyboard")?);
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wait_closed("on Esc")?;
    let poll = page.first_mention("poll-russia-ally")?;
    let (x, y) = page.show_mark(poll, "center")?;
    page.wd.mouse_to(x, y)?;
    page.wait_card(poll)?;
    violations.extend(run("card opened by pointer")?);
    page.wd.mouse_to(2.0, 2.0)?;
    page.wait_closed("when the pointer left")?;
    page.js("document.documentElement.dataset.theme = 'dark'", vec![])?;
    violations.extend(run("dark mode")?);
    ensure(violations.is_empty(), || violations.join("\n    "))?;
    Ok(Outcome::Passed)
}

fn deep_link(page: &Page) -> Result<Outcome, String> {
    page.wd.goto("about:blank")?;
    page.wd.goto(&format!("{}#note=nis-centre", page.url))?;
    let mention = page.first_mention("nis-centre")?;
    page.wait_card(mention)?;
    let in_view = page.js(
        "const r = document.getElementById('mention-' + arguments[0]).getBoundingClientRect(); \
         return r.top >= 0 && r.bottom <= innerHeight;",
        vec![json!(mention)],
    )?;
    ensure(in_view == json!(true), || "the linked note's mark is not in view".into())?;
    Ok(Outcome::Passed)
}

/// Clicks the centre of the first element matching `selector`, as a mouse would.
fn click(page: &Page, selector: &str) -> Result<(), String> {
    let at = page.js(
        "const e = document.querySelector(arguments[0]); e.scrollIntoView({ block: 'center' }); \
         const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2];",
        vec![json!(selector)],
    )?;
    page.wd.press_at("mouse", at[0].as_f64().unwrap_or(0.0), at[1].as_f64().unwrap_or(0.0))
}

fn reading_options(page: &Page) -> Result<Outcome, String> {
    click(page, "#reading-options-toggle")?;
    page.wait("return !document.getElementById('reading-options').hidden", 3000)?;
    let actors = "#reading-options input[type=checkbox]";
    click(page, actors)?;
    page.wait("return document.querySelectorAll('.mark[data-note=\"serbia\"]').length === 0", 3000)
        .map_err(|_| "unchecking Actors left actor marks marked".to_owned())?;
    let state = page.js(
        "return [location.hash, document.querySelectorAll('.mark[data-note=\"nis-centre\"]').length, \
                 document.querySelectorAll('[data-note=\"serbia\"] + button:enabled').length]",
        vec![],
    )?;
    ensure(state[0] == json!("#show=poll,context"), || format!("the URL does not keep the choice: {}", state[0]))?;
    ensure(state[1].as_u64() > Some(0), || "context marks went too".into())?;
    ensure(state[2] == json!(0), || "hidden actor marks are still tab stops".into())?;
    page.wd.goto("about:blank")?;
    page.wd.goto(&format!("{}#show=poll,context", page.url))?;
    page.wait(TAKEN_OVER, 15_000)?;
    let restored = page.js("return document.querySelectorAll('.mark[data-note=\"serbia\"]').length", vec![])?;
    ensure(restored == json!(0), || "a shared link did not restore the choice".into())?;
    Ok(Outcome::Passed)
}

fn single_file(page: &Page) -> Result<Outcome, String> {
    let Ok(path) = std::env::var("COMPANION_SINGLE_FILE") else {
        return Ok(Outcome::Skipped("COMPANION_SINGLE_FILE names no single-file build".into()));
    };
    page.wd.goto(&format!("file://{path}"))?;
    page.wait(TAKEN_OVER, 15_000).map_err(|_| "the single file did not start from file://".to_owned())?;
    let mention = page.first_mention("putin")?;
    let (x, y) = page.show_mark(mention, "center")?;
    page.wd.press_at("mouse", x, y)?;
    page.wait_card(mention)?;

    // It reads no other dataset: asked for one, it shows its own article and says so.
    page.wd.goto(&format!("file://{path}?data=https://example.org/other.json"))?;
    let banner = page
        .wait(
            "const b = document.querySelector('.notice[role=alert]'); \
             return document.querySelector('.page[data-ready]') && b && b.textContent",
            15_000,
        )
        .map_err(|_| "asked for another dataset, the single file showed no notice".to_owned())?;
    ensure(banner.as_str().is_some_and(|b| b.contains("built-in article only")), || format!("notice: {banner}"))?;
    Ok(Outcome::Passed)
}

fn notes_panel(page: &Page) -> Result<Outcome, String> {
    click(page, "#notes-panel-toggle")?;
    page.wait("return !document.getElementById('notes-panel').hidden", 3000)?;
    let putin = page.first_mention("putin")?;
    click(page, "#notes-panel [data-actor=\"putin\"]").map_err(|e| format!("Who's who has no Vladimir Putin: {e}"))?;
    page.wait_card(putin)?;
    let highlighted = page.js(
        "return [document.querySelectorAll('[data-note=\"putin\"][data-highlight]').length, \
                 document.querySelectorAll('[data-note=\"putin\"]').length]",
        vec![],
    )?;
    ensure(highlighted[0] == highlighted[1], || format!("highlighted marks {highlighted}"))?;
    page.wd.press(&[keys::ESCAPE], None)?;
    page.js(
        "[...document.querySelectorAll('.panel__switch button')].find(b => b.textContent === 'Timeline').click()",
        vec![],
    )?;
    let first =
        page.wait("const b = document.querySelector('.panel__timeline li button'); return b && b.textContent", 3000)?;
    ensure(first == json!("NATO intervention in Yugoslavia"), || format!("the timeline starts with {first}"))?;
    Ok(Outcome::Passed)
}

fn print_handout(page: &Page) -> Result<Outcome, String> {
    let pdf = match page.wd.print() {
        Ok(pdf) => pdf,
        Err(error) if error.contains("unknown command") || error.contains("unsupported operation") => {
            return Ok(Outcome::Skipped(format!("the driver cannot print: {error}")));
        }
        Err(error) => return Err(error),
    };
    let path = std::env::temp_dir().join(format!("companion-handout-{}.pdf", std::process::id()));
    std::fs::write(&path, &pdf).map_err(|e| e.to_string())?;
    let text = std::process::Command::new("pdftotext").arg(&path).arg("-").output();
    _ = std::fs::remove_file(&path);
    // Firefox's PDFs keep typographic ligatures ("ﬁ"), which pdftotext hands back as such.
    let text = String::from_utf8_lossy(&text.map_err(|e| format!("pdftotext: {e}"))?.stdout)
        .replace('ﬁ', "fi")
        .replace('ﬂ', "fl");
    let vucic = page.dataset.notes.iter().find(|n| n.id == "vucic").ok_or("no vucic")?.number;
    let words: Vec<&str> = text.split_whitespace().collect();
    let marked = words.windows(2).any(|w| w[0] == "Vucic" && w[1].trim_end_matches([',', '.']) == vucic.to_string());
    ensure(marked, || format!("no marker {vucic} after \"Vucic\" in the printed text"))?;
    // Engines lay text out differently in their PDFs: compare with white space folded.
    let flat = words.join(" ");
    let notes = flat.rfind(" Notes Actors ").ok_or("no \"Notes\" then \"Actors\" on paper")?;
    let polls = flat[notes..].find(" Poll figures ").ok_or("no \"Poll figures\" group on paper")?;
    ensure(flat[notes + polls..].contains(" Context "), || "no \"Context\" group after the poll figures".into())?;
    // A long URL may wrap at any character on paper.
    let compact: String = words.concat();
    ensure(compact.contains("https://tass.com/politics/990695"), || "sources are not printed as URLs".into())?;
    for control in ["Close note", "Reading options", "Who, what, when", "Hover over"] {
        ensure(!text.contains(control), || format!("\"{control}\" is on paper"))?;
    }
    Ok(Outcome::Passed)
}

fn colours_and_size(page: &Page) -> Result<Outcome, String> {
    click(page, "#reading-options-toggle")?;
    page.wait("return !document.getElementById('reading-options').hidden", 3000)?;
    click(page, "#reading-options input[type=radio][value=dark]")?;
    click(page, "#reading-options .tools__size .button:last-of-type")?;
    let state = "return [document.documentElement.dataset.theme || '', document.documentElement.style.fontSize, \
                 getComputedStyle(document.body).backgroundColor]";
    let applied = page.js(state, vec![])?;
    ensure(applied == json!(["dark", "115%", "rgb(21, 23, 26)"]), || {
        format!("after choosing dark and larger: {applied}")
    })?;
    page.wd.goto(page.url)?;
    page.wait(TAKEN_OVER, 15_000)?;
    let remembered = page.js(state, vec![])?;
    ensure(remembered == applied, || format!("after a reload: {remembered}"))?;
    page.js("localStorage.clear()", vec![])?;
    Ok(Outcome::Passed)
}
