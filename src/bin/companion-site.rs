//! `companion-site`: publishes datasets as prerendered pages that share one build's files (see
//! `reading_companion::site`). `./run site` and `./run build` build the files and run it.
//!
//! ```text
//! companion-site [OPTIONS] DATASETS_DIR OUT   a page per dataset, OUT/<slug>/index.html (the slug
//!                                             is the file's name: primer.json → primer/), and an
//!                                             index page listing them
//! companion-site [OPTIONS] --article FILE OUT the single-article build: the page at OUT/index.html
//!
//! --assets DIR      the built files and shells (default target/companion-assets)
//! --base-url URL    the site's public address: canonical links and OUT/sitemap.xml
//! --title TEXT      the index page's heading (default "Reading Companion")
//! --keep-going      leave out a dataset that cannot be published, list it, and build the rest
//! --languages TAGS  the languages each page is published in besides its dataset's, each in a
//!                   folder beside it: `all` (the default), `own` (none), or tags (`sr-Latn,sr-Cyrl`)
//! ```
//!
//! Exit status: 0 built (datasets shown in part are built, with their problems printed); 1 built
//! with datasets left out (`--keep-going`); 3 nothing built, datasets refused; 2 nothing built,
//! for another reason (a wrong command line, no built files, an OUT that holds other files).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use reading_companion::i18n::Locale;
use reading_companion::report::printable;
use reading_companion::site::{BaseUrl, Request, SiteError, Source, build};

const USAGE: &str = "usage: companion-site [OPTIONS] DATASETS_DIR OUT   a page per dataset at OUT/<slug>/ (primer.json: primer/), and an index
       companion-site [OPTIONS] --article FILE OUT  one dataset's page at OUT/index.html

  --assets DIR    the built files and shells (default target/companion-assets)
  --base-url URL  the site's public address: canonical links and OUT/sitemap.xml
  --title TEXT    the index page's heading (default \"Reading Companion\")
  --keep-going    leave out a dataset that cannot be published, list it, build the rest
  --languages TAGS  each page also in these interface languages, beside it: all (the default),
                  own (none), or tags such as sr-Latn,sr-Cyrl (en, sr-Latn, sr-Cyrl, de, fr, es, ar)

exit status: 0 built; 1 built with datasets left out; 3 datasets refused, nothing built;
2 nothing built for another reason";

fn main() -> ExitCode {
    let request = match request(std::env::args().skip(1).collect()) {
        Ok(request) => request,
        Err(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(Some(error)) => {
            eprintln!("companion-site: {error} (--help says how)");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    match build(&request) {
        Ok(built) => {
            for page in &built.pages {
                for line in &page.problems {
                    println!("{}", printable(line));
                }
            }
            let rendered = built.pages.iter().filter(|p| p.rendered).count();
            let pages = built.pages.len();
            println!(
                "{}: {pages} page{} ({rendered} rendered, {} unchanged){} in {:.2} s",
                request.out.display(),
                if pages == 1 { "" } else { "s" },
                pages - rendered,
                if matches!(request.source, Source::Folder(_)) { ", an index page" } else { "" },
                started.elapsed().as_secs_f64()
            );
            if built.left_out.is_empty() {
                return ExitCode::SUCCESS;
            }
            println!("left out, {} file{}:", built.left_out.len(), if built.left_out.len() == 1 { "" } else { "s" });
            for left in &built.left_out {
                for line in &left.lines {
                    println!("  {}", printable(line));
                }
            }
            ExitCode::from(1)
        }
        Err(error @ SiteError::Refused(_)) => {
            if let SiteError::Refused(refused) = &error {
                for line in refused.iter().flat_map(|left| &left.lines) {
                    eprintln!("{}", printable(line));
                }
            }
            eprintln!("companion-site: {error} (--keep-going builds the others and lists these)");
            ExitCode::from(3)
        }
        Err(error) => {
            eprintln!("companion-site: {}", printable(&error.to_string()));
            ExitCode::from(2)
        }
    }
}

/// The request the command line makes; `Err(None)` where it asks for help.
fn request(args: Vec<String>) -> Result<Request, Option<String>> {
    let mut args = args.into_iter();
    let (mut assets, mut base_url, mut title, mut keep_going, mut article) =
        (PathBuf::from("target/companion-assets"), None, "Reading Companion".to_owned(), false, None);
    let mut languages = Locale::ALL.to_vec();
    let mut positional = Vec::new();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| Some(format!("{name} takes a value")));
        match arg.as_str() {
            "--assets" => assets = value("--assets")?.into(),
            "--base-url" => base_url = Some(BaseUrl::parse(&value("--base-url")?).map_err(Some)?),
            "--title" => title = value("--title")?,
            "--keep-going" => keep_going = true,
            "--languages" => languages = languages_of(&value("--languages")?).map_err(Some)?,
            "--article" => article = Some(PathBuf::from(value("--article")?)),
            "--help" | "-h" => return Err(None),
            flag if flag.starts_with('-') => return Err(Some(format!("unknown option {flag}"))),
            _ => positional.push(PathBuf::from(arg)),
        }
    }
    let (source, out) = match (article, positional.as_slice()) {
        (Some(file), [out]) => (Source::Article(file), out.clone()),
        (None, [folder, out]) => (Source::Folder(folder.clone()), out.clone()),
        _ => return Err(Some("which datasets, and where to?".into())),
    };
    if title.trim().is_empty() {
        return Err(Some("--title takes some text".into()));
    }
    Ok(Request { assets, source, out, base_url, title, keep_going, languages, renderer: renderer() })
}

/// The languages `--languages` names: `all`, `own`, or tags separated by commas.
fn languages_of(given: &str) -> Result<Vec<Locale>, String> {
    match given.trim() {
        "all" => Ok(Locale::ALL.to_vec()),
        "own" => Ok(Vec::new()),
        tags => tags
            .split(',')
            .map(|tag| {
                Locale::from_tag(tag.trim()).ok_or_else(|| {
                    let spoken: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
                    format!(
                        "--languages: the interface does not speak “{}” (it speaks {})",
                        tag.trim(),
                        spoken.join(", ")
                    )
                })
            })
            .collect(),
    }
}

/// What identifies this tool's build: its size and time. A rebuilt tool renders every page again,
/// since its components may render them differently.
fn renderer() -> String {
    let meta = std::env::current_exe().and_then(std::fs::metadata);
    match meta {
        Ok(meta) => {
            let time = meta.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
            format!("{} {} {}", env!("CARGO_PKG_VERSION"), meta.len(), time.map_or(0, |t| t.as_nanos()))
        }
        // Unknown: never the same twice, so every page is rendered.
        Err(_) => format!("unknown {:?}", std::time::SystemTime::now()),
    }
}
