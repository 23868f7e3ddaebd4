//! A site of companions, built from a folder of datasets without compiling anything per article.
//!
//! Vocabulary: the **assets** are what Trunk built once (the wasm, its glue, the start script and
//! the stylesheets under content-hashed names, `embed.js`, `open/` and `edit/`), with two
//! **shells**: the article page and `open/`'s page with an empty root (see `companion-shell`). A
//! **site** is the assets plus, for each dataset, its **page** at `<slug>/index.html` (see
//! [`slug`]), rendered into the shell by [`page::render`], and an index page listing them. All
//! pages load the same asset files, so a reader's second article downloads only its HTML.
//!
//! The single-article build (`./run build`) is the same build of one dataset, its page at the
//! root beside the assets: one way to render a page.
//!
//! A build is checked before it is written: every dataset is read as `companion-check` reads it;
//! a refused one stops the build (or, with `keep_going`, is left out and listed). It is written
//! to a new folder beside `out`, which then takes `out`'s place, so a build that stops leaves `out`
//! as it was. A **manifest** in `out` records each page's dataset and the build it came from:
//! the next build renders only the pages whose dataset or build changed, and links the rest.

pub mod index_page;
mod manifest;
pub mod oembed;
pub mod page;
pub mod share;
pub mod slug;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use sha2::{Digest, Sha256};

use crate::model::Dataset;
use crate::report::{Outcome, Verdict, report_lines};
use index_page::{Entry, SiteIndex, in_order};
use manifest::{MANIFEST, Manifest, Recorded};
use oembed::{OEMBED_FILE, OEmbed};
use page::{Place, Render, is_shell, render};
use slug::Slug;

/// The index page's stylesheet, written beside it under a name from its content.
const SITE_CSS: &str = include_str!("../../style/site.css");

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

fn io(what: &Path, error: std::io::Error) -> SiteError {
    SiteError::Io(format!("{}: {error}", what.display()))
}

/// One dataset to publish.
struct Target {
    file: PathBuf,
    /// Its folder; `None` for the single-article build's page at the root.
    slug: Option<Slug>,
    bytes: Vec<u8>,
    key: String,
}

impl Target {
    fn name(&self) -> &str {
        self.slug.as_ref().map_or(".", Slug::as_str)
    }

    fn page(&self) -> String {
        self.slug.as_ref().map_or_else(|| "index.html".to_owned(), |slug| format!("{slug}/index.html"))
    }
}

/// What rendering one target came to.
enum Rendered {
    Page { entry: Box<Entry>, problems: Vec<String>, dataset: &'static Dataset },
    Refused(Vec<String>),
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
        let manifest = Manifest { build: build.clone(), open: Some(home.key.clone()), pages: records };
        write(&staging.0.join(MANIFEST), manifest.to_json().as_bytes())?;
        Ok(pages.into_iter().map(|(written, _)| written).collect())
    })();
    let pages = result?;
    staging.replace(&request.out)?;
    Ok(Built { pages, left_out: refused })
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

/// The datasets to publish, read, with the files that cannot be pages.
fn targets(source: &Source) -> Result<(Vec<Target>, Vec<LeftOut>), SiteError> {
    let read = |file: PathBuf, slug: Option<Slug>| {
        let bytes = std::fs::read(&file).map_err(|e| io(&file, e))?;
        let key = hex(&Sha256::digest(&bytes));
        Ok::<_, SiteError>(Target { file, slug, bytes, key })
    };
    let folder = match source {
        Source::Article(file) => return Ok((vec![read(file.clone(), None)?], Vec::new())),
        Source::Folder(folder) => folder,
    };
    let name_of = |path: &Path| path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|e| io(folder, e))?
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_file())
        .map(|entry| entry.path())
        .filter(|path| {
            let name = name_of(path);
            !name.starts_with('.') && name.to_ascii_lowercase().ends_with(".json")
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(SiteError::NoDatasets(folder.clone()));
    }
    let mut targets: Vec<Target> = Vec::new();
    let mut refused = Vec::new();
    let mut taken: BTreeMap<Slug, PathBuf> = BTreeMap::new();
    for file in files {
        // A name that is not UTF-8 comes through with U+FFFD, which no slug takes.
        match Slug::of_file_name(&name_of(&file)) {
            Err(error) => refused.push(LeftOut { lines: vec![format!("{}: {error}", file.display())], file }),
            Ok(slug) => match taken.get(&slug) {
                Some(other) => refused.push(LeftOut {
                    lines: vec![format!(
                        "{}: {} makes the same address, {slug}/: rename one of them",
                        file.display(),
                        name_of(other)
                    )],
                    file,
                }),
                None => {
                    taken.insert(slug.clone(), file.clone());
                    targets.push(read(file, Some(slug))?);
                }
            },
        }
    }
    Ok((targets, refused))
}

