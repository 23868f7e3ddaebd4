//! The embedded dataset and its one lazy parse. Which file is embedded is chosen at build time
//! (`COMPANION_DATA`, see `build.rs`); by default `data/bound-to-russia.json`.

use std::sync::LazyLock;

use crate::model::{Dataset, DatasetError};

/// The dataset built into the companion.
pub const EMBEDDED_JSON: &str = include_str!(env!("COMPANION_DATASET_PATH"));

static EMBEDDED: LazyLock<Result<Dataset, DatasetError>> = LazyLock::new(|| Dataset::from_json(EMBEDDED_JSON));

/// The embedded dataset, parsed once. The test `embedded_dataset_is_valid` keeps this `Ok`; should
/// it ever fail, the app shows the error instead of an article.
pub fn embedded() -> &'static Result<Dataset, DatasetError> {
    &EMBEDDED
}
