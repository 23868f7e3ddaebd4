//! The strict Content-Security-Policy a site is asked to send: applied, and never violated by
//! the page, its embed view or a dataset from elsewhere, while a page that breaks it is reported.

use std::time::Duration;

use serde_json::json;

use super::checks::{Outcome, Page, ensure};
use super::embedding::{load, load_news_page, open_first_card};

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
