//! A site's front page: every article it publishes, newest first, each with its headline
//! (linked), byline, date, description and what its notes hold. Static HTML rendered by the same
//! Leptos components as everything else, readable without script and on paper; it loads the
//! article pages' own stylesheets, so a reader's first article finds them in the cache.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::i18n::{Locale, Words, fill};
use crate::labels::kind_count;
use crate::model::{Dataset, NoteKind};

/// One article as the index lists it: what its dataset says of itself. Kept in the site's
/// manifest, so an unchanged dataset is not read again to list it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Entry {
    /// Its folder in the site.
    pub slug: String,
    /// The headline.
    pub title: String,
    /// The page's description (see [`crate::model::Article::description`]).
    pub description: Option<String>,
    /// The date as written (`2024-05` or `2024-05-02`), for the order and `<time>`.
    pub published: Option<String>,
    /// Who wrote and who published it, as its byline names them.
    pub byline: Option<String>,
    /// The article's language and direction, for its words in the list.
    pub language: Option<String>,
    pub direction: Option<String>,
    /// How many notes of each kind ([`NoteKind::ALL`]) a reader can open.
    pub counts: [usize; 3],
}

impl Entry {
    /// The entry for `dataset`, published at `slug`.
    pub fn of(slug: &str, dataset: &Dataset) -> Self {
        let article = &dataset.article;
        let reachable = |kind| dataset.notes.iter().filter(|n| n.kind() == kind && !n.mentions.is_empty()).count();
        Self {
            slug: slug.to_owned(),
            title: article.title().to_owned(),
            description: article.description(),
            published: article.published.clone(),
            byline: {
                let names: Vec<&str> =
                    article.author.name.as_deref().into_iter().chain(article.byline_publisher()).collect();
                (!names.is_empty()).then(|| names.join(" · "))
            },
            language: dataset.language.clone(),
            direction: dataset.direction.map(|d| d.as_str().to_owned()),
            counts: NoteKind::ALL.map(reachable),
        }
    }
}

/// `entries` in the order the index lists them: newest first (a date without a day counts as
/// the month's first), then undated ones, each group by headline.
pub(crate) fn in_order(mut entries: Vec<Entry>) -> Vec<Entry> {
    entries.sort_by(|a, b| match (&a.published, &b.published) {
        (Some(x), Some(y)) => y.cmp(x).then_with(|| a.title.cmp(&b.title)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.title.cmp(&b.title).then_with(|| a.slug.cmp(&b.slug)),
    });
    entries
}

/// The language of the index's own words: the one most of its articles speak (English among
/// equals, and for an empty site).
pub fn language(entries: &[Entry]) -> Locale {
    let locales: Vec<Locale> = entries.iter().map(|e| Locale::for_language(e.language.as_deref()).locale).collect();
    let count = |locale: &Locale| locales.iter().filter(|&l| l == locale).count();
    Locale::ALL.into_iter().rev().max_by_key(count).filter(|l| count(l) > 0).unwrap_or_default()
}

/// The index's content, for the shell's root.
#[component]
pub(crate) fn SiteIndex(
    /// The site's name, its heading.
    title: String,
    /// The articles, in the order listed ([`in_order`]).
    entries: Vec<Entry>,
    /// The site's public address, ending in `/`: printed beside each headline, where a relative
    /// link would mean nothing on paper.
    base: Option<String>,
    /// The language of the index's own words ([`language`]).
    locale: Locale,
) -> impl IntoView {
    let words = locale.words();
    let about = fill(locale.site_words().about, &[("count", &articles_count(words, entries.len()))]);
    view! {
        <main class="site">
            <header class="site__head">
                <h1 class="site__title">{title}</h1>
                <p class="site__about">{about}</p>
            </header>
            <ul class="site__list">
                {entries
                    .into_iter()
                    .map(|entry| {
                        let address = base.as_ref().map(|base| format!("{base}{}/", entry.slug));
                        view! { <ArticleEntry entry address words /> }
                    })
                    .collect_view()}
            </ul>
        </main>
    }
}

/// "1 annotated article", "12 annotated articles": the index's description.
pub(crate) fn articles_count(words: &Words, n: usize) -> String {
    words.locale.site_words().articles.count(words.locale, n)
}

/// One article of the index.
#[component]
fn ArticleEntry(
    /// What to say of it.
    entry: Entry,
    /// Its public address, for paper.
    address: Option<String>,
    /// The index's words.
    words: &'static Words,
) -> impl IntoView {
    let Entry { slug, title, description, published, byline, language, direction, counts } = entry;
    let date = published.as_deref().map(|published| words.date(published));
    let separator = (byline.is_some() && date.is_some()).then_some(" · ");
    let byline = (byline.is_some() || date.is_some()).then(|| {
        view! {
            <p class="site-entry__byline">
                {byline.map(|names| view! { <bdi lang=language.clone()>{names}</bdi> })}
                {separator}
                {date.map(|date| view! { <time datetime=published>{date}</time> })}
            </p>
        }
    });
    let notes =
        NoteKind::ALL.iter().zip(counts).map(|(&kind, n)| kind_count(words, kind, n)).collect::<Vec<_>>().join(" · ");
    view! {
        <li class="site-entry">
            <h2 class="site-entry__title" lang=language.clone() dir=direction.clone()>
                <a href=format!("./{slug}/") data-address=address>
                    {title}
                </a>
            </h2>
            {byline}
            {description.map(|text| view! { <p class="site-entry__description" lang=language dir=direction>{text}</p> })}
            <p class="site-entry__notes">{notes}</p>
        </li>
    }
}
