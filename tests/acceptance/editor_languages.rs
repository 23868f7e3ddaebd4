//! The editor in the person's language: chosen in German, every word it says is German, from the
//! start page to the publishing pane; a short Arabic text made into a companion there previews as
//! an Arabic page, right to left throughout; and the choice, kept, is undone the same way.

use reading_companion::i18n::{EditorWords, Locale};
use serde_json::{Value, json};

use super::checks::{CARD_TITLE, Outcome, Page, SOON, TAKEN_OVER, ensure};
use super::editor::{fill, fresh_editor, press, press_then_type_at, select};

/// A short text in Arabic: a headline and two paragraphs.
const ARABIC: &str = "حديث إلى نادي الحديقة\n\n\
    زرع الطلاب الفول في الحديقة الشرقية هذا الربيع. جاء ثلثا الطلاب كل أسبوع.\n\n\
    غذّى السماد من المطبخ الأحواض، واحتفظ الطلاب بمذكرات.";

/// Where the editor keeps the language chosen (as `src/editor/words.rs` says).
const LANGUAGE_KEY: &str = "reading-companion.editor.language";

/// The editor's own words on the page, in text and in the names and hints of its controls: all
/// but what is the person's (the text, whose block has its own `lang`, or none) and code.
const OWN_WORDS: &str = "const out = []; const root = document.querySelector('.editor'); \
    const theirs = (e) => !!e.closest('.editor__page, textarea, code, [translate=no]'); \
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); \
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { \
      if (n.textContent.trim() && !theirs(n.parentElement)) out.push(n.textContent.trim()); } \
    for (const e of root.querySelectorAll('[aria-label], [title], [placeholder]')) { \
      for (const a of ['aria-label', 'title', 'placeholder']) if (e.getAttribute(a)) out.push(e.getAttribute(a)); } \
    return out;";

/// Chooses `language` (its name, as the choice lists it) in the editor's language choice, and
/// waits for the editor to speak it.
fn choose_language(page: &Page, locale: Locale) -> Result<(), String> {
    page.js(
        "const s = document.querySelector('#editor-language'); s.value = arguments[0]; \
         s.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![json!(locale.tag())],
    )?;
    let heading = locale.editor_words().heading;
    page.wait(
        &format!(
            "return document.documentElement.lang === {} && document.querySelector('.editor h1')?.textContent === {}",
            json!(locale.tag()),
            json!(heading)
        ),
        SOON,
    )
    .map(drop)
    .map_err(|_| format!("choosing {} did not put the editor in it", locale.name()))
}

/// The editor's words on the page that are English editor words: each a whole text of the English
/// catalogue with no value in it, or one of its texts with values, up to its first value.
fn english_left(page: &Page) -> Result<Vec<String>, String> {
    let english = EditorWords::ENGLISH.texts();
    let words = page.js(OWN_WORDS, vec![])?;
    Ok((words.as_array().into_iter().flatten())
        .filter_map(Value::as_str)
        .filter(|said| {
            english.iter().any(|text| {
                let lead = text.split('{').next().unwrap_or_default().trim();
                *said == *text || (text.contains('{') && lead.len() > 3 && said.starts_with(lead))
            })
        })
        .map(str::to_owned)
        .collect())
}

