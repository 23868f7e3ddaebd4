//! One page of a site, made the one way: the site build writes each dataset's page with
//! [`publish`], and the editor's "Download the page" makes a draft's page with the same function,
//! compiled to wasm (`companion-render`, in a worker), so the two are the same bytes.
//!
//! What the editor cannot know by itself (the shell its site's pages are rendered into, the
//! site's name and public address, the host script's integrity, and where the renderer is) the
//! site build writes beside it as [`SETTINGS_FILE`]: [`SiteSettings`].

use serde::{Deserialize, Serialize};

use super::BaseUrl;
use super::oembed::{OEMBED_FILE, OEmbed, iframe_embed, script_embed};
use super::page::{Place, Render, render};
use crate::i18n::Locale;
use crate::model::Dataset;
use crate::report::{Outcome, report_lines};
use crate::slug::Slug;

/// The settings' file, in `edit/`.
pub(crate) const SETTINGS_FILE: &str = "publish.json";

/// The prefix of the renderer's folder in `edit/` (`render-<hash>/`, named by its content).
pub(crate) const RENDERER_PREFIX: &str = "render-";

/// What the editor needs of the build it is part of to make pages as that build does.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteSettings {
    /// The site's name (`--title`).
    pub title: String,
    /// The site's public address (`--base-url`), where it has one.
    pub base_url: Option<String>,
    /// The article page's shell.
    pub shell: String,
    /// The host script's Subresource Integrity.
    pub embed_integrity: String,
    /// The renderer's folder in `edit/`.
    pub renderer: String,
}

/// A page and what goes beside it.
#[derive(Debug, PartialEq)]
pub struct Published {
    /// The page, in its dataset's language.
    pub html: String,
    /// Its oEmbed answer ([`OEMBED_FILE`]), for a page of a site with a public address.
    pub oembed: Option<String>,
    /// The page in each other language, for `<tag>/index.html` beside it.
    pub translations: Vec<(Locale, String)>,
}

/// `dataset`'s page, rendered into `shell`: at the root beside the shared files where `slug` is
/// `None` (the single-article build), else in the folder `slug`, one down; in its dataset's
/// language and in `languages` (each in a folder beside it, named by its tag; none for a page
/// that travels alone, as the editor's download and the single file do). A site
/// with a public address `base` names its page's address and oEmbed answer; `site_name` is the
/// site's name, and `embed_sri` the host script's integrity, for that answer.
pub fn publish(
    shell: &str,
    dataset: &'static Dataset,
    slug: Option<&str>,
    base: Option<&BaseUrl>,
    site_name: &str,
    embed_sri: &str,
    languages: &[Locale],
) -> Result<Published, String> {
    let canonical = base.map(|base| base.join(&slug.map(|s| format!("{s}/")).unwrap_or_default()));
    // A site's pages are what a content system embeds by address.
    let oembed = canonical.as_ref().filter(|_| slug.is_some()).map(|page| format!("{page}{OEMBED_FILE}"));
    let own = Locale::for_dataset(dataset);
    // Every language it is in, in the order the interface lists them; one alone offers no choice.
    let locales: Vec<Locale> = Locale::ALL
        .into_iter()
        .filter(|&l| l == own || languages.contains(&l))
        .filter(|_| !languages.is_empty())
        .collect();
    // Each page's address of each language's, from the dataset's language's page or another's.
    let from_own = |locale: Locale| if locale == own { "./".to_owned() } else { format!("./{}/", locale.tag()) };
    let from_other = |locale: Locale| if locale == own { "../".to_owned() } else { format!("../{}/", locale.tag()) };
    let alternates: Vec<(Locale, String)> = locales.iter().map(|&l| (l, from_own(l))).collect();
    let how = Render {
        place: if slug.is_some() { Place::Below } else { Place::Beside },
        canonical: canonical.as_deref(),
        with_data: false,
        site_name: Some(site_name),
        oembed: oembed.as_deref(),
        awaiting: false,
        locale: own,
        alternates: &alternates,
    };
    let html = render(shell, dataset, how)?;
    let translations = (locales.iter().filter(|&&locale| locale != own))
        .map(|&locale| {
            let canonical = canonical.as_ref().map(|page| format!("{page}{}/", locale.tag()));
            let alternates: Vec<(Locale, String)> =
                (locales.iter()).map(|&l| (l, if l == locale { "./".to_owned() } else { from_other(l) })).collect();
            let how = Render {
                place: if slug.is_some() { Place::TwoBelow } else { Place::Below },
                canonical: canonical.as_deref(),
                oembed: None,
                locale,
                alternates: &alternates,
                ..how
            };
            render(shell, dataset, how).map(|html| (locale, html))
        })
        .collect::<Result<_, _>>()?;
    let oembed = match (&canonical, base, &oembed) {
        (Some(page), Some(base), Some(_)) => {
            Some(OEmbed::of(dataset, page, &base.to_string(), site_name, embed_sri).to_json())
        }
        _ => None,
    };
    Ok(Published { html, oembed, translations })
}

