//! A site of companions, built from a folder of datasets without compiling anything per article.
//!
//! Vocabulary: the **assets** are what Trunk built once (the wasm, its glue, the start script and
//! the stylesheets under content-hashed names, `embed.js`, `open/` and `edit/`), with two
//! **shells**: the article page and `open/`'s page with an empty root (see `companion-shell`). A
//! **site** is the assets plus, for each dataset, its **page** at `<slug>/index.html` (see
//! [`crate::slug`]), rendered into the shell by [`page::render`], and an index page listing them.
//! All pages load the same asset files, so a reader's second article downloads only its HTML.
//!
//! The single-article build (`./run build`) is the same build of one dataset, its page at the
//! root beside the assets: one way to render a page.
//!
//! A build is checked before it is written: every dataset is read as `companion-check` reads it;
//! a refused one stops the build (or, with `keep_going`, is left out and listed). It is written
//! to a new folder beside `out`, which then takes `out`'s place, so a build that stops leaves `out`
//! as it was. A **manifest** in `out` records each page's dataset and the build it came from:
//! the next build renders only the pages whose dataset or build changed, and links the rest.
//!
//! [`build`] runs the steps: `datasets` reads and names the datasets, `render` checks and renders
//! them on every core ([`publish`], [`page`], [`share`], [`oembed`], [`index_page`]), and `output`
//! writes the build beside `out` and puts it in `out`'s place. The build also tells its editor
//! how it renders ([`publish::SiteSettings`]), so that a page the editor makes in the browser is
//! the page this build would write.

mod datasets;
pub(crate) mod index_page;
mod manifest;
pub mod oembed;
mod output;
pub mod page;
pub mod publish;
mod render;
pub mod share;
pub mod single_file;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::i18n::Locale;
use crate::slug::Slug;
use datasets::{Target, targets};
use index_page::in_order;
use manifest::{MANIFEST, Manifest, Recorded};
use output::{copy_assets, keep, previous, staging_folder, write};
use page::is_shell;
use render::{Rendered, Rendering, render_all, sitemap, write_index, write_open_page};

/// What to build.
pub struct Request {
    /// The built assets, with their shells (`./run` builds them into `target/companion-assets`).
    pub assets: PathBuf,
    /// The datasets.
    pub source: Source,
    /// Where the site goes: a folder that does not exist, is empty, or holds an earlier build.
    pub out: PathBuf,
    /// The site's public address, for canonical links and `sitemap.xml`; without it every
    /// address stays relative.
    pub base_url: Option<BaseUrl>,
    /// The site's name, the index page's heading.
    pub title: String,
    /// Leave out refused datasets (and list them) instead of stopping.
    pub keep_going: bool,
    /// The languages each page is published in besides its dataset's own (`--languages`): every
    /// one the interface speaks by default, each page in a folder beside the article's.
    pub languages: Vec<Locale>,
    /// What identifies the renderer's own build: when it changes, every page is rendered again.
    pub renderer: String,
}

/// Where the datasets come from.
pub enum Source {
    /// Every `*.json` file in a folder (not its subfolders; hidden files are passed over): a
    /// page each, and an index.
    Folder(PathBuf),
    /// One dataset, its page at the root: the single-article build.
    Article(PathBuf),
}

/// A site's public address, ending in `/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseUrl(::url::Url);

impl BaseUrl {
    /// `text` as a base URL: an `http` or `https` address with a host and no query, fragment or
    /// password. A missing final `/` is added (the pages are below it).
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut url = ::url::Url::parse(text).map_err(|e| format!("{text} is not an address: {e}"))?;
        if !matches!(url.scheme(), "https" | "http") || url.host_str().is_none() {
            return Err(format!("{text} is not an https:// (or http://) address of a site"));
        }
        if url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() || url.password().is_some() {
            return Err(format!("{text}: a site's address has no query, fragment or user name"));
        }
        if !url.path().ends_with('/') {
            url.set_path(&format!("{}/", url.path()));
        }
        Ok(Self(url))
    }

    /// The address of `path` below the site.
    fn join(&self, path: &str) -> String {
        self.0.join(path).map_or_else(|_| format!("{}{path}", self.0), String::from)
    }
}

