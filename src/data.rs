//! The built-in dataset and its one lazy read. Which file is built in is chosen at build time
//! (`COMPANION_DATA`, see `build.rs`); by default `data/bound-to-russia.json`.
//!
//! The build checks it and renders the article's page from it. `open/`, which renders in the
//! browser, gets it in its page as serde JSON of the validated dataset (see
//! [`crate::model::in_page`] and `prerender::dataset_script`), where its wasm reads it: the page
//! is compressed as one, so the dataset costs little more of the download than the article text
//! it repeats.

use std::sync::LazyLock;

use crate::model::{Dataset, DatasetError};

/// The dataset built into the companion, for the build-time tools and tests (the wasm reads the
/// page's copy, so this one is never linked into it).
pub const EMBEDDED_JSON: &str = include_str!(env!("COMPANION_DATASET_PATH"));

/// The id of the page's `<script type="application/json">` that holds the dataset.
pub const DATASET_ELEMENT_ID: &str = "companion-dataset";

static EMBEDDED: LazyLock<Result<Dataset, DatasetError>> = LazyLock::new(read);

/// The built-in dataset, read once. The build only writes a page for a valid one; should the
/// page's copy be missing or damaged, the app shows that instead of an article.
pub fn embedded() -> &'static Result<Dataset, DatasetError> {
    &EMBEDDED
}

/// The page's copy of the dataset, read by serde.
#[cfg(target_arch = "wasm32")]
fn read() -> Result<Dataset, DatasetError> {
    use crate::model::in_page::from_page_json;
    use crate::model::{Problem, ProblemKind};
    let text =
        leptos::prelude::document().get_element_by_id(DATASET_ELEMENT_ID).and_then(|script| script.text_content());
    text.as_deref()
        .and_then(from_page_json)
        .ok_or_else(|| DatasetError::Invalid(vec![Problem::new(".", ProblemKind::NotInPage)]))
}

/// The built-in dataset, checked as the build checks it.
#[cfg(not(target_arch = "wasm32"))]
fn read() -> Result<Dataset, DatasetError> {
    Dataset::from_json(EMBEDDED_JSON)
}
