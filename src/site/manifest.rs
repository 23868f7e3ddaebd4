//! The record a site build leaves in its folder, so that the next build over the same folder
//! renders only what changed: the build every page came from, and for each page the hash of its
//! dataset's bytes with what the index and the terminal say of it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::index_page::Entry;

/// The manifest's file name in the site's folder. Hidden, so a static host does not list it; it
/// holds nothing but hashes and what the index page shows.
pub(crate) const MANIFEST: &str = ".companion-site.json";

/// What the last build wrote.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct Manifest {
    /// What every page depends on besides its dataset (the renderer, the shells, the options).
    pub build: String,
    /// The hash of the dataset `open/`'s page shows until its own dataset arrives.
    pub open: Option<String>,
    /// Each page by its slug (`.` for the single-article build's page).
    pub pages: BTreeMap<String, Recorded>,
}

/// One page.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Recorded {
    /// The SHA-256 of its dataset's bytes.
    pub key: String,
    /// How the index lists it.
    pub entry: Entry,
    /// What the checker said of its dataset, where it is shown in part.
    pub problems: Vec<String>,
}

impl Manifest {
    pub fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str(json).ok()
    }

    pub(crate) fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
