//! The page for datasets from elsewhere (`open/`, the `open` feature): `?data=URL` (what an
//! embed's `data-src` becomes) is loaded, checked and rendered in the browser, under a banner
//! that says what was left out; when it cannot be used at all, the built-in article is shown
//! under a banner that says why.

use web_sys::HtmlElement;

use crate::app::mount;
use crate::components::LoadingLine;
use crate::data::embedded;
use crate::i18n::Locale;
use crate::launch::Launch;
use crate::launch::Start;
use crate::model::{Checked, Dataset, DatasetError};
use crate::notice::{LoadNotice, Notice};
use crate::remote::load;

/// Renders the dataset the address asks for (or the built-in one) into `root`, in place of the
/// prerendered built-in article; "Loading the article…" while it loads.
pub async fn show(root: HtmlElement, launch: Launch) {
    root.set_text_content(None);
    // From here the app shows what the page is waiting for: the page's own loading line (there
    // for the first paint, see `site::page`) goes.
    if let Some(html) = leptos::prelude::document().document_element() {
        _ = html.remove_attribute(crate::launch::AWAITING);
    }
    if let Some(line) = root.next_element_sibling().filter(|e| e.class_list().contains("loading")) {
        line.remove();
    }
    // The language the reader asked for (`#lang=`), or else, until a dataset says otherwise, the
    // one the page was built in.
    let document = leptos::prelude::document();
    let asked =
        crate::settings::Settings::from_fragment(&document.location().and_then(|l| l.hash().ok()).unwrap_or_default())
            .0
            .lang;
    let built = document.document_element().and_then(|html| Locale::from_tag(&html.get_attribute("lang")?));
    let words = speaking(asked.or(built).unwrap_or_default()).await.words();
    let (dataset, notice) = match launch.data {
        None => (embedded(), None),
        Some(given) => {
            let loading =
                leptos::mount::mount_to(root.clone(), move || leptos::prelude::view! { <LoadingLine words /> });
            let loaded = load(&given).await;
            // Reading a dataset and rendering its article are each a task's worth of work: run
            // them as two, so neither holds the page up for the sum of both.
            gloo_timers::future::TimeoutFuture::new(0).await;
            drop(loading);
            match loaded {
                Ok((Checked { dataset, problems, .. }, url)) => {
                    let notice =
                        (!problems.is_empty()).then(|| leak(Notice::Load(LoadNotice::Partial { url, problems })));
                    (leak(Ok::<Dataset, DatasetError>(dataset)), notice)
                }
                Err(notice) => (embedded(), Some(leak(Notice::Load(notice)))),
            }
        }
    };
    let wanted = asked.unwrap_or_else(|| dataset.as_ref().map_or(built.unwrap_or_default(), Locale::for_dataset));
    let locale = speaking(wanted).await;
    // The page's own words are in that language now, and what its banner says too
    // (`NoticeBanner` finds them at hand).
    if let Some(html) = document.document_element() {
        _ = html.set_attribute("lang", locale.tag());
        _ = html.set_attribute("dir", locale.dir());
    }
    if notice.is_some() || dataset.is_err() {
        crate::fetched_words::problem_words(locale).await;
    }
    mount(root, dataset, locale, Start { embed: launch.embed, notice }).forget();
}

/// `locale` once its words are at hand (fetched: this page carries English only), or English
/// where they cannot be fetched.
async fn speaking(locale: Locale) -> Locale {
    if crate::fetched_words::page_words(locale).await { locale } else { Locale::En }
}

/// A value that lives as long as the page, as the components' props do.
fn leak<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}
