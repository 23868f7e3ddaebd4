//! Where a build is written and how it takes `out`'s place: a staging folder beside `out`,
//! renamed into place only when complete; `out` replaced only when it holds an earlier build's
//! manifest (or nothing); unchanged pages hard-linked from the last build.

use std::path::{Path, PathBuf};

use super::SiteError;
use super::datasets::Target;
use super::manifest::{MANIFEST, Manifest};
use crate::i18n::Locale;

/// `error` on `what`, as the build reports it.
pub(super) fn io(what: &Path, error: std::io::Error) -> SiteError {
    SiteError::Io(format!("{}: {error}", what.display()))
}

/// The manifest of the site already in `out`, if there is one; an error where `out` holds
/// something else (nothing this build did not write is ever replaced).
pub(super) fn previous(out: &Path) -> Result<Option<Manifest>, SiteError> {
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

/// The folder a build is written to before it takes `out`'s place: beside it, so the move is a
/// rename. Removed when dropped unless it has been moved.
pub(super) struct Staging(pub(super) PathBuf);

pub(super) fn staging_folder(out: &Path) -> Result<Staging, SiteError> {
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
    pub(super) fn replace(self, out: &Path) -> Result<(), SiteError> {
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
pub(super) fn copy_assets(assets: &Path, to: &Path) -> Result<(), SiteError> {
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

pub(super) fn write(path: &Path, bytes: &[u8]) -> Result<(), SiteError> {
    std::fs::write(path, bytes).map_err(|e| io(path, e))
}

/// An unchanged page kept from the last build in `out`: its folder's files (the page, its oEmbed
/// answer and its other languages' pages), or the single-article build's page and its other
/// languages' pages.
pub(super) fn keep(target: &Target, out: &Path, staging: &Path) -> Result<(), SiteError> {
    let Some(slug) = &target.slug else {
        link_or_copy(&out.join(target.page()), &staging.join(target.page()))?;
        for locale in Locale::ALL {
            let page = Path::new(locale.tag()).join("index.html");
            if out.join(&page).is_file() {
                link_or_copy(&out.join(&page), &staging.join(&page))?;
            }
        }
        return Ok(());
    };
    keep_folder(&out.join(slug.as_str()), &staging.join(slug.as_str()))
}

/// Every file of `folder`, and of the folders in it, linked into `to`.
fn keep_folder(folder: &Path, to: &Path) -> Result<(), SiteError> {
    for entry in std::fs::read_dir(folder).map_err(|e| io(folder, e))? {
        let entry = entry.map_err(|e| io(folder, e))?;
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            keep_folder(&entry.path(), &to.join(entry.file_name()))?;
        } else {
            link_or_copy(&entry.path(), &to.join(entry.file_name()))?;
        }
    }
    Ok(())
}

/// `to` as the same file as `from` (a hard link: a thousand unchanged pages cost no copying), or a
/// copy where links cannot be made.
pub(super) fn link_or_copy(from: &Path, to: &Path) -> Result<(), SiteError> {
    if let Some(folder) = to.parent() {
        std::fs::create_dir_all(folder).map_err(|e| io(folder, e))?;
    }
    std::fs::hard_link(from, to).or_else(|_| std::fs::copy(from, to).map(drop)).map_err(|e| io(from, e))
}
