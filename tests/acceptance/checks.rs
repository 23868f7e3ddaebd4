//! The acceptance checks: what a reader does with a mouse, a keyboard, a finger and a screen
//! reader's expectations, run the same way in every engine.

use std::time::Duration;

use reading_companion::model::{Dataset, MentionId};
use serde_json::{Value, json};

use super::webdriver::{WebDriver, keys};
use super::{before_the_app, direction, editor, embedding, publish, site};

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
    /// The target of every request the server has received, in order.
    pub requests: &'a std::sync::Mutex<Vec<String>>,
}

/// A check: what it asserts of the page, or why it could not run here.
pub type Check = fn(&Page) -> Result<Outcome, String>;

/// Every check, in the order they run.
pub const CHECKS: [(&str, Check); 52] = [
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
    ("a_cards_sources_are_https_links_to_a_new_tab_and_its_head_leads_to_them", source_links),
    ("escape_closes_the_card_and_focus_stays_on_the_mark", escape_keeps_focus),
    ("a_hover_card_stays_accepts_the_pointer_and_escape_closes_it", hover_is_dismissible_hoverable_persistent),
    ("a_card_opened_on_the_second_line_of_a_wrapped_phrase_hangs_from_that_line", wrapped_line),
    ("a_hover_card_scrolled_to_its_end_takes_the_first_click_on_its_buttons", hover_card_first_click),
    ("touch_tap_opens_tap_outside_closes_and_links_can_be_tapped", touch),
    ("cards_stay_inside_the_viewport_at_every_size_and_at_200_percent_text", viewports),
    ("axe_core_finds_no_violations_in_five_states", axe),
    ("a_note_link_opens_its_card_on_load_whatever_a_content_system_adds_to_it", deep_link),
    ("reading_options_hide_kinds_and_keep_them_in_the_url", reading_options),
    ("marks_skip_the_headline_mark_once_a_paragraph_and_the_legend_and_a_skip_link_follow", marks_and_legend),
    ("a_note_link_that_cannot_be_followed_says_why_and_offers_the_way", missed_links),
    ("the_single_file_build_works_from_a_file_url", single_file),
    ("a_card_opens_at_its_top_and_a_cut_card_shows_that_more_follows", card_top),
    ("scrolling_under_a_resting_pointer_opens_no_card", resting_pointer),
    ("the_panel_never_covers_the_text_it_leads_to", panel_beside_or_aside),
    ("opening_and_closing_the_panel_keeps_the_readers_place_and_esc_on_its_button_closes_it", panel_keeps_place),
    ("on_a_phone_the_sheet_leaves_the_phrase_in_view_and_the_panel_steps_aside", phone_sheet),
    ("on_a_phone_the_last_phrases_rise_above_the_sheet_and_its_next_button_is_in_view", sheet_room),
    ("in_a_short_window_a_card_opened_by_key_gets_the_room_below_its_phrase", short_window),
    ("the_panel_leads_from_an_actor_or_a_date_to_the_text", notes_panel),
    ("printing_gives_a_short_handout_numbered_in_reading_order_with_the_notes_shown", print_handout),
    ("colours_and_text_size_apply_and_are_remembered", colours_and_size),
    ("the_strict_content_security_policy_is_applied_and_never_violated", embedding::content_security_policy),
    ("iframe_embeds_fit_their_content_in_both_sandboxes_and_ignore_forged_messages", embedding::iframe_embeds),
    ("script_embeds_mount_twice_with_unique_ids_and_no_css_crosses_over", embedding::script_embeds),
    ("in_an_embed_the_panel_and_cards_stay_in_view_and_a_height_cap_scrolls_inside", embedding::in_view),
    ("a_dataset_from_elsewhere_loads_or_says_why_not_over_the_built_in_article", embedding::remote_datasets),
    ("asked_for_another_article_the_page_never_shows_the_built_in_one_first", embedding::asked_for_first),
    (
        "a_right_to_left_text_and_its_notes_run_right_to_left_and_the_pages_words_keep_their_order",
        direction::right_to_left,
    ),
    ("every_bad_input_case_gets_a_clear_message_and_the_page_stays_usable", embedding::bad_input),
    ("hostile_strings_show_as_text_and_no_script_runs_with_or_without_the_policy", embedding::hostile_input),
    (
        "the_editor_makes_a_companion_from_pasted_text_that_survives_a_reload_and_opens_in_the_companion",
        editor::make_a_companion,
    ),
    ("the_editor_starts_where_the_browser_refuses_it_storage_and_says_the_draft_is_not_kept", editor::without_storage),
    (
        "the_editor_checks_and_saves_a_burst_of_typing_once_and_a_reload_straight_after_loses_none",
        editor::typing_settles,
    ),
    ("a_site_of_two_articles_shares_its_files_and_each_works_as_the_built_in_page", site::two_articles),
    ("a_content_system_finds_an_article_by_oembed_and_its_embed_fits_and_opens_cards", site::oembed),
    ("a_draft_downloaded_from_the_editor_is_the_sites_page_and_works_in_the_site_and_offline", publish::draft_page),
    (
        "in_a_frame_that_allows_only_scripts_a_source_link_says_it_cannot_open_and_offers_its_address",
        publish::scripts_only,
    ),
];

