//! The acceptance checks: what a reader does with a mouse, a keyboard, a finger and a screen
//! reader's expectations, run the same way in every engine. This file holds the list of checks,
//! in the order they run, and what they share (the page a check drives, waiting, clicking, axe);
//! the checks themselves are in the files named in the list, by what they are about.

use reading_companion::model::{Dataset, MentionId};
use serde_json::{Value, json};

use super::webdriver::WebDriver;
use super::{
    before_the_app, direction, draft, editor, editor_languages, elsewhere, embedding, languages, layout, opening,
    policy, publish, reading, room, site,
};

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
pub const CHECKS: [(&str, Check); 55] = [
    ("the_article_and_every_mark_are_shown", opening::article_and_marks),
    ("the_page_stays_in_place_when_the_app_takes_it_over", opening::stays_in_place),
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
    ("hovering_each_mark_opens_its_note_and_leaving_closes_it", opening::every_mention_by_hover),
    ("tab_reaches_every_mark_in_reading_order_with_a_visible_focus", opening::tab_order),
    ("enter_and_space_toggle_the_card_and_aria_expanded_follows", opening::enter_and_space),
    ("tab_enters_the_card_reaches_its_links_and_leaves_without_a_trap", opening::tab_through_card),
    ("a_cards_sources_are_https_links_to_a_new_tab_and_its_head_leads_to_them", opening::source_links),
    ("escape_closes_the_card_and_focus_stays_on_the_mark", opening::escape_keeps_focus),
    ("a_hover_card_stays_accepts_the_pointer_and_escape_closes_it", opening::hover_is_dismissible_hoverable_persistent),
    ("a_card_opened_on_the_second_line_of_a_wrapped_phrase_hangs_from_that_line", opening::wrapped_line),
    ("a_hover_card_scrolled_to_its_end_takes_the_first_click_on_its_buttons", opening::hover_card_first_click),
    ("touch_tap_opens_tap_outside_closes_and_links_can_be_tapped", opening::touch),
    ("cards_stay_inside_the_viewport_at_every_size_and_at_200_percent_text", layout::viewports),
    ("axe_core_finds_no_violations_in_five_states", reading::axe),
    ("a_note_link_opens_its_card_on_load_whatever_a_content_system_adds_to_it", reading::deep_link),
    ("reading_options_hide_kinds_and_keep_them_in_the_url", reading::reading_options),
    ("marks_skip_the_headline_mark_once_a_paragraph_and_the_legend_and_a_skip_link_follow", reading::marks_and_legend),
    ("a_note_link_that_cannot_be_followed_says_why_and_offers_the_way", reading::missed_links),
    ("the_single_file_build_works_from_a_file_url", reading::single_file),
    ("a_card_opens_at_its_top_and_a_cut_card_shows_that_more_follows", layout::card_top),
    ("scrolling_under_a_resting_pointer_opens_no_card", layout::resting_pointer),
    ("the_panel_never_covers_the_text_it_leads_to", room::panel_beside_or_aside),
    ("opening_and_closing_the_panel_keeps_the_readers_place_and_esc_on_its_button_closes_it", room::panel_keeps_place),
    ("on_a_phone_the_sheet_leaves_the_phrase_in_view_and_the_panel_steps_aside", room::phone_sheet),
    ("on_a_phone_the_last_phrases_rise_above_the_sheet_and_its_next_button_is_in_view", room::sheet_room),
    ("in_a_short_window_a_card_opened_by_key_gets_the_room_below_its_phrase", layout::short_window),
    ("the_panel_leads_from_an_actor_or_a_date_to_the_text", reading::notes_panel),
    ("printing_gives_a_short_handout_numbered_in_reading_order_with_the_notes_shown", reading::print_handout),
    ("colours_and_text_size_apply_and_are_remembered", reading::colours_and_size),
    ("the_strict_content_security_policy_is_applied_and_never_violated", policy::content_security_policy),
    ("iframe_embeds_fit_their_content_in_both_sandboxes_and_ignore_forged_messages", embedding::iframe_embeds),
    ("script_embeds_mount_twice_with_unique_ids_and_no_css_crosses_over", embedding::script_embeds),
    ("in_an_embed_the_panel_and_cards_stay_in_view_and_a_height_cap_scrolls_inside", embedding::in_view),
    ("a_dataset_from_elsewhere_loads_or_says_why_not_over_the_built_in_article", elsewhere::remote_datasets),
    ("asked_for_another_article_the_page_never_shows_the_built_in_one_first", elsewhere::asked_for_first),
    (
        "a_right_to_left_text_and_its_notes_run_right_to_left_and_the_pages_words_keep_their_order",
        direction::right_to_left,
    ),
    (
        "the_article_in_serbian_cyrillic_and_in_arabic_keeps_no_english_word_and_arabic_reads_right_to_left",
        languages::serbian_cyrillic_and_arabic,
    ),
    (
        "a_french_dataset_opens_in_french_and_a_language_chosen_keeps_the_readers_choices",
        languages::a_french_dataset_and_the_choice_of_language,
    ),
    ("every_bad_input_case_gets_a_clear_message_and_the_page_stays_usable", elsewhere::bad_input),
    ("hostile_strings_show_as_text_and_no_script_runs_with_or_without_the_policy", elsewhere::hostile_input),
    (
        "the_editor_makes_a_companion_from_pasted_text_that_survives_a_reload_and_opens_in_the_companion",
        editor::make_a_companion,
    ),
    ("the_editor_starts_where_the_browser_refuses_it_storage_and_says_the_draft_is_not_kept", draft::without_storage),
    (
        "the_editor_checks_and_saves_a_burst_of_typing_once_and_a_reload_straight_after_loses_none",
        draft::typing_settles,
    ),
    ("a_site_of_two_articles_shares_its_files_and_each_works_as_the_built_in_page", site::two_articles),
    ("a_content_system_finds_an_article_by_oembed_and_its_embed_fits_and_opens_cards", site::oembed),
    ("a_draft_downloaded_from_the_editor_is_the_sites_page_and_works_in_the_site_and_offline", publish::draft_page),
    (
        "the_editor_in_german_makes_a_companion_for_an_arabic_text_that_previews_right_to_left",
        editor_languages::in_german_for_an_arabic_text,
    ),
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

/// How long a check waits for what a reader would see straight away (a card, a focus, a saved
/// draft). A wait ends as soon as it is there, so this costs a passing run nothing; it is long
/// because the CI machine runs the three engines at once on two cores, where a frame can take
/// seconds.
pub const SOON: u64 = 10_000;

/// True once the app has taken over the prerendered page (whose marks are links until then).
pub const TAKEN_OVER: &str = "return !!document.querySelector('.page[data-ready]')";

pub const CARD_CLOSED: &str = "return !document.querySelector('.card[popover]:popover-open');";

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

    /// Waits for `body` to return something truthy across a navigation the page makes itself:
    /// asked again and again in short scripts, not by one script waiting in the page, which the
    /// navigation cuts short (WebKit's driver can then stop answering).
    pub fn wait_across(&self, body: &str, timeout_ms: u64) -> Result<Value, String> {
        let deadline = std::time::Instant::now() + std::time::Duration::from_millis(timeout_ms);
        loop {
            match self.js(body, vec![]) {
                Ok(value) if value.as_bool() != Some(false) && !value.is_null() => return Ok(value),
                _ if std::time::Instant::now() >= deadline => {
                    return Err(format!("timed out after {timeout_ms} ms waiting for: {body}"));
                }
                _ => std::thread::sleep(std::time::Duration::from_millis(100)),
            }
        }
    }

    pub fn title_of(&self, mention: usize) -> String {
        self.dataset.note_of(MentionId(mention)).title.clone()
    }

    pub fn wait_card(&self, mention: usize) -> Result<(), String> {
        let expected = self.title_of(mention);
        let got =
            self.wait(CARD_TITLE, SOON).map_err(|_| format!("no card opened for mention {mention} ({expected})"))?;
        if got.as_str() == Some(expected.as_str()) {
            Ok(())
        } else {
            Err(format!("mention {mention}: card {got} instead of {expected:?}"))
        }
    }

    pub fn wait_closed(&self, what: &str) -> Result<(), String> {
        self.wait(CARD_CLOSED, SOON).map(drop).map_err(|_| format!("the card did not close {what}"))
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

const AXE_TAGS: [&str; 6] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/// What axe-core finds wrong with the page as it is now, each line led by `state`.
pub fn axe_violations(page: &Page, state: &str) -> Result<Vec<String>, String> {
    let source = std::fs::read_to_string("node_modules/axe-core/axe.min.js")
        .map_err(|e| format!("axe-core is not installed (npm install): {e}"))?;
    {
        // Audit what the reader sees once the card's fade-in has finished.
        page.wait("return document.getAnimations().every(a => a.playState === 'finished')", SOON)?;
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

/// Clicks the centre of the first element matching `selector`, as a mouse would.
pub fn click(page: &Page, selector: &str) -> Result<(), String> {
    let at = page.js(
        "const e = document.querySelector(arguments[0]); e.scrollIntoView({ block: 'center' }); \
         const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2];",
        vec![json!(selector)],
    )?;
    page.wd.press_at("mouse", at[0].as_f64().unwrap_or(0.0), at[1].as_f64().unwrap_or(0.0))
}

/// Whether the first element matching a selector is displayed.
pub fn displayed(page: &Page, selector: &str) -> Result<bool, String> {
    let shown = page.js(
        "const e = document.querySelector(arguments[0]); return !!e && e.getClientRects().length > 0",
        vec![json!(selector)],
    )?;
    Ok(shown == json!(true))
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
