//! Rendering a build's pages: each dataset checked and rendered into the shell on every core (with
//! a public address, its oEmbed answer beside it), `open/`'s page, the index and the sitemap.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use sha2::{Digest, Sha256};

use super::datasets::Target;
use super::index_page::{Entry, SiteIndex};
use super::manifest::Manifest;
use super::oembed::OEMBED_FILE;
use super::output::{io, link_or_copy, write};
use super::page::{Place, Render, render};
use super::publish::publish;
use super::{BaseUrl, Request, SiteError, hex};
use crate::i18n::Locale;
use crate::model::Dataset;
use crate::report::{Outcome, Verdict, report_lines};
use crate::slug::Slug;

/// The index page's stylesheet, written beside it under a name from its content.
const SITE_CSS: &str = include_str!("../../style/site.css");

/// What rendering one target came to.
pub(super) enum Rendered {
    Page { entry: Box<Entry>, problems: Vec<String>, dataset: &'static Dataset },
    Refused(Vec<String>),
}

/// What rendering a page takes besides its dataset.
pub(super) struct Rendering<'a> {
    pub(super) shell: &'a str,
    pub(super) request: &'a Request,
    /// The host script's Subresource Integrity, for the oEmbed answers.
    pub(super) embed_sri: &'a str,
    pub(super) staging: &'a Path,
}

/// Renders the pages of `jobs` into the staging folder, on every core.
pub(super) fn render_all(jobs: &[&Target], with: &Rendering) -> Result<BTreeMap<String, Rendered>, SiteError> {
    let next = AtomicUsize::new(0);
    let results = Mutex::new(BTreeMap::new());
    let failure = Mutex::new(None);
    let workers = std::thread::available_parallelism().map_or(1, usize::from).min(jobs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some(target) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                    match render_one(target, with) {
                        Ok(rendered) => {
                            if let Ok(mut results) = results.lock() {
                                results.insert(target.name().to_owned(), rendered);
                            }
                        }
                        Err(error) => {
                            if let Ok(mut failure) = failure.lock() {
                                failure.get_or_insert(error);
                            }
                        }
                    }
                }
            });
        }
    });
    match failure.into_inner().ok().flatten() {
        Some(error) => Err(error),
        None => Ok(results.into_inner().unwrap_or_default()),
    }
}

/// Checks one dataset and, unless it is refused, writes its page (with a public address, also its
/// oEmbed answer).
pub(super) fn render_one(target: &Target, with: &Rendering) -> Result<Rendered, SiteError> {
    let Rendering { shell, request, embed_sri, staging } = *with;
    let file = target.file.display().to_string();
    let outcome = Outcome::of_bytes(&target.bytes);
    let lines = report_lines(&file, &outcome);
    let verdict = outcome.verdict();
    let Outcome::Read(Ok(checked)) = outcome else { return Ok(Rendered::Refused(lines)) };
    // The page's components borrow the dataset for as long as the page's reactive system
    // lives; the tool ends when the site is written.
    let dataset: &'static Dataset = Box::leak(Box::new(checked.dataset));
    let slug = target.slug.as_ref().map(Slug::as_str);
    let published =
        publish(shell, dataset, slug, request.base_url.as_ref(), &request.title, embed_sri, &request.languages)
            .map_err(|error| SiteError::Assets(format!("{file}: {error}")))?;
    let path = staging.join(target.page());
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| io(folder, e))?;
    }
    write(&path, published.html.as_bytes())?;
    for (locale, html) in &published.translations {
        let page = path.with_file_name(locale.tag()).join("index.html");
        std::fs::create_dir_all(page.parent().unwrap_or(staging)).map_err(|e| io(&page, e))?;
        write(&page, html.as_bytes())?;
    }
    if let Some(answer) = published.oembed {
        write(&path.with_file_name(OEMBED_FILE), answer.as_bytes())?;
    }
    let problems = if verdict == Verdict::Clean { Vec::new() } else { lines };
    Ok(Rendered::Page { entry: Box::new(Entry::of(slug.unwrap_or_default(), dataset)), problems, dataset })
}

/// `open/`'s page, whose fallback article is `home`: linked from the last build where neither
/// changed.
pub(super) fn write_open_page(
    request: &Request,
    open_shell: &str,
    home: &Target,
    datasets: &BTreeMap<String, &'static Dataset>,
    previous: &Option<Manifest>,
    build: &str,
    staging: &Path,
) -> Result<(), SiteError> {
    let page = Path::new(crate::loader::OPEN_FOLDER).join("index.html");
    let unchanged = previous
        .as_ref()
        .is_some_and(|m| m.build == build && m.open.as_deref() == Some(&home.key) && request.out.join(&page).is_file());
    if unchanged {
        return link_or_copy(&request.out.join(&page), &staging.join(&page));
    }
    let dataset = match datasets.get(home.name()) {
        Some(dataset) => *dataset,
        None => {
            let checked = Dataset::check_bytes(&home.bytes)
                .map_err(|error| SiteError::Io(format!("{}: {error}", home.file.display())))?;
            Box::leak(Box::new(checked.dataset))
        }
    };
    let how = Render {
        place: Place::Beside,
        canonical: None,
        with_data: true,
        site_name: None,
        oembed: None,
        awaiting: true,
        locale: Locale::for_dataset(dataset),
        // It renders in the browser, in any language (`#lang=`).
        alternates: &[],
    };
    let html = render(open_shell, dataset, how).map_err(|error| SiteError::Assets(format!("open/: {error}")))?;
    write(&staging.join(&page), html.as_bytes())?;
    Ok(())
}

/// The index page: the shell with its scripts and preloads taken out and the list in its root.
pub(super) fn write_index(request: &Request, shell: &str, entries: &[Entry], staging: &Path) -> Result<(), SiteError> {
    let locale = super::index_page::language(entries);
    let css_name = format!("site-{}.css", &hex(&Sha256::digest(SITE_CSS.as_bytes()))[..16]);
    write(&staging.join(&css_name), SITE_CSS.as_bytes())?;
    let list = {
        crate::prerender::init_executor();
        let owner = Owner::new();
        let (title, entries) = (request.title.clone(), entries.to_vec());
        let base = request.base_url.as_ref().map(ToString::to_string);
        owner.with(|| view! { <SiteIndex title entries base locale /> }.to_html())
    };
    let canonical = request.base_url.as_ref().map(|base| base.join(""));
    let html = super::page::index(shell, &request.title, &list, &css_name, canonical.as_deref(), entries.len(), locale)
        .map_err(SiteError::Assets)?;
    write(&staging.join("index.html"), html.as_bytes())
}

/// `sitemap.xml`: the index and every article, at the site's address.
pub(super) fn sitemap(base: &BaseUrl, entries: &[Entry]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let addresses = std::iter::once(base.join("")).chain(entries.iter().map(|e| base.join(&format!("{}/", e.slug))));
    for address in addresses {
        xml.push_str(&format!("  <url><loc>{}</loc></url>\n", html_escape::encode_text(&address)));
    }
    xml.push_str("</urlset>\n");
    xml
}
