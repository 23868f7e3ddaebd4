//! The editor (`edit/`), driven as a teacher would: paste a short text, choose phrases, write
//! one note of each kind and a second mention, fix a problem the checker reports, delete a note
//! and put it back, reload, export, and open the export in the companion.

use serde_json::{Value, json};

use super::checks::{Outcome, Page, SOON, TAKEN_OVER, axe_violations, ensure, put};
use super::webdriver::keys;

/// The text pasted: a headline, two paragraphs.
pub(super) const TEXT: &str = "A talk to the garden club\n\n\
    The students planted beans in the east garden this spring. Two thirds of the students came every week.\n\n\
    Compost from the kitchen fed the beds, and the students kept a diary.";

/// Where the draft is kept (as `src/editor/mod.rs` says).
pub(super) const DRAFT_KEY: &str = "reading-companion.editor.draft";

/// Where the page's name is kept (as `src/editor/publish.rs` says).
const NAME_KEY: &str = "reading-companion.editor.page-name";

/// Opens the editor at `editor` with no draft and no page name kept from an earlier check.
pub(super) fn fresh_editor(page: &Page, editor: &str) -> Result<(), String> {
    // Cleared from an empty page of the same site, where no editor runs to save a draft back.
    page.wd.goto(&format!("{}__blank", page.url))?;
    page.js(&format!("localStorage.removeItem('{DRAFT_KEY}'); localStorage.removeItem('{NAME_KEY}')"), vec![])?;
    page.wd.goto(editor)?;
    page.wait("return document.querySelector('#editor-paste')", 15_000)
        .map(drop)
        .map_err(|_| format!("the editor at {editor} did not start"))
}

/// Clicks the visible, enabled button (or button-like link) whose text is `text`, once there is
/// one (a busy machine may take a few seconds to show it).
pub(super) fn press(page: &Page, text: &str) -> Result<(), String> {
    page.wait(
        &format!(
            "document.querySelectorAll('[data-check-target]').forEach(e => e.removeAttribute('data-check-target')); \
             const b = [...document.querySelectorAll('button, a.button')] \
               .find(b => b.textContent.trim() === {text} && !b.disabled && b.getClientRects().length > 0); \
             if (!b) return false; b.setAttribute('data-check-target', ''); return true;",
            text = json!(text)
        ),
        SOON,
    )
    .map_err(|_| format!("no button “{text}” to press"))?;
    page.wd.click("[data-check-target]")
}

/// Presses the button `text`, then waits for the editor to move focus to the field at `path`, as
/// it does for what it has just added: a person types there next.
pub(super) fn press_then_type_at(page: &Page, text: &str, path: &str) -> Result<(), String> {
    press(page, text)?;
    if page.wait(&format!("return document.activeElement?.dataset.path === {}", json!(path)), SOON).is_ok() {
        return Ok(());
    }
    let focused = page.js(
        "const e = document.activeElement; \
         return e ? `${e.tagName.toLowerCase()}${e.dataset.path ? ` at ${e.dataset.path}` : ''}` : 'nothing'",
        vec![],
    )?;
    let focused = focused.as_str().unwrap_or("nothing");
    Err(format!("after “{text}”, focus is not in {path} but on {focused}"))
}

/// Pastes `text` into the start page's box, as a paste fires `input`, and starts the draft.
pub(super) fn paste_and_start(page: &Page, text: &str) -> Result<(), String> {
    page.js(
        "const t = document.querySelector('#editor-paste'); t.focus(); t.value = arguments[0]; \
         t.dispatchEvent(new Event('input', { bubbles: true }));",
        vec![json!(text)],
    )?;
    press(page, "Start from this text")
}

/// Types into the field at JSON path `path`, replacing what it held, and waits for the editor to
/// check it at the pause: a problem said under the field goes or comes then, moving what is below
/// it, and a person reaches for the next control once the form is still.
pub(super) fn fill(page: &Page, path: &str, text: &str) -> Result<(), String> {
    page.wait(&format!("return document.querySelector('[data-path=\"{path}\"]')"), SOON)
        .map_err(|_| format!("no field {path}"))?;
    page.wd.type_into(&format!("[data-path=\"{path}\"]"), text, true)?;
    page.wait("return !document.querySelector('.editor__problems[aria-busy]')", SOON)
        .map(drop)
        .map_err(|_| format!("what was typed at {path} is not checked"))
}

