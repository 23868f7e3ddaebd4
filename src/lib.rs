//! Reading Companion: a long-form article with notes a reader opens by hovering, focusing or
//! tapping a phrase.
//!
//! The map: a **dataset** (JSON) is read by serde and validated by the [`model`] into an article
//! cut into segments; the built-in one ([`data`]) is checked at build time, and the article's wasm
//! knows it only as a [`model::NoteIndex`] of its notes and mentions. [`card_state`] decides which card is open, as a pure reducer,
//! and [`state`] holds it and the reader's other choices as the shared reactive state. The
//! [`components`] are Leptos components (`view!`), composed by [`app`]; [`placement`] is the
//! layout maths for cards, [`focus`] moves focus between marks and the card, and [`labels`]
//! holds the words shown for model values. [`start`] starts the page this build is for (the
//! wasm's `main` only calls it), and `storage` is the browser's storage, where the page may use it.
//!
//! At build time [`prerender`] renders the same components to HTML, so the page reads before and
//! without the wasm, and the wasm hydrates its islands; [`site`] writes that page for one dataset
//! or a folder of them (`companion-site`) into the shell Trunk built once, whose files every page
//! shares, and [`loader`] makes the shell's script loading fit a strict Content-Security-Policy.
//!
//! As a guest: [`launch`] reads `?embed` and `?data=` from the address; with the `open` feature
//! (the release's second build, in `open/`), [`open`] renders a dataset that [`remote`] loads
//! from elsewhere, and [`notice`] tells the reader what went wrong with it; in an embed,
//! [`frame_height`] tells the host page how tall the companion is, and [`host_view`] hears from
//! it which part of the frame is in view. With the `edit` feature (the release's third build, in
//! `edit/`), the [`editor`] makes a dataset for another text.
//!
//! The crate's API is what the wasm's `main`, the build-time tools and the tests use: `app`,
//! `data`, `i18n`, `launch`, `loader`, `model`, `notice`, `prerender`, `report`, `site` and
//! `start`. The rest is `pub(crate)`, so an item no build uses is reported. Inside those modules
//! the same holds item by item: an item is `pub` when a tool or a test names it, or a public
//! item's fields or signature show it (the dataset's types are the model's API whole).

// The page's view type is deep: islands nest the whole page inside the app's root.
#![recursion_limit = "256"]

pub mod app;
pub(crate) mod card_state;
pub(crate) mod components;
pub mod data;
#[cfg(feature = "edit")]
pub(crate) mod editor;
#[cfg(feature = "open")]
pub(crate) mod fetched_words;
pub(crate) mod focus;
pub(crate) mod frame_height;
pub(crate) mod host_view;
pub mod i18n;
pub(crate) mod ids;
pub(crate) mod keys;
pub(crate) mod labels;
pub mod launch;
pub(crate) mod links;
#[cfg(feature = "ssr")]
pub mod loader;
pub mod model;
pub mod notice;
#[cfg(feature = "open")]
// The editor's build carries `open/`'s reader, but starts the editor.
#[cfg_attr(feature = "edit", allow(dead_code))]
pub(crate) mod open;
pub(crate) mod placement;
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(feature = "open")]
#[cfg_attr(feature = "edit", allow(dead_code))]
pub(crate) mod remote;
pub mod report;
pub(crate) mod settings;
#[cfg(feature = "ssr")]
pub mod site;
#[cfg(any(feature = "ssr", feature = "edit"))]
pub(crate) mod slug;
pub mod start;
pub(crate) mod state;
pub(crate) mod storage;
pub(crate) mod timeline;