impl fmt::Display for BaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_str())
    }
}

/// One page the build wrote.
#[derive(Debug)]
pub struct Written {
    /// The dataset's file.
    pub file: PathBuf,
    /// Its page, relative to `out` (`primer/index.html`).
    pub page: String,
    /// Whether it was rendered in this build (else its dataset and the build were unchanged).
    pub rendered: bool,
    /// What the checker says of a dataset shown in part (problem lines, then the summary).
    pub problems: Vec<String>,
}

/// A dataset the build left out (only with `keep_going`), with what the checker says.
#[derive(Debug)]
pub struct LeftOut {
    pub file: PathBuf,
    pub lines: Vec<String>,
}

/// What a finished build did.
#[derive(Debug)]
pub struct Built {
    pub pages: Vec<Written>,
    pub left_out: Vec<LeftOut>,
}

/// Why nothing was built; `out` is as it was.
#[derive(Debug)]
pub enum SiteError {
    /// A file or folder could not be read or written.
    Io(String),
    /// The assets are not a build with shells.
    Assets(String),
    /// `out` holds something other than a site this build wrote.
    NotASite(PathBuf),
    /// The folder has no dataset.
    NoDatasets(PathBuf),
    /// Datasets that cannot be pages (names that make no slug, refused or unreadable datasets),
    /// each with what is wrong.
    Refused(Vec<LeftOut>),
}

impl fmt::Display for SiteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io(error) => f.write_str(error),
            Self::Assets(error) => write!(f, "{error} (./run site builds them; ./run build for one article)"),
            Self::NotASite(out) => write!(
                f,
                "{} holds files that no site build wrote: choose an empty or new folder, so that none of them is lost",
                out.display()
            ),
            Self::NoDatasets(folder) => write!(f, "{}: no dataset (*.json) in this folder", folder.display()),
            Self::Refused(refused) => {
                let n = refused.len();
                write!(f, "{n} dataset{} cannot be published; nothing was written", if n == 1 { "" } else { "s" })
            }
        }
    }
}

