//! The host side of embedding: the script a news page includes stays small and dependency-free,
//! and the example host page loads exactly that script with a matching integrity hash.
// The integrity hash is the build-time tools' (`ssr`).
#![cfg(feature = "ssr")]

use reading_companion::loader::sri;

const EMBED_JS: &str = include_str!("../src/embed.js");
const NEWS_PAGE: &str = include_str!("../examples/news-page.html");

/// It fits frames, makes them from `<div>`s, caps their height and tells them which part of them
/// is in view: 3 KB, uncompressed, for all of it.
#[test]
fn the_host_script_is_at_most_three_kilobytes_and_imports_nothing() {
    assert!(EMBED_JS.len() <= 3072, "embed.js is {} bytes", EMBED_JS.len());
    for dependency in ["import ", "require(", "fetch(", "eval(", "innerHTML"] {
        assert!(!EMBED_JS.contains(dependency), "embed.js uses {dependency:?}");
    }
}

#[test]
fn the_example_page_loads_the_host_script_with_its_integrity_hash() {
    let tag = format!(
        "<script src=\"/embed.js\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
        sri(EMBED_JS.as_bytes())
    );
    assert!(NEWS_PAGE.contains(&tag), "examples/news-page.html must include {tag}");
}
