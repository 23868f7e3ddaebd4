//! The embedded dataset and its one lazy parse. Which file is embedded is chosen at build time
//! (`COMPANION_DATA`, see `build.rs`); by default `data/bound-to-russia.json`.
//!
//! The build writes its JSON into the page (see [`crate::prerender::dataset_script`]), where the
//! wasm reads it: the page is compressed as one, so the dataset costs little more of the download
//! than the article text it repeats, where a copy inside the wasm would cost it all again.

use std::sync::LazyLock;

use crate::model::{Dataset, DatasetError, Problem, ProblemKind};

/// The dataset built into the companion, for the build-time tools and tests (the wasm reads the
/// page's copy, so this one is never linked into it).
pub const EMBEDDED_JSON: &str = include_str!(env!("COMPANION_DATASET_PATH"));

/// The id of the page's `<script type="application/json">` that holds the dataset.
pub const DATASET_ELEMENT_ID: &str = "companion-dataset";

static EMBEDDED: LazyLock<Result<Dataset, DatasetError>> = LazyLock::new(|| match embedded_json() {
    Some(json) => Dataset::from_json(&json),
    None => Err(DatasetError::Invalid(vec![Problem::new(".", ProblemKind::NotInPage)])),
});

/// The embedded dataset, parsed once. The test `embedded_dataset_is_valid` keeps this `Ok`; should
/// it ever fail, the app shows the error instead of an article.
pub fn embedded() -> &'static Result<Dataset, DatasetError> {
    &EMBEDDED
}

#[cfg(target_arch = "wasm32")]
fn embedded_json() -> Option<String> {
    crate::dom::document().get_element_by_id(DATASET_ELEMENT_ID)?.text_content()
}

#[cfg(not(target_arch = "wasm32"))]
fn embedded_json() -> Option<String> {
    Some(EMBEDDED_JSON.to_owned())
}