pub fn in_german_for_an_arabic_text(page: &Page) -> Result<Outcome, String> {
    let editor = format!("{}__site/edit/", page.url);
    let de = Locale::De.editor_words();
    page.wd.viewport(1280, 900)?;
    fresh_editor(page, &editor)?;
    page.js(&format!("localStorage.removeItem('{LANGUAGE_KEY}')"), vec![])?;
    choose_language(page, Locale::De)?;
    let left = english_left(page)?;
    ensure(left.is_empty(), || format!("the German editor's start page says in English: {left:?}"))?;

    // A short Arabic text, started from in German.
    page.js(
        "const t = document.querySelector('#editor-paste'); t.value = arguments[0]; \
         t.dispatchEvent(new Event('input', { bubbles: true }));",
        vec![json!(ARABIC)],
    )?;
    press(page, de.start_from_text)?;
    page.wait("return document.querySelector('.editor__page [data-block]')", SOON)
        .map_err(|_| "the Arabic text did not start a draft".to_owned())?;
    let direction = page.js("return getComputedStyle(document.querySelector('.editor__page')).direction", vec![])?;
    ensure(direction == json!("rtl"), || format!("the Arabic text is set {direction} in the editor"))?;
    page.js("document.querySelector('.editor__article').open = true", vec![])?;
    fill(page, "language", "ar")?;
    select(page, "السماد", 0)?;
    press_then_type_at(page, de.new_note[2], "notes[0].title")?;
    fill(page, "notes[0].summary", "نفايات نباتية تُترك لتتحلل فتصير تربة.")?;
    fill(page, "notes[0].dates", "2024")?;
    press_then_type_at(page, de.add_source, "notes[0].sources[0].url")?;
    fill(page, "notes[0].sources[0].url", "https://example.org/compost")?;
    page.wait(
        &format!("return document.querySelector('#editor-problems-title').textContent === {}", json!(de.no_problems)),
        SOON,
    )
    .map_err(|_| "the draft still has problems".to_owned())?;
    let left = english_left(page)?;
    ensure(left.is_empty(), || format!("the German editor says in English: {left:?}"))?;

    // Its preview: an Arabic page, right to left throughout.
    press(page, de.preview)?;
    page.wait("return document.querySelector('.editor__preview-frame')", 20_000)
        .map_err(|_| "the preview shows no page".to_owned())?;
    page.wd.frame(Some(0))?;
    let previewed = page.wait(TAKEN_OVER, 20_000).and_then(|_| {
        page.js(
            "const visible = [...document.body.querySelectorAll('*')].filter(e => e.getClientRects().length > 0 \
               && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())); \
             return { lang: document.documentElement.lang, dir: document.documentElement.dir, \
               ltr: visible.filter(e => getComputedStyle(e).direction !== 'rtl' && !e.closest('[translate=no]')) \
                 .map(e => e.tagName + ': ' + e.textContent.trim().slice(0, 40)), \
               options: document.querySelector('#reading-options-toggle')?.textContent.trim() }",
            vec![],
        )
    });
    let card = previewed.as_ref().ok().map(|_| {
        page.wd.click(".mark[data-mention]").and_then(|()| page.wait(CARD_TITLE, SOON)).and_then(|title| {
            let side = page.js(
                "const c = document.querySelector('.card[popover]:popover-open'); \
                 return [getComputedStyle(c).direction]",
                vec![],
            )?;
            Ok((title, side))
        })
    });
    page.wd.frame(None)?;
    let previewed = previewed.map_err(|_| "the preview's page did not start".to_owned())?;
    let arabic_options = Locale::Ar.words().live.reading_options.to_string();
    ensure(
        previewed["lang"] == json!("ar")
            && previewed["dir"] == json!("rtl")
            && previewed["options"] == json!(arabic_options),
        || format!("the preview is not the Arabic page: {previewed}"),
    )?;
    ensure(previewed["ltr"].as_array().is_some_and(Vec::is_empty), || {
        format!("in the preview, text runs left to right: {}", previewed["ltr"])
    })?;
    let (title, side) =
        card.unwrap_or_else(|| Err("no card".into())).map_err(|e| format!("the preview opens no card: {e}"))?;
    ensure(title == json!("السماد") && side[0] == json!("rtl"), || {
        format!("the preview's card is not the note, right to left: {title} {side}")
    })?;
    press(page, de.back_to_editing)?;

    // The choice is kept, and undone the same way.
    page.wd.goto(&editor)?;
    page.wait(&format!("return document.querySelector('.editor h1')?.textContent === {}", json!(de.heading)), SOON)
        .map_err(|_| "the editor, opened again, is not in German".to_owned())?;
    choose_language(page, Locale::En)?;
    page.wd.goto(&editor)?;
    page.wait("return document.documentElement.lang === 'en' && !!document.querySelector('.editor h1')", SOON)
        .map_err(|_| "the editor, put back in English, opens again in another language".to_owned())?;
    Ok(Outcome::Passed)
}
