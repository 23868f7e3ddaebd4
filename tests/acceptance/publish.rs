//! Publishing from the editor of the site at `/__site/`: a dataset opened there and a draft made
//! there are downloaded as pages, byte for byte the pages `companion-site` writes for them; the
//! draft's page, put into the site, paints before its wasm, opens cards before and after it, and
//! loads the site's shared files; its single offline file works from `file://`. And a source link
//! in a frame sandboxed to scripts only says that it cannot open there.

use std::path::PathBuf;

use reading_companion::model::Dataset;
use serde_json::{Value, json};

use super::checks::{CARD_TITLE, Outcome, Page, SOON, TAKEN_OVER, ensure, marked_by_default, put};
use super::editor::{TEXT, fill, fresh_editor, paste_and_start, press, press_then_type_at, select};
use super::languages_of_a_page::without_alternates;
use super::server::PUBLIC;
use super::site::{clear_requests, loaded_files, on};

/// The site's title, as `./run test` builds it.
const SITE_TITLE: &str = "The Example Review";

/// From now on, a download the editor offers is kept in the page instead of saved (its name and
/// text, from the blob it was made of, which the page's policy would not let it fetch), for
/// [`downloads`] to read.
fn catch_downloads(page: &Page) -> Result<(), String> {
    page.js(
        "window.__downloads = []; const blobs = new Map(); const make = URL.createObjectURL; \
         URL.createObjectURL = (blob) => { const url = make(blob); blobs.set(url, blob); return url; }; \
         const click = HTMLAnchorElement.prototype.click; \
         HTMLAnchorElement.prototype.click = function () { \
           if (!this.download || !blobs.has(this.href)) return click.call(this); \
           const name = this.download; \
           window.__downloads.push(blobs.get(this.href).text().then(text => ({ name, text }))); };",
        vec![],
    )
    .map(drop)
}

/// The downloads caught so far, by name.
fn downloads(page: &Page) -> Result<Value, String> {
    page.wd.script_async(
        "const done = arguments[arguments.length - 1]; \
         Promise.all(window.__downloads).then(all => done(Object.fromEntries(all.map(d => [d.name, d.text]))), e => done(String(e)));",
        vec![],
    )
}

/// Presses `button` and waits for the download `name`; its text.
fn download(page: &Page, button: &str, name: &str) -> Result<String, String> {
    press(page, button)?;
    let wanted = json!(name);
    page.wait(
        "const made = document.querySelector('.editor__made'); \
         return window.__downloads.length && made && !made.textContent.startsWith('Making')",
        30_000,
    )
    .map_err(|_| format!("“{button}” made nothing"))?;
    let got = downloads(page)?;
    got[name].as_str().map(str::to_owned).ok_or_else(|| {
        let said = page.js("return document.querySelector('.editor__made')?.textContent", vec![]).unwrap_or_default();
        format!("“{button}” downloaded no {wanted}: {said}")
    })
}

/// The page `companion-site` writes for `dataset` (named `slug`), with the site's options.
fn site_page(dataset: &str, slug: &str) -> Result<String, String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // A folder of its own: the engines' checks run side by side in this process.
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let work = std::env::temp_dir().join(format!("companion-publish-{}-{run}", std::process::id()));
    let (datasets, out) = (work.join("datasets"), work.join("site"));
    _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&datasets).map_err(|e| e.to_string())?;
    std::fs::write(datasets.join(format!("{slug}.json")), dataset).map_err(|e| e.to_string())?;
    let ran = std::process::Command::new(root.join("target/debug/companion-site"))
        .arg("--assets")
        .arg(root.join("target/companion-assets"))
        .args(["--base-url", PUBLIC, "--title", SITE_TITLE])
        .arg(&datasets)
        .arg(&out)
        .output()
        .map_err(|e| format!("companion-site: {e}"))?;
    ensure(ran.status.success(), || format!("companion-site: {}", String::from_utf8_lossy(&ran.stderr)))?;
    let page = std::fs::read_to_string(out.join(slug).join("index.html")).map_err(|e| e.to_string());
    _ = std::fs::remove_dir_all(&work);
    page
}

/// Where two texts first differ, for a message.
fn first_difference(a: &str, b: &str) -> String {
    let at = a.bytes().zip(b.bytes()).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
    let around = |t: &str| t.get(at.saturating_sub(60)..(at + 60).min(t.len())).unwrap_or_default().to_owned();
    format!("{} and {} bytes, first differing at {at}: {:?} / {:?}", a.len(), b.len(), around(a), around(b))
}