/// Selects the `nth` occurrence of `phrase` in the text pane, as a mouse would, and waits for the
/// editor to take it as the chosen phrase.
pub(super) fn select(page: &Page, phrase: &str, nth: usize) -> Result<(), String> {
    let done = page.js(
        "let seen = 0; \
         for (const block of document.querySelectorAll('.editor__page [data-block]')) { \
           const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT); let node; \
           while ((node = walker.nextNode())) { let at = -1; \
             while ((at = node.data.indexOf(arguments[0], at + 1)) >= 0) { \
               if (seen++ === arguments[1]) { window.getSelection().setBaseAndExtent(node, at, node, at + arguments[0].length); return true; } } } } \
         return false;",
        vec![json!(phrase), json!(nth)],
    )?;
    ensure(done == json!(true), || format!("“{phrase}” ({nth}) is not in the text pane"))?;
    page.wait(
        &format!(
            "const p = document.querySelector('.editor__picked'); return p && p.textContent.includes({})",
            json!(phrase)
        ),
        SOON,
    )
    .map(drop)
    .map_err(|_| format!("selecting “{phrase}” did not choose it"))
}

/// Leaves the page and comes back to it, as a closed and reopened tab does (a driver asked for
/// the address it is at may keep the page as it is).
pub(super) fn reopen(page: &Page, address: &str) -> Result<(), String> {
    page.wd.goto("about:blank")?;
    page.wd.goto(address)
}

/// How many problems the editor lists.
fn problems(page: &Page) -> Result<Value, String> {
    page.js("return [...document.querySelectorAll('.editor__problem')].map(p => p.textContent)", vec![])
}

