//! Chooses the dataset embedded in the build: `COMPANION_DATA` (a path, relative to this
//! folder or absolute), or `data/bound-to-russia.json`.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=COMPANION_DATA");
    let chosen = std::env::var("COMPANION_DATA").unwrap_or_else(|_| "data/bound-to-russia.json".to_owned());
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let path = manifest.join(&chosen);
    println!("cargo:rerun-if-changed={}", path.display());
    println!("cargo:rustc-env=COMPANION_DATASET_PATH={}", path.display());
}