pub fn draft_page(page: &Page) -> Result<Outcome, String> {
    let editor = format!("{}__site/edit/", page.url);
    let served = format!("{}__site/", page.url);
    page.wd.viewport(1280, 900)?;

    // A dataset of the site, opened by its address, is the page the site has for it.
    fresh_editor(page, &editor)?;
    page.wd.type_into("#start-address", &format!("{}data/examples/primer.json", page.url), true)?;
    press(page, "Open")?;
    page.wait("return document.querySelector('#editor-page-name')?.value === 'primer'", SOON)
        .map_err(|_| "the primer, opened from its address, is not named primer".to_owned())?;
    catch_downloads(page)?;
    let made = download(page, "Download the page", "index.html")?;
    let site = page.wd.script_async(
        "const done = arguments[arguments.length - 1]; fetch('/__site/primer/').then(r => r.text()).then(done, e => done(String(e)));",
        vec![],
    )?;
    // The same page, but for the site's pages in other languages, which are not beside a page
    // downloaded alone.
    let site = without_alternates(site.as_str().unwrap_or(""));
    ensure(site == made, || {
        format!("the primer's page from the editor is not the site's: {}", first_difference(&made, &site))
    })?;

    // A draft made here, previewed as the published page.
    fresh_editor(page, &editor)?;
    paste_and_start(page, TEXT)?;
    select(page, "Compost", 0)?;
    press_then_type_at(page, "New context note", "notes[0].title")?;
    fill(page, "notes[0].summary", "Plant waste left to rot into soil.")?;
    // A year, so that the page lists it under "Who, what, when".
    fill(page, "notes[0].dates", "Spring 2024")?;
    press_then_type_at(page, "Add a source", "notes[0].sources[0].url")?;
    fill(page, "notes[0].sources[0].url", "https://example.org/compost")?;
    // A name is taken as its address: refused with one that would do, or put in lower case.
    let name = |typed: &str, said: &str| -> Result<Value, String> {
        page.wd.type_into("#editor-page-name", typed, true)?;
        page.js(
            "document.querySelector('#editor-page-name').dispatchEvent(new Event('change', { bubbles: true }))",
            vec![],
        )?;
        let hint = "document.querySelector('#editor-page-name-hint').textContent";
        _ = page.wait(&format!("return {hint}.includes({})", json!(said)), SOON);
        page.js(
            &format!(
                "return [document.querySelector('#editor-page-name').value, {hint}, \
                         [...document.querySelectorAll('#editor-publish button')].some(b => b.disabled)]"
            ),
            vec![],
        )
    };
    let refused = name("Garden Club", "would do")?;
    ensure(
        refused[1].as_str().is_some_and(|h| h.contains("“garden-club” would do")) && refused[2] == json!(true),
        || format!("a name with a space is not refused with one that would do: {refused}"),
    )?;
    let taken = name("Garden-Club", "ends in garden-club/")?;
    ensure(taken[0] == json!("garden-club") && taken[2] == json!(false), || {
        format!("“Garden-Club” is taken as {taken}")
    })?;
    press(page, "Preview")?;
    page.wait("return document.querySelector('.editor__preview-frame')", 20_000)
        .map_err(|_| "the preview shows no page".to_owned())?;
    page.wd.frame(Some(0))?;
    let previewed = page.wait(
        &format!("return {} && document.querySelector('h1').textContent", TAKEN_OVER.trim_start_matches("return ")),
        20_000,
    );
    let card = previewed
        .as_ref()
        .ok()
        .map(|_| page.wd.click(".mark[data-mention]").and_then(|()| page.wait(CARD_TITLE, SOON)));
    page.wd.frame(None)?;
    let previewed = previewed.map_err(|_| "the preview's page did not start".to_owned())?;
    ensure(previewed == json!("A talk to the garden club"), || format!("the preview shows {previewed}"))?;
    let card = card.unwrap_or_else(|| Err("no card".into())).map_err(|e| format!("the preview opens no card: {e}"))?;
    ensure(card == json!("Compost"), || format!("the preview's card is {card}"))?;
    // With the page's panel open and the page scrolled down, "Back to editing" is still in view
    // with nothing over it.
    page.wd.frame(Some(0))?;
    let opened = page
        .wd
        .click("#notes-panel-toggle")
        .and_then(|()| page.wait("return document.querySelector('#notes-panel')?.getClientRects().length > 0", SOON));
    // As far down as it goes (a short page may not scroll at all).
    let scrolled = page.js("window.scrollBy(0, 600)", vec![]);
    page.wd.frame(None)?;
    opened.map_err(|e| format!("the preview's panel does not open: {e}"))?;
    scrolled?;
    let back = page.js(
        "const b = [...document.querySelectorAll('.editor__preview-bar button')].find(b => b.textContent === 'Back to editing'); \
         const r = b.getBoundingClientRect(); const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2); \
         return [r.top >= 0 && r.bottom <= innerHeight, hit === b || b.contains(hit)]",
        vec![],
    )?;
    ensure(back == json!([true, true]), || {
        format!("with the preview's panel open, “Back to editing” is not in view with nothing over it: {back}")
    })?;
    press(page, "Back to editing")?;

    // Downloaded, with the snippets to embed it, and the same page the site build writes.
    catch_downloads(page)?;
    let html = download(page, "Download the page", "index.html")?;
    press(page, "Download the dataset")?;
    let dataset =
        downloads(page)?["garden-club.json"].as_str().map(str::to_owned).ok_or("no garden-club.json downloaded")?;
    let address = format!("{served}garden-club/");
    let snippets = page.js(
        "return [document.querySelector('#editor-embed-iframe').value, document.querySelector('#editor-embed-script').value, \
                 document.querySelector('.editor__address').textContent]",
        vec![],
    )?;
    ensure(
        snippets[0].as_str().is_some_and(|s| s.contains(&format!("src=\"{address}?embed\"")))
            && snippets[1].as_str().is_some_and(|s| s.contains(&format!("data-page=\"{address}\"")))
            && snippets[2] == json!(address),
        || format!("the snippets name another address than {address}: {snippets}"),
    )?;
    let public = html.replace(&served, PUBLIC);
    let built = without_alternates(&site_page(&dataset, "garden-club")?);
    ensure(public == built, || {
        format!("the editor's page is not companion-site's: {}", first_difference(&public, &built))
    })?;

    // Put into the site: it paints and opens cards before the wasm, and after it.
    put(page, "/__site/garden-club/index.html", &html)
        .map_err(|e| format!("the page could not be put into the site: {e}"))?;
    let draft = Dataset::from_json(&dataset).map_err(|e| e.to_string())?;
    let mention = marked_by_default(&draft)[0];
    let before = format!("{}__site-nowasm/garden-club/", page.url);
    let article = on(page, &before, &draft);
    page.wd.goto(&before)?;
    page.wait("return document.readyState === 'complete' && document.querySelector('h1')?.textContent", SOON)?;
    ensure(page.js(TAKEN_OVER, vec![])? == json!(false), || "the app started without its wasm".into())?;
    let (x, y) = article.show_mark(mention, "center")?;
    page.wd.press_at("mouse", x, y)?;
    article.wait_card(mention).map_err(|e| format!("before the wasm: {e}"))?;
    clear_requests(page);
    let after = format!("{}__site/garden-club/", page.url);
    let article = on(page, &after, &draft);
    page.wd.goto(&after)?;
    page.wait(TAKEN_OVER, 15_000).map_err(|_| "the page put into the site did not start".to_owned())?;
    let (x, y) = article.show_mark(mention, "center")?;
    page.wd.press_at("mouse", x, y)?;
    article.wait_card(mention).map_err(|e| format!("after the wasm: {e}"))?;
    let loaded = loaded_files(page);
    let shared = loaded
        .iter()
        .filter(|path| path.ends_with("_bg.wasm"))
        .all(|path| path.strip_prefix("/__site/").is_some_and(|name| !name.contains('/') && served_file_exists(name)));
    ensure(shared && loaded.iter().any(|p| p.ends_with("_bg.wasm")), || {
        format!("the page did not load the site's shared wasm: {loaded:?}")
    })?;

    // Its single offline file, from file://.
    page.wd.goto(&editor)?;
    page.wait("return document.querySelector('#editor-publish')", 15_000)?;
    catch_downloads(page)?;
    let single = download(page, "Download one offline file", "garden-club.html")?;
    let path = std::env::temp_dir().join(format!("companion-draft-{}.html", std::process::id()));
    std::fs::write(&path, single).map_err(|e| e.to_string())?;
    let offline = format!("file://{}", path.display());
    let article = on(page, &offline, &draft);
    page.wd.goto(&offline)?;
    let started = page.wait(TAKEN_OVER, 15_000);
    let opened = started.as_ref().ok().map(|_| {
        let (x, y) = article.show_mark(mention, "center")?;
        page.wd.press_at("mouse", x, y)?;
        article.wait_card(mention)
    });
    _ = std::fs::remove_file(&path);
    started.map_err(|_| "the draft's offline file did not start from file://".to_owned())?;
    opened.unwrap_or(Ok(())).map_err(|e| format!("the offline file: {e}"))?;
    Ok(Outcome::Passed)
}

