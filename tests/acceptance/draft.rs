//! Where the editor keeps the draft: written to the browser's storage once a burst of typing
//! pauses, kept through a reload straight after, and said not to be kept where the browser
//! refuses the page any storage.

use serde_json::{Value, json};

use super::checks::{Outcome, Page, SOON, ensure};
use super::editor::{DRAFT_KEY, TEXT, fill, fresh_editor, paste_and_start, reopen};

/// The editor in a frame that allows only scripts, where the browser refuses the page any
/// storage: it starts, makes a draft of pasted text, and says the draft is not kept.
pub fn without_storage(page: &Page) -> Result<Outcome, String> {
    page.wd.goto(&format!("{}__blank", page.url))?;
    page.js(
        "const f = document.createElement('iframe'); f.setAttribute('sandbox', 'allow-scripts'); f.title = 'Editor'; \
         f.style.width = '1100px'; f.style.height = '800px'; f.src = '/__site/edit/'; \
         f.onload = () => { window.__loaded = true; }; document.body.append(f);",
        vec![],
    )?;
    page.wait("return window.__loaded === true", 15_000).map_err(|_| "the frame loaded no page".to_owned())?;
    page.wd.frame(Some(0))?;
    let inside = (|| -> Result<Value, String> {
        let blocked = page.js("try { localStorage.length; return false; } catch (e) { return true; }", vec![])?;
        ensure(blocked == json!(true), || "the frame's page may use storage after all".to_owned())?;
        page.wait("return document.querySelector('#editor-paste')", 15_000)
            .map_err(|_| "the editor did not start where storage is blocked".to_owned())?;
        paste_and_start(page, TEXT)?;
        page.wait(
            "return document.querySelectorAll('.editor__page [data-block]').length === 3 \
               && [...document.querySelectorAll('.editor__notice')].map(p => p.textContent).join(' ')",
            SOON,
        )
        .map_err(|_| "the pasted text did not become a draft of three blocks".to_owned())
    })();
    page.wd.frame(None)?;
    let said = inside?;
    ensure(said.as_str().is_some_and(|s| s.contains("your draft is gone when the page closes")), || {
        format!("the editor does not say the draft is not kept: {said}")
    })?;
    Ok(Outcome::Passed)
}

/// A burst of typing is checked and written to storage once, at the pause, not at every
/// keystroke; and a reload straight after typing, before the pause, still keeps what was typed.
pub fn typing_settles(page: &Page) -> Result<Outcome, String> {
    let editor = format!("{}edit/", page.url);
    page.wd.viewport(1280, 900)?;
    fresh_editor(page, &editor)?;
    paste_and_start(page, TEXT)?;
    page.wait(&format!("return localStorage.getItem('{DRAFT_KEY}')?.includes('garden club')"), SOON)
        .map_err(|_| "the new draft is not saved".to_owned())?;
    page.js("document.querySelector('.editor__article').open = true", vec![])?;
    // Every write of the draft from here on, counted.
    page.js(
        &format!(
            "window.__writes = 0; const set = Storage.prototype.setItem; \
             Storage.prototype.setItem = function (key, value) {{ if (key === '{DRAFT_KEY}') window.__writes++; return set.call(this, key, value); }};"
        ),
        vec![],
    )?;
    let typed = "The Garden Club Quarterly";
    fill(page, "article.publisher", typed)?;
    let saved = page.wait(
        &format!(
            "return JSON.parse(JSON.parse(localStorage.getItem('{DRAFT_KEY}'))).article.publisher === {} && window.__writes",
            json!(typed)
        ),
        SOON,
    );
    let saved = saved.map_err(|_| "what was typed is not saved".to_owned())?;
    // A second look after another pause: nothing more was written.
    page.wd.script_async("setTimeout(arguments[arguments.length - 1], 600)", vec![])?;
    let writes = page.js("return window.__writes", vec![])?;
    ensure(saved == json!(1) && writes == json!(1), || {
        format!("typing {} characters wrote the draft {writes} times, not once", typed.chars().count())
    })?;
    // Typed on, and the page reloaded at once: nothing is lost.
    page.wd.type_into("[data-path=\"article.publisher\"]", " Online", false)?;
    reopen(page, &editor)?;
    page.wait("return document.querySelector('.editor__page')", 15_000)
        .map_err(|_| "the draft did not come back after the reload".to_owned())?;
    let kept = page
        .js(&format!("return JSON.parse(JSON.parse(localStorage.getItem('{DRAFT_KEY}'))).article.publisher"), vec![])?;
    ensure(kept == json!(format!("{typed} Online")), || {
        format!("typed just before the reload, the draft kept {kept}")
    })?;
    Ok(Outcome::Passed)
}
