//! The reader's tools: accessibility audits, links to a note, the reading options and colours,
//! the legend, the panel's views, the printed handout and the single file.

use std::time::Duration;

use reading_companion::model::MentionId;
use serde_json::json;

use super::checks::{Outcome, Page, SOON, TAKEN_OVER, axe_violations, click, displayed, ensure, printed_text};
use super::webdriver::keys;

pub(super) fn axe(page: &Page) -> Result<Outcome, String> {
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

pub(super) fn deep_link(page: &Page) -> Result<Outcome, String> {
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
    // The closed card's `#note=` leaves the address a frame later, as a reader sees it.
    page.wait("return !location.hash.includes('note=')", SOON)
        .map_err(|_| "the closed card's note stayed in the address".to_owned())?;
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

pub(super) fn reading_options(page: &Page) -> Result<Outcome, String> {
    click(page, "#reading-options-toggle")?;
    page.wait("return !document.getElementById('reading-options').hidden", SOON)?;
    let actors = "#reading-options input[type=checkbox]";
    click(page, actors)?;
    page.wait("return document.querySelectorAll('.mark[data-note=\"serbia\"]').length === 0", SOON)
        .map_err(|_| "unchecking Actors left actor marks marked".to_owned())?;
    // The address follows once the change is on screen.
    let kept = page.wait("return location.hash === '#show=poll,context'", SOON);
    let state = page.js(
        "return [location.hash, document.querySelectorAll('.mark[data-note=\"nis-centre\"]').length, \
                 document.querySelectorAll('[data-note=\"serbia\"] + button:enabled').length]",
        vec![],
    )?;
    ensure(kept.is_ok(), || format!("the URL does not keep the choice: {}", state[0]))?;
    ensure(state[1].as_u64() > Some(0), || "context marks went too".into())?;
    ensure(state[2] == json!(0), || "hidden actor marks are still tab stops".into())?;
    click(page, "#reading-options input[name=clean]").map_err(|e| format!("no Clean reading option: {e}"))?;
    page.wait("return document.querySelectorAll('.mark[data-mention]').length === 0", SOON)
        .map_err(|_| "Clean reading left marks".to_owned())?;
    let kept = page.wait("return location.hash === '#clean'", SOON);
    let hash = page.js("return location.hash", vec![])?;
    ensure(kept.is_ok(), || format!("Clean reading is not kept in the URL: {hash}"))?;
    page.wd.goto("about:blank")?;
    page.wd.goto(&format!("{}#show=poll,context", page.url))?;
    page.wait(TAKEN_OVER, 15_000)?;
    let restored = page.js("return document.querySelectorAll('.mark[data-note=\"serbia\"]').length", vec![])?;
    ensure(restored == json!(0), || "a shared link did not restore the choice".into())?;
    Ok(Outcome::Passed)
}

pub(super) fn marks_and_legend(page: &Page) -> Result<Outcome, String> {
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
    page.wait("return document.activeElement.id === 'article-end'", SOON)
        .map_err(|_| "the link past the article did not move focus past it".to_owned())?;
    page.wd.press(&[keys::TAB], None)?;
    let after = page.js(
        "const a = document.activeElement; return [!!a.closest('article'), a.matches('[data-opener]'), location.hash]",
        vec![],
    )?;
    ensure(after == json!([false, false, ""]), || format!("after the link past the article, Tab went to {after}"))?;
    // The legend follows the options, and "every mention" marks every mention.
    click(page, "#reading-options-toggle")?;
    page.wait("return !document.getElementById('reading-options').hidden", SOON)?;
    click(page, "#reading-options input[value=poll]")?;
    page.wait("return location.hash === '#show=actor,context'", SOON)?;
    ensure(!displayed(page, ".legend [data-kind=poll]")?, || "the legend lists poll figures, which are hidden".into())?;
    ensure(displayed(page, ".legend [data-kind=actor]")?, || "the legend lost the actors".into())?;
    click(page, "#reading-options input[value=poll]")?;
    click(page, "#reading-options input[value=every]")?;
    page.wait("return location.hash === '#marks=every'", SOON)?;
    let marks = page.js("return document.querySelectorAll('.mark[data-mention]').length", vec![])?;
    ensure(marks == json!(page.dataset.mentions.len()), || format!("{marks} marks at every mention"))?;
    click(page, "#reading-options input[name=clean]")?;
    page.wait("return document.querySelectorAll('.mark[data-mention]').length === 0", SOON)?;
    ensure(displayed(page, ".legend__clean")?, || "clean reading: the legend does not say so".into())?;
    ensure(!displayed(page, ".legend__items")?, || "clean reading: the legend still lists marks".into())?;
    Ok(Outcome::Passed)
}

/// What the page says over the article when loaded at `address` (after its URL), once the app has
/// taken over and said something.
pub(super) fn link_notice(page: &Page, address: &str) -> Result<String, String> {
    page.wd.goto("about:blank")?;
    page.wd.goto(&format!("{}{address}", page.url))?;
    page.wait(TAKEN_OVER, 15_000)?;
    let said = page
        .wait("const n = document.querySelector('.link-notice'); return n && !n.hidden && n.innerText.trim()", SOON)
        .map_err(|_| format!("{address}: nothing said"))?;
    Ok(said.as_str().unwrap_or_default().to_owned())
}

pub(super) fn missed_links(page: &Page) -> Result<Outcome, String> {
    let said = link_notice(page, "?link=1#note=no-such-note")?;
    ensure(said.contains("not marked anywhere"), || format!("an unknown note: {said}"))?;
    let said = link_notice(page, "?link=2#show=actor,context&note=poll-russia-ally")?;
    ensure(said.contains("do not mark"), || format!("a hidden kind: {said}"))?;
    ensure(!page.card_is_open()?, || "a hidden note's card opened".into())?;
    click(page, ".link-notice button[data-for=hidden]")?;
    page.wait_card(page.first_mention("poll-russia-ally")?)?;
    page.wait("return document.querySelector('.link-notice').hidden", SOON)
        .map_err(|_| "the notice stayed once its note was opened".to_owned())?;
    let kept = page.wait("return location.hash === '#note=poll-russia-ally'", SOON);
    let hash = page.js("return location.hash", vec![])?;
    ensure(kept.is_ok(), || format!("the address says {hash}"))?;
    Ok(Outcome::Passed)
}

pub(super) fn single_file(page: &Page) -> Result<Outcome, String> {
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

pub(super) fn notes_panel(page: &Page) -> Result<Outcome, String> {
    click(page, "#notes-panel-toggle")?;
    page.wait("return !document.getElementById('notes-panel').hidden", SOON)?;
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
    // The chosen actor's entry says it is pressed, and only it.
    let pressed = || {
        page.js(
            "return [...document.querySelectorAll('#notes-panel [data-actor][aria-pressed=\"true\"]')].map(b => b.dataset.actor)",
            vec![],
        )
    };
    ensure(pressed()? == json!(["putin"]), || "Vladimir Putin's entry is not the one pressed".into())?;
    page.wd.press(&[keys::ESCAPE], None)?;
    click(page, "#notes-panel [data-actor=\"vucic\"]")?;
    page.wait_card(page.first_mention("vucic")?)?;
    let now = pressed()?;
    ensure(now == json!(["vucic"]), || format!("after choosing Aleksandar Vučić the pressed entries are {now}"))?;
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
        SOON,
    )?;
    ensure(table[0].as_str().is_some_and(|c| c.contains("ECFR poll in Serbia")), || {
        format!("the polls' table: {table}")
    })?;
    ensure(table[1] == json!(["54%", "95%", "11%"]), || format!("the polls' figures: {}", table[1]))?;
    view("Timeline")?;
    let titles = page.wait(
        "const b = [...document.querySelectorAll('.panel__timeline li button')].map(b => b.textContent); return b.length && b",
        SOON,
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

pub(super) fn print_handout(page: &Page) -> Result<Outcome, String> {
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
        "95% of Serbian citizens see Russia as an ally or a necessary partner.",
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

pub(super) fn colours_and_size(page: &Page) -> Result<Outcome, String> {
    click(page, "#reading-options-toggle")?;
    page.wait("return !document.getElementById('reading-options').hidden", SOON)?;
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
