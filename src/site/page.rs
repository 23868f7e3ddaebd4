//! A page with a dataset: a shell Trunk built (see `companion-shell`) with the article rendered
//! into its root by [`crate::prerender::page`], and the title, description, language and
//! canonical address written from the dataset. The one way a page is made: the single-article
//! build, every page of a site and `open/`'s fallback article all come from [`render`].

use std::cell::Cell;

use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str};

use leptos::prelude::*;

use crate::app::ROOT_ID;
use crate::components::LoadingLine;
use crate::i18n::Locale;
use crate::model::Dataset;
use crate::prerender::{dataset_script, page};

/// Where a page stands beside the files it loads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// In the same folder: the single-article build's `index.html`, and `open/`'s page.
    Beside,
    /// One folder down: a site's `<slug>/index.html`, which loads the site's shared files, and
    /// the single-article build's page in another language (`<tag>/index.html`).
    Below,
    /// Two folders down: a site's page in another language (`<slug>/<tag>/index.html`).
    TwoBelow,
}

/// What differs between the pages made from one shell.
#[derive(Clone, Copy, Debug)]
pub struct Render<'a> {
    /// Where the page stands beside the shell's files.
    pub place: Place,
    /// The page's address, for `<link rel="canonical">` (sites built with a base URL).
    pub canonical: Option<&'a str>,
    /// Whether the dataset goes in the page for its wasm to read: `open/` renders in the browser,
    /// while the article's page hydrates islands whose props carry what they need.
    pub with_data: bool,
    /// The site's name, for the tags that describe the page where it is shared
    /// ([`super::share`]); `None` for `open/`, whose article is only the one it falls back to.
    pub site_name: Option<&'a str>,
    /// The language of the page's own words.
    pub locale: Locale,
    /// The same page in each language it is published in (this one's included), by its address
    /// from here: `<link rel="alternate" hreflang>`, which the reading options offer and `#lang=`
    /// leads to.
    pub alternates: &'a [(Locale, String)],
    /// The address of the page's oEmbed answer ([`super::oembed`]), where it has one.
    pub oembed: Option<&'a str>,
    /// Whether the page may be asked for another dataset than its own (`open/`): its article is
    /// then hidden behind a loading line until its start script knows it is not
    /// ([`crate::launch::AWAITING`]).
    pub awaiting: bool,
}

/// `shell` with `dataset`'s page in its root element. The root's content is written exactly as
/// rendered: hydration walks it node by node.
pub fn render(shell: &str, dataset: &'static Dataset, how: Render) -> Result<String, String> {
    let attribute = |text: &str| html_escape::encode_double_quoted_attribute(text).into_owned();
    let words = how.locale.words();
    let title = format!("{} · {}", dataset.article.title(), words.brand);
    let description = dataset.article.description().map(|text| attribute(&text));
    let canonical = how.canonical.map(|url| format!("<link rel=\"canonical\" href=\"{}\">", attribute(url)));
    let share = how.site_name.map(|site| super::share::share_tags(dataset, site, how.canonical));
    let oembed = how.oembed.map(|url| super::oembed::discovery_link(url, dataset.article.title()));
    let alternates: String = (how.alternates.iter())
        .map(|(locale, href)| {
            format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">", locale.tag(), attribute(href))
        })
        .collect();
    let (page, data) = (page(dataset, how.locale, how.alternates), how.with_data.then(|| dataset_script(dataset)));
    let loading = how.awaiting.then(|| view! { <LoadingLine words /> }.to_html());
    let rooted = Cell::new(false);
    let settings = [
        element!("html", |el| {
            // The page is in the interface's language; the article's text says its own.
            el.set_attribute("lang", how.locale.tag())?;
            el.set_attribute("dir", how.locale.dir())?;
            if how.awaiting {
                el.set_attribute(crate::launch::AWAITING, "")?;
            }
            Ok(())
        }),
        // After the title: the minified shell has no `<head>` tags to put it in.
        element!("title", |el| {
            el.set_inner_content(&title, ContentType::Text);
            for tags in [&oembed, &share, &canonical].into_iter().flatten() {
                el.after(tags, ContentType::Html);
            }
            el.after(&alternates, ContentType::Html);
            Ok(())
        }),
        element!("meta[name=description]", |el| {
            if let Some(description) = &description {
                el.set_attribute("content", description)?;
            }
            Ok(())
        }),
        element!(&format!("#{ROOT_ID}"), |el| {
            el.set_inner_content(&page, ContentType::Html);
            if let Some(loading) = &loading {
                el.after(loading, ContentType::Html);
            }
            rooted.set(true);
            Ok(())
        }),
        // The dataset the wasm reads, after the page: the article's text arrives, and paints, first.
        element!("body", |el| {
            if let Some(data) = &data {
                el.append(data, ContentType::Html);
            }
            Ok(())
        }),
        element!("link[href], script[src]", |el| relocate(el, how.place)),
    ]
    .into_iter()
    .fold(RewriteStrSettings::new(), RewriteStrSettings::append_element_content_handler);
    let out = rewrite_str(shell, settings).map_err(|e| e.to_string())?;
    if rooted.get() { Ok(out) } else { Err(format!("the shell has no <div id=\"{ROOT_ID}\"> to render into")) }
}