/// The open card's title once it is placed (by the app, or by the browser before it), or what
/// is wrong when more than one card is open.
pub const CARD_TITLE: &str = "const open = [...document.querySelectorAll('.card[popover]')].filter(c => c.matches(':popover-open')); \
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

    /// Scrolls a mark to `block` ("start", "center", "end"), below the sticky brand line (which
    /// WebKit's `scrollIntoView` does not leave room for), and returns the centre of its first
    /// line box.
    pub fn show_mark(&self, mention: usize, block: &str) -> Result<(f64, f64), String> {
        let v = self.js(
            "const m = document.getElementById('mention-' + arguments[0]); m.scrollIntoView({ block: arguments[1] }); \
             const brand = document.querySelector('.page__brand'); const under = brand ? brand.getBoundingClientRect().bottom : 0; \
             const top = m.getClientRects()[0].top; if (top < under + 4) window.scrollBy(0, top - under - 4); \
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

    /// The first mention whose phrase wraps across lines at this width.
    pub fn wrapped_mention(&self) -> Result<usize, String> {
        let found = self.js(
            "const m = [...document.querySelectorAll('.mark[data-mention]')].find(m => m.getClientRects().length > 1); \
             return m ? Number(m.dataset.mention) : null",
            vec![],
        )?;
        found.as_u64().and_then(|i| usize::try_from(i).ok()).ok_or_else(|| "no phrase wraps across lines".to_owned())
    }

    pub fn note(&self, line: String) {
        self.notes.borrow_mut().push(line);
    }
}

/// The mentions marked by default, in reading order: each note's first in a paragraph.
pub fn marked_by_default(dataset: &Dataset) -> Vec<usize> {
    (0..dataset.mentions.len())
        .filter(|&i| {
            let m = &dataset.mentions[i];
            !dataset.mentions[..i].iter().any(|e| e.note == m.note && e.block == m.block)
        })
        .collect()
}

/// The mention marked by default after `mention`, where Tab goes next.
pub fn next_marked(dataset: &Dataset, mention: usize) -> usize {
    marked_by_default(dataset).into_iter().find(|&m| m > mention).unwrap_or(mention)
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

fn tab_order(page: &Page) -> Result<Outcome, String> {
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

fn enter_and_space(page: &Page) -> Result<Outcome, String> {
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

fn tab_through_card(page: &Page) -> Result<Outcome, String> {
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
fn source_links(page: &Page) -> Result<Outcome, String> {
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
    let address = page.js(
        "const c = document.querySelector('.card:popover-open'); c.style.maxHeight = '220px'; return location.href",
        vec![],
    )?;
    click(page, ".card:popover-open .card__to-sources")?;
    page.wait(
        "const c = document.querySelector('.card:popover-open'); const s = c?.querySelector('.card__sources'); \
         return c && c.scrollTop > 0 && s.getBoundingClientRect().top < c.getBoundingClientRect().bottom - 20",
        3000,
    )
    .map_err(|_| "the link to the sources does not scroll the card to them".to_owned())?;
    let after = page.js("return location.href", vec![])?;
    ensure(after == address, || format!("the link to the sources changed the address from {address} to {after}"))?;
    Ok(Outcome::Passed)
}

/// With the app, a card opened by pointing at the second line of a phrase that wraps hangs from
/// that line, just below or above it.
fn wrapped_line(page: &Page) -> Result<Outcome, String> {
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

fn hover_card_first_click(page: &Page) -> Result<Outcome, String> {
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
            3000,
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

/// Puts `body` at `path` on the test server (see `server.rs`: a dataset under `/__shared/`, a
/// page into the site under `/__site/`), from the page the session is on.
pub fn put(page: &Page, path: &str, body: &str) -> Result<(), String> {
    let status = page.wd.script_async(
        "const done = arguments[arguments.length - 1]; \
         fetch(arguments[0], { method: 'PUT', body: arguments[1] }).then(r => done(r.status), e => done(String(e)));",
        vec![json!(path), json!(body)],
    )?;
    ensure(status == json!(204), || format!("PUT {path}: {status}"))
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
        "const a = document.querySelector('.card[popover]:popover-open .card__sources a[href]'); a.scrollIntoView({ block: 'nearest' }); \
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

pub fn card_fits(page: &Page, size: &str) -> Result<(), String> {
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
fn broken_words(page: &Page, selector: &str) -> Result<Value, String> {
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

fn viewports(page: &Page) -> Result<Outcome, String> {
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
            page.wait("return !document.getElementById('notes-panel').hidden", 3000)?;
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
    page.focus_mark(mention)?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait_card(mention)?;
    violations.extend(run("dark mode, card opened by keyboard")?);
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
    // A link to another note on the same page, followed once the page is open.
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wait_closed("on Esc")?;
    page.js("location.hash = 'note=zeitenwende'", vec![])?;
    page.wait_card(page.first_mention("zeitenwende")?)
        .map_err(|e| format!("#note=zeitenwende followed on the page: {e}"))?;
    // Content systems add their own words to the fragment: WordPress's `?secret=`, AMP's `amp=1`.
    page.wd.goto("about:blank")?;
    page.wd.goto(&format!("{}#?secret=abc&note=serbia", page.url))?;
    page.wait_card(page.first_mention("serbia")?).map_err(|e| format!("#?secret=abc&note=serbia: {e}"))?;
    page.wd.goto("about:blank")?;
    page.wd.goto(&format!("{}#amp=1", page.url))?;
    page.wait(TAKEN_OVER, 15_000)?;
    std::thread::sleep(Duration::from_millis(300));
    let said = page.js(
        "const n = document.querySelector('.link-notice'); \
         return [!!document.querySelector('.card[popover]:popover-open'), !!n && !n.hidden]",
        vec![],
    )?;
    ensure(said == json!([false, false]), || format!("#amp=1 opened a card or a notice: {said}"))?;
    Ok(Outcome::Passed)
}

/// Clicks the centre of the first element matching `selector`, as a mouse would.
pub fn click(page: &Page, selector: &str) -> Result<(), String> {
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
    click(page, "#reading-options input[name=clean]").map_err(|e| format!("no Clean reading option: {e}"))?;
    let clean =
        page.wait("return document.querySelectorAll('.mark[data-mention]').length === 0 && location.hash", 3000);
    let clean = clean.map_err(|_| "Clean reading left marks".to_owned())?;
    ensure(clean == json!("#clean"), || format!("Clean reading is not kept in the URL: {clean}"))?;
    page.wd.goto("about:blank")?;
    page.wd.goto(&format!("{}#show=poll,context", page.url))?;
    page.wait(TAKEN_OVER, 15_000)?;
    let restored = page.js("return document.querySelectorAll('.mark[data-note=\"serbia\"]').length", vec![])?;
    ensure(restored == json!(0), || "a shared link did not restore the choice".into())?;
    Ok(Outcome::Passed)
}

/// Whether the first element matching a selector is displayed.
fn displayed(page: &Page, selector: &str) -> Result<bool, String> {
    let shown = page.js(
        "const e = document.querySelector(arguments[0]); return !!e && e.getClientRects().length > 0",
        vec![json!(selector)],
    )?;
    Ok(shown == json!(true))
}

fn marks_and_legend(page: &Page) -> Result<Outcome, String> {
    let in_headline = page.js("return document.querySelectorAll('h1 [data-mention]').length", vec![])?;
    ensure(in_headline == json!(0), || format!("{in_headline} marks in the headline"))?;
    // The link past the article: shown when focused, and one Tab after it leaves the marks behind.
    page.js("document.querySelector('a.skip').focus()", vec![])?;
    let skip = page.js(
        "const r = document.querySelector('a.skip').getBoundingClientRect();          return r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.width > 20",
        vec![],
    )?;
    ensure(skip == json!(true), || "the link past the article is not shown when it has focus".into())?;
    page.wd.press(&[keys::ENTER], None)?;
    page.wait("return document.activeElement.id === 'article-end'", 3000)
        .map_err(|_| "the link past the article did not move focus past it".to_owned())?;
    page.wd.press(&[keys::TAB], None)?;
    let after = page.js(
        "const a = document.activeElement; return [!!a.closest('article'), a.matches('[data-opener]'), location.hash]",
        vec![],
    )?;
    ensure(after == json!([false, false, ""]), || format!("after the link past the article, Tab went to {after}"))?;
    // The legend follows the options, and "every mention" marks every mention.
    click(page, "#reading-options-toggle")?;
    page.wait("return !document.getElementById('reading-options').hidden", 3000)?;
    click(page, "#reading-options input[value=poll]")?;
    page.wait("return location.hash === '#show=actor,context'", 3000)?;
    ensure(!displayed(page, ".legend [data-kind=poll]")?, || "the legend lists poll figures, which are hidden".into())?;
    ensure(displayed(page, ".legend [data-kind=actor]")?, || "the legend lost the actors".into())?;
    click(page, "#reading-options input[value=poll]")?;
    click(page, "#reading-options input[value=every]")?;
    page.wait("return location.hash === '#marks=every'", 3000)?;
    let marks = page.js("return document.querySelectorAll('.mark[data-mention]').length", vec![])?;
    ensure(marks == json!(page.dataset.mentions.len()), || format!("{marks} marks at every mention"))?;
    click(page, "#reading-options input[name=clean]")?;
    page.wait("return document.querySelectorAll('.mark[data-mention]').length === 0", 3000)?;
    ensure(displayed(page, ".legend__clean")?, || "clean reading: the legend does not say so".into())?;
    ensure(!displayed(page, ".legend__items")?, || "clean reading: the legend still lists marks".into())?;
    Ok(Outcome::Passed)
}

/// What the page says over the article when loaded at `address` (after its URL), once the app has
/// taken over and said something.
fn link_notice(page: &Page, address: &str) -> Result<String, String> {
    page.wd.goto("about:blank")?;
    page.wd.goto(&format!("{}{address}", page.url))?;
    page.wait(TAKEN_OVER, 15_000)?;
    let said = page
        .wait("const n = document.querySelector('.link-notice'); return n && !n.hidden && n.innerText.trim()", 3000)
        .map_err(|_| format!("{address}: nothing said"))?;
    Ok(said.as_str().unwrap_or_default().to_owned())
}

fn missed_links(page: &Page) -> Result<Outcome, String> {
    let said = link_notice(page, "?link=1#note=no-such-note")?;
    ensure(said.contains("not marked anywhere"), || format!("an unknown note: {said}"))?;
    let said = link_notice(page, "?link=2#show=actor,context&note=poll-russia-ally")?;
    ensure(said.contains("do not mark"), || format!("a hidden kind: {said}"))?;
    ensure(!page.card_is_open()?, || "a hidden note's card opened".into())?;
    click(page, ".link-notice button[data-for=hidden]")?;
    page.wait_card(page.first_mention("poll-russia-ally")?)?;
    page.wait("return document.querySelector('.link-notice').hidden", 3000)
        .map_err(|_| "the notice stayed once its note was opened".to_owned())?;
    let hash = page.js("return location.hash", vec![])?;
    ensure(hash == json!("#note=poll-russia-ally"), || format!("the address says {hash}"))?;
    Ok(Outcome::Passed)
}

/// The open card's box, its close button's centre and whether that point reaches the button (is
/// not under anything else), and the viewport's size.
const OPEN_CARD: &str = "const c = document.querySelector('.card[popover]:popover-open'); if (!c) return null; \
     const r = c.getBoundingClientRect(); const x = c.querySelector('.card__close').getBoundingClientRect(); \
     const cx = x.left + x.width / 2, cy = x.top + x.height / 2; const hit = document.elementFromPoint(cx, cy); \
     return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, scroll: c.scrollTop, \
              closeHit: !!hit && !!hit.closest('.card__close') && c.contains(hit), \
              width: document.documentElement.clientWidth, height: innerHeight };";

fn open_card(page: &Page) -> Result<Value, String> {
    page.wait(OPEN_CARD, 3000).map_err(|_| "no card is open".to_owned())
}

/// Opens the page (without its wasm if `nowasm`) at `width` × `height`, in an iframe of exactly
/// that size where the browser keeps its window larger (a real viewport for the page, media
/// queries and all); true if framed, and the caller leaves the frame after. Does not wait.
pub fn open_at(page: &Page, width: u32, height: u32, nowasm: bool) -> Result<bool, String> {
    let got = page.wd.viewport(width, height)?;
    let framed = got.0 > width || got.1 > height;
    if framed {
        page.wd.viewport(got.0.max(width), got.1.max(height))?;
        let nowasm = if nowasm { "&nowasm=1" } else { "" };
        page.wd.goto(&format!("{}__frame?w={width}&h={height}{nowasm}", page.url))?;
        page.wd.frame(Some(0))?;
        page.note(format!("{width}×{height} in an iframe (the window stops at {}×{})", got.0, got.1));
    } else {
        page.wd.goto(&format!("{}{}", page.url, if nowasm { "__nowasm/" } else { "" }))?;
    }
    Ok(framed)
}

fn card_top(page: &Page) -> Result<Outcome, String> {
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

fn resting_pointer(page: &Page) -> Result<Outcome, String> {
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

fn panel_beside_or_aside(page: &Page) -> Result<Outcome, String> {
    for width in [1280, 1366, 1440] {
        page.wd.viewport(width, 800)?;
        page.wd.goto(page.url)?;
        page.wait(TAKEN_OVER, 15_000)?;
        click(page, "#notes-panel-toggle")?;
        page.wait("return !document.getElementById('notes-panel').hidden", 3000)?;
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
    page.wait("return document.querySelectorAll('[data-highlight]').length === 0", 3000)
        .map_err(|_| "an actor's highlights stayed on in another view".to_owned())?;
    // In clean reading an entry still leads to its place in the text, and opens its card there.
    page.wd.press(&[keys::ESCAPE], None)?;
    click(page, "#reading-options-toggle")?;
    page.wait("return !document.getElementById('reading-options').hidden", 3000)?;
    click(page, "#reading-options input[name=clean]")?;
    page.wait("return document.querySelectorAll('.mark[data-mention]').length === 0", 3000)?;
    page.wd.press(&[keys::ESCAPE], None)?;
    page.js("document.querySelector('#notes-panel [data-view=\"2\"] button').click()", vec![])?;
    page.wait("return !!document.querySelector('.card[popover]:popover-open[data-side]')", 3000)
        .map_err(|_| "in clean reading, a timeline entry opened no card".to_owned())?;
    Ok(Outcome::Passed)
}

fn phone_sheet(page: &Page) -> Result<Outcome, String> {
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
    _ = page.wait(&settled.replace("arguments[0]", &mention.to_string()), 3000);
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
            3000,
        )?;
        page.wait(&settled.replace("arguments[0]", &next.to_string()), 3000).map_err(|_| {
            let v = page.js(above, vec![json!(next)]).unwrap_or_default();
            format!("mention {next}, reached by Next, is not in view above the sheet: {v}")
        })?;
    }
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wait_closed("on Esc")?;
    // The panel covers the phone's screen; choosing an entry steps it aside for the card, and
    // closing the card brings it back as it was.
    click(page, "#notes-panel-toggle")?;
    page.wait("return !document.getElementById('notes-panel').hidden", 3000)?;
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
        3000,
    )
    .map_err(|_| "the panel did not come back when the card closed".to_owned())?;
    ensure(back[0] == before, || format!("the panel came back scrolled to {} instead of {before}", back[0]))?;
    if framed {
        page.wd.frame(None)?;
    }
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

/// Where the reader is: the block at the reading line (200 px down the window), or the next one
/// below it, and how far into it that line falls; `place_now` then says where that same point of the text is on the screen.
const READING_PLACE: &str = "const line = 200; \
    const b = [...document.querySelectorAll('[data-block]')].find(b => b.getBoundingClientRect().bottom > line); \
    if (!b) return null; const r = b.getBoundingClientRect(); return { block: b.dataset.block, at: (line - r.top) / r.height };";

fn place_now(page: &Page, place: &Value) -> Result<f64, String> {
    let y = page.js(
        "const r = document.querySelector(`[data-block=\"${arguments[0]}\"]`).getBoundingClientRect(); return r.top + arguments[1] * r.height",
        vec![place["block"].clone(), place["at"].clone()],
    )?;
    y.as_f64().ok_or_else(|| format!("no block {place}"))
}

fn panel_keeps_place(page: &Page) -> Result<Outcome, String> {
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
        page.wait("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))", 3000)?;
        let place = page.js(READING_PLACE, vec![])?;
        ensure(place.is_object(), || "no block at the reading line".to_owned())?;
        for (step, how) in
            [("opening the panel", "#notes-panel-toggle"), ("closing it with ×", "#notes-panel .card__close")]
        {
            mouse_click(how)?;
            // The page settles (the text reflows beside the panel, or across the page again)
            // within a few frames of the click.
            page.wait("return new Promise(r => setTimeout(() => r(true), 300))", 3000)?;
            let y = place_now(page, &place)?;
            ensure((y - 200.0).abs() <= 24.0, || {
                format!("{step}, {scrolled} px down, moved the line the reader was on from y 200 to y {y:.0} ({place})")
            })?;
        }
    }
    // Esc on the panel's button closes the open panel too, and the button keeps focus.
    mouse_click("#notes-panel-toggle")?;
    page.wait("return !document.getElementById('notes-panel').hidden", 3000)?;
    page.js("document.getElementById('notes-panel-toggle').focus()", vec![])?;
    page.wd.press(&[keys::ESCAPE], None)?;
    page.wait("return document.getElementById('notes-panel').hidden", 3000)
        .map_err(|_| "Esc on the panel's button left the panel open".to_owned())?;
    let focused = page.js("return document.activeElement?.id", vec![])?;
    ensure(focused == json!("notes-panel-toggle"), || format!("focus went to {focused}"))?;
    Ok(Outcome::Passed)
}

/// Where the open card's phrase and the card are, and whether its last button (Next) is in the
/// window and is what a click there reaches.
const PHRASE_AND_CARD: &str = "const m = document.getElementById('mention-' + arguments[0]).getClientRects()[0]; \
    const c = document.querySelector('.card[popover]:popover-open'); const r = c.getBoundingClientRect(); \
    const b = [...c.querySelectorAll('.card__mentions button')].pop(); const n = b?.getBoundingClientRect(); \
    const hit = n && document.elementFromPoint(n.left + n.width / 2, n.top + n.height / 2); \
    return { phrase: [Math.round(m.top), Math.round(m.bottom)], card: [Math.round(r.top), Math.round(r.bottom)], \
             next: n ? [Math.round(n.top), Math.round(n.bottom)] : null, nextHit: !!hit && b.contains(hit), window: innerHeight };";

fn sheet_room(page: &Page) -> Result<Outcome, String> {
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

fn short_window(page: &Page) -> Result<Outcome, String> {
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
    let groups = page.js("return [...document.querySelectorAll('#notes-panel h3')].map(h => h.textContent)", vec![])?;
    ensure(groups == json!(["People", "States", "Organisations", "Parties"]), || format!("Who's who groups {groups}"))?;
    page.wd.press(&[keys::ESCAPE], None)?;
    let view = |name: &str| {
        page.js(
            "[...document.querySelectorAll('.panel__switch button')].find(b => b.textContent === arguments[0]).click()",
            vec![json!(name)],
        )
    };
    view("Polls")?;
    let table = page.wait(
        "const t = document.querySelector('#notes-panel table'); \
         return t && [t.caption.textContent, [...t.querySelectorAll('tbody tr td:first-of-type')].map(d => d.textContent)]",
        3000,
    )?;
    ensure(table[0].as_str().is_some_and(|c| c.contains("ECFR poll in Serbia")), || {
        format!("the polls' table: {table}")
    })?;
    ensure(table[1] == json!(["54 %", "95 %", "11 %"]), || format!("the polls' figures: {}", table[1]))?;
    view("Timeline")?;
    let titles = page.wait(
        "const b = [...document.querySelectorAll('.panel__timeline li button')].map(b => b.textContent); return b.length && b",
        3000,
    )?;
    let at = |title: &str| titles.as_array().and_then(|t| t.iter().position(|x| x == title));
    ensure(at("NATO intervention in Yugoslavia") == Some(0), || format!("the timeline starts with {}", titles[0]))?;
    ensure(
        at("Annexation of Crimea and Serbia’s response").is_some()
            && at("Annexation of Crimea and Serbia’s response") < at("Russia’s full-scale invasion of Ukraine"),
        || format!("the timeline is not in order: {titles}"),
    )?;
    Ok(Outcome::Passed)
}

fn print_handout(page: &Page) -> Result<Outcome, String> {
    let Some(pdf) = page.wd.print()? else {
        return Ok(Outcome::Skipped("the driver has no print command".into()));
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
    // The markers are numbered in reading order: the first marked phrase of the text carries 1.
    let first = page.dataset.mention_text(MentionId(0)).split_whitespace().last().unwrap_or_default();
    ensure(words.windows(2).any(|w| w[0] == first && w[1] == "1"), || format!("\"{first}\" is not marked 1"))?;
    // Engines lay text out differently in their PDFs: compare with white space folded.
    let flat = words.join(" ");
    let notes = flat.rfind(" Notes ").ok_or("no \"Notes\" on paper")?;
    let count = |kind: &str| flat[notes..].matches(kind).count();
    ensure(count(" Poll figure. ") == 3 && count(" Actor. ") == 17, || {
        format!("the notes on paper: {} poll figures, {} actors", count(" Poll figure. "), count(" Actor. "))
    })?;
    // A long URL may wrap at any character on paper.
    let compact: String = words.concat();
    ensure(compact.contains("https://tass.com/politics/990695"), || "sources are not printed as URLs".into())?;
    ensure(compact.contains("Originalarticle(https://ecfr.eu/article/bound-to-russia"), || {
        "the original is not printed as its URL".into()
    })?;
    for sentence in [
        "95 % of Serbian citizens see Russia as an ally or a necessary partner.",
        "Question: How respondents see Russia",
    ] {
        ensure(flat.contains(sentence), || format!("a poll's endnote does not read \"{sentence}\""))?;
    }
    let pages = text.matches('\u{c}').count();
    ensure(pages <= 8, || format!("the handout is {pages} A4 pages"))?;
    let controls = [
        "Close note",
        "Reading options",
        "Who, what, when",
        "Hover over",
        "Next ›",
        "Reading Companion",
        "Skip past",
        "About this text",
    ];
    for control in controls {
        ensure(!text.contains(control), || format!("\"{control}\" is on paper"))?;
    }
    // Printed with only the poll figures marked: their three notes, numbered 1 to 3.
    page.wd.goto("about:blank")?;
    page.wd.goto(&format!("{}?print=1#show=poll", page.url))?;
    page.wait(TAKEN_OVER, 15_000)?;
    let polls = printed_text(page)?.unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ");
    let notes = polls.rfind(" Notes ").map_or("", |at| &polls[at..]);
    let kinds = [" Poll figure. ", " Actor. ", " Context. "].map(|kind| notes.matches(kind).count());
    ensure(kinds == [3, 0, 0], || format!("printed from #show=poll: {kinds:?} poll, actor and context notes"))?;
    ensure(notes.contains(" 3. Poll figure. ") && !notes.contains(" 4. "), || {
        "the three notes are not numbered 1 to 3".into()
    })?;
    Ok(Outcome::Passed)
}

/// The page printed to PDF, as text; `None` where the driver cannot print.
pub fn printed_text(page: &Page) -> Result<Option<String>, String> {
    let Some(pdf) = page.wd.print()? else { return Ok(None) };
    let path = std::env::temp_dir().join(format!("companion-handout-{}-b.pdf", std::process::id()));
    std::fs::write(&path, &pdf).map_err(|e| e.to_string())?;
    let text = std::process::Command::new("pdftotext").arg(&path).arg("-").output();
    _ = std::fs::remove_file(&path);
    Ok(Some(
        String::from_utf8_lossy(&text.map_err(|e| format!("pdftotext: {e}"))?.stdout)
            .replace('ﬁ', "fi")
            .replace('ﬂ', "fl"),
    ))
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