/// Builds the site `request` asks for.
pub fn build(request: &Request) -> Result<Built, SiteError> {
    let shell = read_shell(&request.assets.join("index.html"))?;
    let open_shell = read_shell(&request.assets.join(crate::loader::OPEN_FOLDER).join("index.html"))?;
    let embed = request.assets.join("embed.js");
    let embed_sri =
        crate::loader::sri(&std::fs::read(&embed).map_err(|e| SiteError::Assets(format!("{}: {e}", embed.display())))?);
    let (targets, mut refused) = targets(&request.source)?;
    let previous = previous(&request.out)?;
    let build = build_key(request, &[&shell, &open_shell, &embed_sri]);
    let unchanged = |target: &Target| {
        previous
            .as_ref()
            .filter(|m| m.build == build)
            .and_then(|m| m.pages.get(target.name()))
            .filter(|recorded| recorded.key == target.key && request.out.join(target.page()).is_file())
    };

    let staging = staging_folder(&request.out)?;
    let result = (|| {
        copy_assets(&request.assets, &staging.0)?;
        let jobs: Vec<&Target> = targets.iter().filter(|t| unchanged(t).is_none()).collect();
        let rendered =
            render_all(&jobs, &Rendering { shell: &shell, request, embed_sri: &embed_sri, staging: &staging.0 })?;
        let mut pages = Vec::new();
        let mut records = BTreeMap::new();
        let mut datasets = BTreeMap::new();
        for target in &targets {
            let (entry, problems, rendered_now) = match (unchanged(target), rendered.get(target.name())) {
                (_, Some(Rendered::Page { entry, problems, dataset })) => {
                    datasets.insert(target.name().to_owned(), *dataset);
                    ((**entry).clone(), problems.clone(), true)
                }
                (_, Some(Rendered::Refused(lines))) => {
                    refused.push(LeftOut { file: target.file.clone(), lines: lines.clone() });
                    continue;
                }
                (Some(recorded), None) => {
                    keep(target, &request.out, &staging.0)?;
                    (recorded.entry.clone(), recorded.problems.clone(), false)
                }
                (None, None) => continue,
            };
            records.insert(
                target.name().to_owned(),
                Recorded { key: target.key.clone(), entry: entry.clone(), problems: problems.clone() },
            );
            pages.push((
                Written { file: target.file.clone(), page: target.page(), rendered: rendered_now, problems },
                entry,
            ));
        }
        if pages.is_empty() || (!refused.is_empty() && !request.keep_going) {
            return Err(SiteError::Refused(std::mem::take(&mut refused)));
        }
        let entries = in_order(pages.iter().map(|(_, entry)| entry.clone()).collect());
        // `open/` shows the newest article until (or where) its own dataset cannot be shown.
        let home = (targets.iter())
            .find(|t| t.slug.as_ref().map_or("", Slug::as_str) == entries[0].slug)
            .ok_or_else(|| SiteError::Io("no article for open/".into()))?;
        write_open_page(request, &open_shell, home, &datasets, &previous, &build, &staging.0)?;
        if let Source::Folder(_) = request.source {
            write_index(request, &shell, &entries, &staging.0)?;
            if let Some(base) = &request.base_url {
                write(&staging.0.join("sitemap.xml"), sitemap(base, &entries).as_bytes())?;
            }
        }
        write_settings(request, &shell, &embed_sri, &staging.0)?;
        let manifest = Manifest { build: build.clone(), open: Some(home.key.clone()), pages: records };
        write(&staging.0.join(MANIFEST), manifest.to_json().as_bytes())?;
        Ok(pages.into_iter().map(|(written, _)| written).collect())
    })();
    let pages = result?;
    staging.replace(&request.out)?;
    Ok(Built { pages, left_out: refused })
}

/// `edit/publish.json`: what the editor needs to make a page as this build does, where the
/// assets have the renderer it runs in the browser.
fn write_settings(request: &Request, shell: &str, embed_sri: &str, staging: &Path) -> Result<(), SiteError> {
    let edit = staging.join(crate::loader::EDIT_FOLDER);
    let renderer = std::fs::read_dir(&edit)
        .map_err(|e| output::io(&edit, e))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .find(|name| name.starts_with(publish::RENDERER_PREFIX));
    let Some(renderer) = renderer else { return Ok(()) };
    let settings = publish::SiteSettings {
        title: request.title.clone(),
        base_url: request.base_url.as_ref().map(ToString::to_string),
        shell: shell.to_owned(),
        embed_integrity: embed_sri.to_owned(),
        renderer,
    };
    let json = serde_json::to_string_pretty(&settings).unwrap_or_default();
    write(&edit.join(publish::SETTINGS_FILE), json.as_bytes())
}

/// The shell at `path`, which must be one.
fn read_shell(path: &Path) -> Result<String, SiteError> {
    let html = std::fs::read_to_string(path).map_err(|e| SiteError::Assets(format!("{}: {e}", path.display())))?;
    if is_shell(&html) {
        Ok(html)
    } else {
        Err(SiteError::Assets(format!("{} is not a page shell: its root is not empty", path.display())))
    }
}

/// What every page depends on besides its dataset: the renderer, the options, and `built` (the
/// shells and the host script's integrity).
fn build_key(request: &Request, built: &[&str]) -> String {
    let mut hash = Sha256::new();
    let options = [
        request.renderer.as_str(),
        &request.base_url.as_ref().map(ToString::to_string).unwrap_or_default(),
        &request.title,
        if matches!(request.source, Source::Article(_)) { "article" } else { "site" },
        &request.languages.iter().map(|l| l.tag()).collect::<Vec<_>>().join(","),
    ];
    for part in options.iter().chain(built) {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part.as_bytes());
    }
    hex(&hash.finalize())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