/// Whether the test site has a file of this name at its root.
fn served_file_exists(name: &str) -> bool {
    std::env::var_os("COMPANION_SITE").is_some_and(|site| PathBuf::from(site).join(name).is_file())
}

/// In an iframe sandboxed to scripts only (as WordPress embeds by address), the companion reads,
/// reports its height and opens cards, and a source link says it cannot open there and offers its
/// address; where popups are allowed, the link opens its tab.
pub fn scripts_only(page: &Page) -> Result<Outcome, String> {
    let start = page.wd.window()?;
    for (sandbox, popups) in
        [("allow-scripts", false), ("allow-scripts allow-popups allow-popups-to-escape-sandbox", true)]
    {
        page.wd.goto(&format!("{}__blank", page.url))?;
        page.js(
            "window.__heights = []; addEventListener('message', e => { if (typeof e.data === 'number') window.__heights.push(e.data); }); \
             const f = document.createElement('iframe'); f.setAttribute('sandbox', arguments[0]); f.title = 'Annotated article'; \
             f.style.width = '900px'; f.style.height = '700px'; f.src = '/__site/primer/?embed'; \
             f.onload = () => { window.__loaded = true; }; document.body.append(f);",
            vec![json!(sandbox)],
        )?;
        // Into the frame once its page has loaded, not its first empty document.
        page.wait("return window.__loaded === true", 15_000).map_err(|_| format!("sandbox=\"{sandbox}\": no page"))?;
        page.wd.frame(Some(0))?;
        let inside = (|| -> Result<Value, String> {
            page.wait(TAKEN_OVER, 15_000).map_err(|_| "the companion did not start".to_owned())?;
            page.wd.click(".mark[data-mention]")?;
            page.wait(CARD_TITLE, SOON).map_err(|_| "no card opened".to_owned())?;
            page.wd.click(".card[popover]:popover-open .card__sources a")?;
            page.wait("return document.readyState", SOON)?;
            std::thread::sleep(std::time::Duration::from_millis(500));
            page.js(
                "const card = document.querySelector('.card[popover]:popover-open'); const b = card.querySelector('.card__blocked'); \
                 return { link: card.querySelector('.card__sources a').href, said: b && b.textContent, \
                          address: b && b.querySelector('input').value, focused: document.activeElement === (b && b.querySelector('input')) }",
                vec![],
            )
        })();
        page.wd.frame(None)?;
        let inside = inside.map_err(|e| format!("sandbox=\"{sandbox}\": {e}"))?;
        let windows = page.wd.windows()?;
        page.wd.close_others(&start)?;
        let heights = page.js("return window.__heights", vec![])?;
        ensure(heights.as_array().is_some_and(|h| h.iter().any(|v| v.as_f64() > Some(700.0))), || {
            format!("sandbox=\"{sandbox}\": the frame reported no height: {heights}")
        })?;
        if popups {
            ensure(windows.len() == 2 && inside["said"].is_null(), || {
                format!(
                    "sandbox=\"{sandbox}\": {} windows after a source link, and the card says {}",
                    windows.len(),
                    inside["said"]
                )
            })?;
        } else {
            ensure(windows.len() == 1, || format!("sandbox=\"{sandbox}\": a source link opened a window"))?;
            ensure(
                inside["said"].as_str().is_some_and(|s| s.contains("cannot open from this frame"))
                    && inside["address"] == inside["link"]
                    && inside["focused"] == json!(true),
                || format!("sandbox=\"{sandbox}\": the card does not offer the address: {inside}"),
            )?;
        }
    }
    Ok(Outcome::Passed)
}