/// What the editor asks the renderer for.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageRequest {
    /// The draft, as the dataset JSON the editor exports.
    pub dataset: String,
    /// The page's folder name in the site.
    pub slug: String,
    /// The site's settings, as its build wrote them.
    pub settings: SiteSettings,
    /// The site's address as the editor sees it (the folder above `edit/`), for the embed
    /// snippets where the site has no public address.
    pub here: String,
}

/// A draft's page, as the editor offers it.
#[derive(Debug, Serialize)]
pub struct DraftPage {
    /// The page, for `<slug>/index.html`.
    pub html: String,
    /// Its oEmbed answer, for `<slug>/oembed.json`, where the site has a public address.
    pub oembed: Option<String>,
    /// Where the page will be once it is in the site.
    pub address: String,
    /// The iframe embed of the page, and the script embed.
    pub iframe: String,
    pub script: String,
}

/// Why the renderer made no page, in words for the person who asked.
#[derive(Debug, PartialEq)]
pub enum PublishError {
    /// The page's name makes no address.
    Name(String),
    /// The draft is refused, or the site's settings are broken: what is wrong.
    Refused(String),
}

impl std::fmt::Display for PublishError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Name(why) | Self::Refused(why) => f.write_str(why),
        }
    }
}

impl PageRequest {
    /// The page's name as a slug, or why it cannot be one.
    pub fn slug(&self) -> Result<Slug, PublishError> {
        Slug::of_file_name(&format!("{}.json", self.slug))
            .map_err(|error| PublishError::Name(format!("The page's name “{}”: {error}", self.slug)))
    }

    /// The draft, read and checked as the site build reads a dataset file; kept for as long as
    /// the renderer runs (its components borrow it).
    pub fn dataset(&self) -> Result<&'static Dataset, PublishError> {
        let outcome = Outcome::of_bytes(self.dataset.as_bytes());
        match outcome {
            Outcome::Read(Ok(checked)) => Ok(Box::leak(Box::new(checked.dataset))),
            refused => Err(PublishError::Refused(report_lines("the draft", &refused).join("\n"))),
        }
    }

    /// The site's public address, where it has one.
    fn base(&self) -> Result<Option<BaseUrl>, PublishError> {
        self.settings.base_url.as_deref().map(BaseUrl::parse).transpose().map_err(PublishError::Refused)
    }

    /// The draft's page in the site, with its oEmbed answer and embed snippets.
    pub fn page(&self) -> Result<DraftPage, PublishError> {
        let (slug, dataset, base) = (self.slug()?, self.dataset()?, self.base()?);
        let settings = &self.settings;
        // A page downloaded alone is in its dataset's language: the others' folders are not
        // beside it.
        let Published { html, oembed, .. } = publish(
            &settings.shell,
            dataset,
            Some(slug.as_str()),
            base.as_ref(),
            &settings.title,
            &settings.embed_integrity,
            &[],
        )
        .map_err(PublishError::Refused)?;
        let root = base.map_or_else(|| self.here.clone(), |base| base.to_string());
        let address = format!("{root}{slug}/");
        let title = dataset.article.title();
        Ok(DraftPage {
            iframe: iframe_embed(&address, title, &root, &settings.embed_integrity),
            script: script_embed(&address, title, &root, &settings.embed_integrity),
            html,
            oembed,
            address,
        })
    }

    /// The draft's page as the single-article build writes it (at the root, beside the shared
    /// files): what the single offline file is made from.
    pub fn article_page(&self) -> Result<String, PublishError> {
        let dataset = self.dataset()?;
        let settings = &self.settings;
        publish(&settings.shell, dataset, None, None, &settings.title, &settings.embed_integrity, &[])
            .map(|published| published.html)
            .map_err(PublishError::Refused)
    }
}
