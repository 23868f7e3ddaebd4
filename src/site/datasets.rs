//! The datasets a build publishes: every `*.json` of a folder, or one file, read and named by
//! their slugs, with the files that cannot be pages and why.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::output::io;
use super::{LeftOut, SiteError, Source, hex};
use crate::slug::Slug;

/// One dataset to publish.
pub(super) struct Target {
    pub(super) file: PathBuf,
    /// Its folder; `None` for the single-article build's page at the root.
    pub(super) slug: Option<Slug>,
    /// Its bytes, and their SHA-256 (what the manifest compares).
    pub(super) bytes: Vec<u8>,
    pub(super) key: String,
}

impl Target {
    /// Its name in the manifest: the slug, or `.` for the single-article build's page.
    pub(super) fn name(&self) -> &str {
        self.slug.as_ref().map_or(".", Slug::as_str)
    }

    /// Its page, relative to the site's folder.
    pub(super) fn page(&self) -> String {
        self.slug.as_ref().map_or_else(|| "index.html".to_owned(), |slug| format!("{slug}/index.html"))
    }
}

/// The datasets to publish, read, with the files that cannot be pages.
pub(super) fn targets(source: &Source) -> Result<(Vec<Target>, Vec<LeftOut>), SiteError> {
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