/// The manifest of the site already in `out`, if there is one; an error where `out` holds
/// something else (nothing this build did not write is ever replaced).
fn previous(out: &Path) -> Result<Option<Manifest>, SiteError> {
    let entries = match std::fs::read_dir(out) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(io(out, error)),
    };
    if entries.count() == 0 {
        return Ok(None);
    }
    match std::fs::read_to_string(out.join(MANIFEST)) {
        // An unreadable manifest (an older build's) only means every page is rendered again.
        Ok(text) => Ok(Some(Manifest::from_json(&text).unwrap_or_default())),
        Err(_) => Err(SiteError::NotASite(out.to_owned())),
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

/// The folder a build is written to before it takes `out`'s place: beside it, so the move is a
/// rename. Removed when dropped unless it has been moved.
struct Staging(PathBuf);

fn staging_folder(out: &Path) -> Result<Staging, SiteError> {
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "site".into());
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
    let staging = parent.join(format!(".{name}.building-{}", std::process::id()));
    _ = std::fs::remove_dir_all(&staging);
    std::fs::create_dir(&staging).map_err(|e| io(&staging, e))?;
    Ok(Staging(staging))
}

impl Staging {
    /// Puts the finished build in `out`'s place.
    fn replace(self, out: &Path) -> Result<(), SiteError> {
        let old = self.0.with_extension("old");
        let had = out.exists();
        if had {
            std::fs::rename(out, &old).map_err(|e| io(out, e))?;
        }
        if let Err(error) = std::fs::rename(&self.0, out) {
            if had {
                _ = std::fs::rename(&old, out);
            }
            return Err(io(out, error));
        }
        if had {
            _ = std::fs::remove_dir_all(&old);
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Copies the assets into `to`, but for the shells (the pages are rendered from them) and hidden
/// files.
fn copy_assets(assets: &Path, to: &Path) -> Result<(), SiteError> {
    let shells = [assets.join("index.html"), assets.join(crate::loader::OPEN_FOLDER).join("index.html")];
    let mut folders = vec![PathBuf::new()];
    while let Some(folder) = folders.pop() {
        let from = assets.join(&folder);
        std::fs::create_dir_all(to.join(&folder)).map_err(|e| io(&to.join(&folder), e))?;
        for entry in std::fs::read_dir(&from).map_err(|e| io(&from, e))? {
            let entry = entry.map_err(|e| io(&from, e))?;
            let relative = folder.join(entry.file_name());
            if entry.file_name().to_string_lossy().starts_with('.') || shells.contains(&entry.path()) {
                continue;
            }
            if entry.file_type().map_err(|e| io(&entry.path(), e))?.is_dir() {
                folders.push(relative);
            } else {
                std::fs::copy(entry.path(), to.join(&relative)).map_err(|e| io(&entry.path(), e))?;
            }
        }
    }
    Ok(())
}

/// What rendering a page takes besides its dataset.
struct Rendering<'a> {
    shell: &'a str,
    request: &'a Request,
    /// The host script's Subresource Integrity, for the oEmbed answers.
    embed_sri: &'a str,
    staging: &'a Path,
}

/// Renders the pages of `jobs` into the staging folder, on every core.
fn render_all(jobs: &[&Target], with: &Rendering) -> Result<BTreeMap<String, Rendered>, SiteError> {
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
fn render_one(target: &Target, with: &Rendering) -> Result<Rendered, SiteError> {
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
    let canonical = request.base_url.as_ref().map(|base| base.join(&slug.map(|s| format!("{s}/")).unwrap_or_default()));
    // A site's pages are what a content system embeds by address.
    let oembed = canonical.as_ref().filter(|_| slug.is_some()).map(|page| format!("{page}{OEMBED_FILE}"));
    let place = if slug.is_some() { Place::Below } else { Place::Beside };
    let how = Render {
        place,
        canonical: canonical.as_deref(),
        with_data: false,
        site_name: Some(&request.title),
        oembed: oembed.as_deref(),
    };
    let html = render(shell, dataset, how).map_err(|error| SiteError::Assets(format!("{file}: {error}")))?;
    let path = staging.join(target.page());
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| io(folder, e))?;
    }
    write(&path, html.as_bytes())?;
    if let (Some(page), Some(base), Some(_)) = (&canonical, &request.base_url, &oembed) {
        let answer = OEmbed::of(dataset, page, &base.to_string(), &request.title, embed_sri);
        write(&path.with_file_name(OEMBED_FILE), answer.to_json().as_bytes())?;
    }
    let problems = if verdict == Verdict::Clean { Vec::new() } else { lines };
    Ok(Rendered::Page { entry: Box::new(Entry::of(slug.unwrap_or_default(), dataset)), problems, dataset })
}

/// `open/`'s page, whose fallback article is `home`: linked from the last build where neither
/// changed.
fn write_open_page(
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
    let how = Render { place: Place::Beside, canonical: None, with_data: true, site_name: None, oembed: None };
    let html = render(open_shell, dataset, how).map_err(|error| SiteError::Assets(format!("open/: {error}")))?;
    write(&staging.join(&page), html.as_bytes())?;
    Ok(())
}

/// The index page: the shell with its scripts and preloads taken out and the list in its root.
fn write_index(request: &Request, shell: &str, entries: &[Entry], staging: &Path) -> Result<(), SiteError> {
    let css_name = format!("site-{}.css", &hex(&Sha256::digest(SITE_CSS.as_bytes()))[..16]);
    write(&staging.join(&css_name), SITE_CSS.as_bytes())?;
    let list = {
        _ = any_spawner::Executor::init_futures_executor();
        let owner = Owner::new();
        let (title, entries) = (request.title.clone(), entries.to_vec());
        let base = request.base_url.as_ref().map(ToString::to_string);
        owner.with(|| view! { <SiteIndex title entries base /> }.to_html())
    };
    let canonical = request.base_url.as_ref().map(|base| base.join(""));
    let html = page::index(shell, &request.title, &list, &css_name, canonical.as_deref(), entries.len())
        .map_err(SiteError::Assets)?;
    write(&staging.join("index.html"), html.as_bytes())
}

/// `sitemap.xml`: the index and every article, at the site's address.
fn sitemap(base: &BaseUrl, entries: &[Entry]) -> String {
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

fn write(path: &Path, bytes: &[u8]) -> Result<(), SiteError> {
    std::fs::write(path, bytes).map_err(|e| io(path, e))
}

/// An unchanged page kept from the last build in `out`: its folder's files (the page and its
/// oEmbed answer), or the single-article build's page.
fn keep(target: &Target, out: &Path, staging: &Path) -> Result<(), SiteError> {
    let Some(slug) = &target.slug else { return link_or_copy(&out.join(target.page()), &staging.join(target.page())) };
    let folder = out.join(slug.as_str());
    for entry in std::fs::read_dir(&folder).map_err(|e| io(&folder, e))? {
        let entry = entry.map_err(|e| io(&folder, e))?;
        link_or_copy(&entry.path(), &staging.join(slug.as_str()).join(entry.file_name()))?;
    }
    Ok(())
}

/// `to` as the same file as `from` (a hard link: a thousand unchanged pages cost no copying), or a
/// copy where links cannot be made.
fn link_or_copy(from: &Path, to: &Path) -> Result<(), SiteError> {
    if let Some(folder) = to.parent() {
        std::fs::create_dir_all(folder).map_err(|e| io(folder, e))?;
    }
    std::fs::hard_link(from, to).or_else(|_| std::fs::copy(from, to).map(drop)).map_err(|e| io(from, e))
}