pub fn make_a_companion(page: &Page) -> Result<Outcome, String> {
    let editor = format!("{}edit/", page.url);
    page.wd.viewport(1280, 900)?;
    fresh_editor(page, &editor)?;
    let mut violations = axe_violations(page, "the editor's start")?;

    // Paste the text: the headline and two paragraphs.
    paste_and_start(page, TEXT)?;
    page.wait("return document.querySelectorAll('.editor__page [data-block]').length === 3", SOON)
        .map_err(|_| "the pasted text is not three blocks".to_owned())?;
    // Its stylesheet sets the text beside the forms on a wide window.
    let beside = page.js(
        "const [text, side] = ['.editor__text', '.editor__side'].map(s => document.querySelector(s).getBoundingClientRect()); \
         return side.left >= text.right - 1;",
        vec![],
    )?;
    ensure(beside == json!(true), || "the text is not beside the forms at 1280 px".to_owned())?;

    // An actor, with a source the checker refuses at first.
    select(page, "The students", 0)?;
    press_then_type_at(page, "New actor", "notes[0].title")?;
    // Unfinished, it is marked where it is, and the checker says what it still needs.
    page.wait("return document.querySelectorAll('.editor__mark--actor').length === 1", SOON)
        .map_err(|_| "the new actor is not marked in the text".to_owned())?;
    let listed = problems(page)?;
    ensure(listed.to_string().contains("notes[0].role") && listed.to_string().contains("notes[0].sources"), || {
        format!("the new note's problems: {listed}")
    })?;
    fill(page, "notes[0].title", "The students")?;
    page.js(
        "const s = document.querySelector('[data-path=\"notes[0].actor_kind\"]'); s.value = 'group'; \
         s.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![],
    )?;
    fill(page, "notes[0].role", "The club's members")?;
    fill(page, "notes[0].summary", "Everyone who came to the club this year.")?;
    press_then_type_at(page, "Add a source", "notes[0].sources[0].url")?;
    fill(page, "notes[0].sources[0].url", "http://example.org/club")?;

    // A second mention of it: "the students" in the last paragraph.
    select(page, "the students", 1)?;
    page.js(
        "const s = document.querySelector('#editor-mention-of'); s.value = '0'; \
         s.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![],
    )?;
    press(page, "Add the mention")?;

    // Found by typing, the same words in several places are told apart: which one and where.
    page.wd.type_into("#editor-find", "the students", true)?;
    let places = page
        .wait("const p = [...document.querySelectorAll('.editor__place')].map(b => b.textContent); return p.length > 1 && p", SOON)
        .map_err(|_| "“the students” is not found in several places".to_owned())?;
    let places: Vec<&str> = places.as_array().map(|p| p.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
    let distinct: std::collections::HashSet<&&str> = places.iter().collect();
    let total = places.len();
    ensure(
        distinct.len() == total
            && places.iter().enumerate().all(|(i, p)| p.starts_with(&format!("{} of {total}, paragraph ", i + 1))),
        || format!("the places found: {places:?}"),
    )?;

    // A context note on a phrase found by typing it, without the mouse.
    page.wd.type_into("#editor-find", "Compost", true)?;
    page.wait("return document.querySelector('.editor__place')", SOON)
        .map_err(|_| "“Compost” is not found".to_owned())?;
    page.wd.click(".editor__place")?;
    press_then_type_at(page, "New context note", "notes[1].title")?;
    fill(page, "notes[1].summary", "Plant waste left to rot into soil.")?;
    press_then_type_at(page, "Add a source", "notes[1].sources[0].url")?;
    fill(page, "notes[1].sources[0].url", "https://example.org/compost")?;

    // A poll figure, with its poll.
    page.wd.type_into("#editor-find", "", true)?;
    select(page, "Two thirds", 0)?;
    press_then_type_at(page, "New poll figure", "notes[2].title")?;
    press_then_type_at(page, "New poll", "polls[0].title")?;
    for (field, text) in [
        ("title", "Club survey"),
        ("by", "The garden club"),
        ("when", "Spring"),
        ("population", "Club members"),
        ("question", "How often did you come?"),
    ] {
        fill(page, &format!("polls[0].{field}"), text)?;
    }
    fill(page, "notes[2].value", "66")?;
    fill(page, "notes[2].label", "came every week")?;
    press_then_type_at(page, "Add a source", "notes[2].sources[0].url")?;
    fill(page, "notes[2].sources[0].url", "https://example.org/survey")?;
    violations.extend(axe_violations(page, "the editor with a poll figure's form")?);

    // What is left is the address that is not https (and so the note has no source a reader could
    // check): it leads to its field, and fixing it there clears both.
    let listed = problems(page)?;
    let listed: Vec<&str> = listed.as_array().map(|l| l.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
    ensure(
        listed.first().is_some_and(|p| p.starts_with("notes[0].sources[0].url"))
            && listed.iter().all(|p| p.starts_with("notes[0].sources")),
        || format!("the problems: {listed:?}"),
    )?;
    page.wd.click(".editor__problem")?;
    let focused = page.wait("return document.activeElement?.dataset.path", SOON)?;
    ensure(focused == json!("notes[0].sources[0].url"), || format!("the problem led to {focused}"))?;
    // The field says so itself, in words, and offers the fix.
    let field = page.js(
        "const f = document.activeElement; const said = (f.getAttribute('aria-describedby') ?? '').split(' ') \
           .map(id => document.getElementById(id)?.textContent ?? '').join(' '); \
         return { invalid: f.getAttribute('aria-invalid'), said, fix: f.parentElement.querySelector('.editor__field-problem button')?.textContent ?? null }",
        vec![],
    )?;
    ensure(
        field["invalid"] == json!("true")
            && field["said"].as_str().is_some_and(|s| s.contains("is not an https URL"))
            && field["fix"] == json!("Use https://example.org/club"),
        || format!("the address field with a problem: {field}"),
    )?;
    page.wd.click(".editor__field-problem button")?;
    let value = page.wait(
        "const f = document.querySelector('[data-path=\"notes[0].sources[0].url\"]'); return !f.hasAttribute('aria-invalid') && f.value",
        SOON,
    )?;
    ensure(value == json!("https://example.org/club"), || format!("after the fix the address is {value}"))?;
    page.wait("return document.querySelector('.editor__problems[data-count=\"0\"]')", SOON)
        .map_err(|_| format!("problems are left: {:?}", problems(page)))?;
    let marks = page.js("return document.querySelectorAll('.editor__mark').length", vec![])?;
    ensure(marks == json!(4), || format!("{marks} marks in the text, not 4"))?;

    // A note deleted, on purpose or by a click that landed a line low, is said, and put back as it
    // was, form and marks, by one more press.
    press(page, "Delete this note")?;
    let said = page
        .wait(
            "const s = document.activeElement; \
             return s?.id === 'editor-deleted' && document.querySelectorAll('.editor__note-choice').length === 2 \
               && document.querySelectorAll('.editor__mark').length === 2 && s.textContent",
            SOON,
        )
        .map_err(|_| "deleting note 1 does not take it and its marks away and say so where focus is".to_owned())?;
    ensure(said == json!("Note 1 deleted: The students. Undo"), || format!("deleting note 1 says {said}"))?;
    press(page, "Undo")?;
    page.wait(
        "const f = document.activeElement; \
         return f?.dataset.path === 'notes[0].title' && f.value === 'The students' && !document.querySelector('#editor-deleted') \
           && document.querySelectorAll('.editor__note-choice').length === 3 && document.querySelectorAll('.editor__mark').length === 4 \
           && document.querySelector('.editor__problems[data-count=\"0\"]')",
        SOON,
    )
    .map_err(|_| "“Undo” does not put note 1 back, in its place, with its marks and its form open".to_owned())?;

    // Tab from the last control before the text ("Edit the text") passes over the text, whose note
    // numbers are for the mouse, straight to "Find a phrase".
    let reached = page.js(
        "[...document.querySelectorAll('.editor__text button')].find(b => b.textContent === 'Edit the text')?.focus(); \
         return document.activeElement.textContent",
        vec![],
    )?;
    page.wd.press(&[keys::TAB], None)?;
    let next = page.js("const a = document.activeElement; return a.id || a.className", vec![])?;
    ensure(next == json!("editor-find"), || format!("Tab from {reached} went to {next}, not to “Find a phrase”"))?;

    // The first note given the second's id: the clash is said at the field being edited (the
    // checker names only the later note), with the note it clashes with.
    let notes = page.js(
        "return JSON.parse(document.querySelector('#editor-json').value).notes.map(n => [n.id, n.title])",
        vec![],
    )?;
    let (first, second) = (notes[0][0].as_str().unwrap_or_default(), notes[1][0].as_str().unwrap_or_default());
    fill(page, "notes[0].id", second)?;
    let said = page
        .wait(
            "const f = document.querySelector('[data-path=\"notes[0].id\"]'); \
             return f.getAttribute('aria-invalid') === 'true' && f.parentElement.querySelector('.editor__field-problem')?.textContent",
            SOON,
        )
        .map_err(|_| format!("note 1 given note 2's id “{second}” says nothing at its field: {:?}", problems(page)))?;
    let expected = format!("The same id as note 2 (“{}”)", notes[1][1].as_str().unwrap_or_default());
    ensure(said.as_str().is_some_and(|s| s.starts_with(&expected)), || format!("the id field says {said}"))?;
    fill(page, "notes[0].id", first)?;
    page.wait("return document.querySelector('.editor__problems[data-count=\"0\"]')", SOON)
        .map_err(|_| format!("with its id back, problems are left: {:?}", problems(page)))?;

    // The text changed once the notes are written: a word put right keeps every note on its
    // phrase; words taken out are said, with the note that lost them; put back, all is well.
    let compost = notes[1][1].as_str().unwrap_or_default();
    for (text, expected) in [
        (
            "Compost from the canteen fed the beds, and the students kept a diary.",
            "every note still finds its phrase".to_owned(),
        ),
        (
            "Scraps from the canteen fed the beds, and the students kept a diary.",
            format!("No longer found: 2. {compost}"),
        ),
        (
            "Compost from the kitchen fed the beds, and the students kept a diary.",
            "every note still finds its phrase".to_owned(),
        ),
        ("Compost from the kitchen fed the beds, and the students kept a diary.", "The text is unchanged.".to_owned()),
    ] {
        press(page, "Edit the text")?;
        page.wait("return document.querySelector('#editor-block-2')", SOON)
            .map_err(|_| "“Edit the text” shows no field for the last paragraph".to_owned())?;
        page.wd.type_into("#editor-block-2", text, true)?;
        press(page, "Done")?;
        let said = page
            .wait(
                &format!(
                    "const s = [...document.querySelectorAll('.editor__text [role=status]')].map(p => p.textContent).join(' '); \
                     return s.includes({}) && s",
                    json!(expected)
                ),
                SOON,
            )
            .map_err(|_| format!("after the text became “{text}” the editor does not say “{expected}”"))?;
        let marks = page.js("return document.querySelectorAll('.editor__mark').length", vec![])?;
        let want = if expected.starts_with("No longer") { 3 } else { 4 };
        ensure(marks == json!(want), || format!("{marks} marks after “{text}” ({said}), not {want}"))?;
    }
    page.wait("return document.querySelector('.editor__problems[data-count=\"0\"]')", SOON)
        .map_err(|_| format!("with the text put back, problems are left: {:?}", problems(page)))?;

    // The headline made a paragraph, then Cancel: the text is as it was, headline and all.
    press(page, "Edit the text")?;
    press(page, "The headline is the first paragraph: add a headline before it")?;
    page.wait(
        "return document.activeElement?.id === 'editor-block-0' && document.activeElement.value === '' \
           && document.querySelector('#editor-block-1')?.value === 'A talk to the garden club'",
        SOON,
    )
    .map_err(|_| "the headline made a paragraph does not leave an empty headline, focused, before it".to_owned())?;
    press(page, "Cancel")?;
    let text = page.wait(
        "return !document.querySelector('#editor-block-0') && [...document.querySelectorAll('.editor__page p')].map(p => { \
           const c = p.cloneNode(true); c.querySelectorAll('.editor__to-note').forEach(n => n.remove()); \
           return p.className.split(' ')[0] + ': ' + c.textContent.split(' ').slice(0, 3).join(' '); })",
        SOON,
    )?;
    let expected = json!([
        "editor__headline: A talk to",
        "editor__block: The students planted",
        "editor__block: Compost from the"
    ]);
    ensure(text == expected, || format!("after Cancel the text is {text}, not {expected}"))?;

    // The tab closed and opened again: the draft is still there.
    reopen(page, &editor)?;
    page.wait("return document.querySelectorAll('.editor__note-choice').length === 3", 15_000)
        .map_err(|_| "after a reload the draft's three notes are not there".to_owned())?;

    // Export, put the file on the site, and open it in the companion.
    let exported = page.js("return document.querySelector('#editor-json').value", vec![])?;
    let exported = exported.as_str().unwrap_or_default().to_owned();
    let dataset: Value = serde_json::from_str(&exported).map_err(|e| format!("the export is not JSON: {e}"))?;
    put(page, "/__shared/garden-club.json", &exported)
        .map_err(|e| format!("the export could not be put on the site: {e}"))?;
    page.wd.goto(&format!("{}open/?data=/__shared/garden-club.json", page.url))?;
    page.wait(TAKEN_OVER, 15_000).map_err(|_| "the companion did not start on the export".to_owned())?;
    let shown = page.js(
        "return { banner: document.querySelector('.notice')?.textContent ?? null, h1: document.querySelector('h1')?.textContent, \
                  cards: [...document.querySelectorAll('.card[id^=\"card-\"]')].map(c => [c.id.slice(5), c.querySelector('h2')?.textContent]) }",
        vec![],
    )?;
    ensure(shown["banner"].is_null() && shown["h1"] == json!("A talk to the garden club"), || format!("{shown}"))?;
    for note in dataset["notes"].as_array().into_iter().flatten() {
        let card = json!([note["id"], note["title"]]);
        ensure(shown["cards"].as_array().is_some_and(|cards| cards.contains(&card)), || {
            format!("no card for {card}: {}", shown["cards"])
        })?;
    }
    ensure(dataset["notes"].as_array().map(Vec::len) == Some(3), || format!("{} notes exported", dataset["notes"]))?;

    // A draft saved by an older version is brought to this format, and says so; one saved in a
    // format this version cannot read is refused with the reason, kept, and can be downloaded.
    let saved = |json: &str| -> Result<(), String> {
        page.wd.goto(&editor)?;
        // Once the editor has started and saved what it holds, which would replace a draft put
        // there before.
        page.wait("return document.querySelector('.editor__top')", 15_000)?;
        page.wd.script_async("setTimeout(arguments[arguments.length - 1], 500)", vec![])?;
        page.js(&format!("localStorage.setItem('{DRAFT_KEY}', JSON.stringify(arguments[0]))"), vec![json!(json)])?;
        reopen(page, &editor)
    };
    saved(&exported.replacen("\"format\": 2,", "\"format\": 1,", 1))?;
    page.wait(
        "const n = document.querySelector('.editor__notice'); \
         return n && n.textContent.includes('format 1') && document.querySelectorAll('.editor__note-choice').length === 3",
        15_000,
    )
    .map_err(|_| "a format-1 draft is not opened and said to be migrated".to_owned())?;
    let newer = exported.replacen("\"format\": 2,", "\"format\": 3,", 1);
    saved(&newer)?;
    let refused = page
        .wait(
            "const n = document.querySelector('.editor__notice[role=alert]'); \
             return n && document.querySelector('#editor-paste') && n.textContent",
            15_000,
        )
        .map_err(|_| "a format-3 draft is not refused with a reason".to_owned())?;
    ensure(refused.as_str().is_some_and(|t| t.contains("format 3") && t.contains("Download the saved draft")), || {
        format!("the refusal says: {refused}")
    })?;
    let kept = page
        .js(&format!("return JSON.parse(localStorage.getItem('{DRAFT_KEY}')) === arguments[0]"), vec![json!(newer)])?;
    ensure(kept == json!(true), || "the refused draft is not kept".to_owned())?;
    ensure(violations.is_empty(), || violations.join("\n"))?;
    Ok(Outcome::Passed)
}