/// A `link` or `script` of the shell, for a page at `place`: its relative address (Trunk writes
/// `./name`) leads to the shared file from there. Written the same way for either place, so two
/// pages of one dataset differ only in where they stand. Absolute and `data:` addresses stay.
fn relocate(
    el: &mut lol_html::html_content::Element,
    place: Place,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let name = if el.tag_name() == "script" { "src" } else { "href" };
    if let Some(address) = el.get_attribute(name)
        && let Some(relative) = address.strip_prefix("./")
    {
        let up = match place {
            Place::Beside => "./",
            Place::Below => "../",
            Place::TwoBelow => "../../",
        };
        el.set_attribute(name, &format!("{up}{relative}"))?;
    }
    Ok(())
}

/// Whether `html` is a shell: its root is there and empty. A rendered page is never taken for
/// one, so a folder of pages cannot be mistaken for the built files.
pub(crate) fn is_shell(html: &str) -> bool {
    [format!("<div id={ROOT_ID}></div>"), format!("<div id=\"{ROOT_ID}\"></div>")]
        .iter()
        .any(|root| html.contains(root))
}

/// The site's index page: `shell` without its scripts and preloads (the page has nothing to
/// start), titled `title`, with `list` (the rendered [`super::index_page::SiteIndex`]) in its
/// root and its stylesheet `css` after the shell's.
pub fn index(
    shell: &str,
    title: &str,
    list: &str,
    css: &str,
    canonical: Option<&str>,
    articles: usize,
    locale: Locale,
) -> Result<String, String> {
    let attribute = |text: &str| html_escape::encode_double_quoted_attribute(text).into_owned();
    let description = super::index_page::articles_count(locale.words(), articles);
    let head = format!(
        "{}<link rel=\"stylesheet\" href=\"./{}\">",
        canonical.map(|url| format!("<link rel=\"canonical\" href=\"{}\">", attribute(url))).unwrap_or_default(),
        attribute(css)
    );
    let rooted = Cell::new(false);
    let settings = [
        element!("html", |el| {
            el.set_attribute("lang", locale.tag())?;
            el.set_attribute("dir", locale.dir())?;
            Ok(())
        }),
        element!("title", |el| {
            el.set_inner_content(title, ContentType::Text);
            el.after(&head, ContentType::Html);
            Ok(())
        }),
        element!("meta[name=description]", |el| {
            el.set_attribute("content", &attribute(&description))?;
            Ok(())
        }),
        element!("script, link[rel=modulepreload], link[rel=preload]", |el| {
            el.remove();
            Ok(())
        }),
        element!(&format!("#{ROOT_ID}"), |el| {
            el.set_inner_content(list, ContentType::Html);
            rooted.set(true);
            Ok(())
        }),
    ]
    .into_iter()
    .fold(RewriteStrSettings::new(), RewriteStrSettings::append_element_content_handler);
    let out = rewrite_str(shell, settings).map_err(|e| e.to_string())?;
    if rooted.get() { Ok(out) } else { Err(format!("the shell has no <div id=\"{ROOT_ID}\"> to render into")) }
}
