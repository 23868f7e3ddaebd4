//! Reading Companion: a long-form article with notes a reader opens by hovering, focusing or
//! tapping a phrase.
//!
//! The map: a **dataset** (JSON) is parsed and validated by the [`model`] into an article cut
//! into segments; the built-in one ([`data`]) is checked at build time and read by the wasm from
//! the page in a packed form ([`model::packed`]); [`placement`] is the layout maths for cards; [`card_state`] decides
//! which card is open and [`state`] holds that as the one piece of shared reactive state (Leptos
//! signals and effects). [`markup`] describes the page's parts as small trees, with the words from
//! [`labels`]; the [`components`] build their elements from those and wire them to the state with
//! effects and listeners ([`dom`]), composed by [`app`]. At build time [`prerender`] writes the
//! same descriptions as HTML, so the page reads before and without the wasm, and [`loader`]
//! makes its script loading fit a strict Content-Security-Policy, with [`boundary`] shortening
//! the names the wasm and its JavaScript glue call each other by.
//!
//! As a guest: [`launch`] reads `?embed` and `?data=` from the address; with the `open` feature
//! (the release's second build, in `open/`), [`remote`] loads a dataset from elsewhere, and
//! [`notice`] tells the reader what went wrong with it; in an embed, [`frame_height`] tells the
//! host page how tall the companion is.

pub mod app;
pub mod boundary;
pub mod card_state;
pub mod components;
pub mod data;
pub mod dom;
pub mod frame_height;
pub mod labels;
pub mod launch;
pub mod loader;
pub mod markup;
pub mod model;
pub mod notice;
pub mod placement;
pub mod prerender;
pub mod remote;
pub mod settings;
pub mod state;
pub mod timeline;
