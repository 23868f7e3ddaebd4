//! The view: one public component per file, each written with `view!`, taking the data it shows
//! as props and the shared state ([`crate::state`]) from context.
//!
//! # Islands: one component, three renders
//!
//! - At build time (`ssr` with `islands`) every component renders to HTML: the page a reader has
//!   before any script, cards and all.
//! - The article page's wasm (`hydrate` with `islands`) holds only the components that change or
//!   answer input, the islands, and hydrates them in place; the rest stays HTML. An island's props
//!   travel in its `data-props` as JSON (serde_json), so they are few and small: a copy-link
//!   button gets its note's id, not the note. A mark is no island: the app keeps every mark in
//!   step from one place, so a long article costs no more per mark than its HTML.
//! - `open/` and the editor's preview (`open`, no `islands`) render every component in the
//!   browser, islands as ordinary components.
//!
//! So an island is written once, for both: `#[cfg_attr(feature = "islands", island)]` over
//! `#[cfg_attr(not(feature = "islands"), component)]` (see [`CopyLink`]). The islands with children
//! (`Companion` in [`crate::app`], [`NoteCards`]'s card, the panel) are the exception, written
//! twice: an island's children are type-erased (`Children`), which in a page rendered in the
//! browser carried the code to rebuild views that are only ever built once (87 KB of the
//! `open/` wasm, measured: `docs/performance.md`), so without islands they take `TypedChildren`.
//! The hydration handshake with the start script is [`crate::app`]'s `hydration` module.
//!
//! A text from the dataset that shares a line with the page's own words is set in a `<bdi>`: its
//! direction is its own (a Hebrew source label reads right to left) and nothing in it can turn
//! the words around it (a stray right-to-left mark or override ends where the text ends). Where
//! the text is the whole of an inline element (a link, a `<strong>`), that element has
//! `dir="auto"` instead, which isolates it the same way (HTML gives an element with `dir`
//! `unicode-bidi: isolate`), without a `<bdi>` inside it. A block keeps its `<bdi>`: `dir` on
//! it would also set its alignment and its list marker's side.

mod actor_details;
mod article_view;
mod byline;
mod card_content;
mod context_details;
mod copy_link;
mod disclosure_toggle;
mod endnotes;
mod lead;
mod legend;
#[cfg(any(feature = "open", feature = "ssr"))]
mod loading_line;
mod mark;
mod new_tab_link;
mod note_card;
mod notes_panel;
mod notice_banner;
mod open_card;
mod poll_chart;
mod poll_details;
mod poll_tables;
mod problem_page;
mod reading_options;
mod reading_progress;
mod source_list;
mod text_block;
mod timeline;
mod whos_who;

pub use actor_details::ActorDetails;
pub use article_view::ArticleView;
pub use byline::Byline;
pub use card_content::CardContent;
pub use context_details::ContextDetails;
pub use copy_link::CopyLink;
pub use disclosure_toggle::DisclosureToggle;
pub use endnotes::Endnotes;
pub use lead::Lead;
pub use legend::Legend;
#[cfg(any(feature = "open", feature = "ssr"))]
pub use loading_line::LoadingLine;
pub use mark::{Mark, MarkLooks};
pub use new_tab_link::NewTabLink;
pub use note_card::{CardMention, NoteCards};
pub use notes_panel::{NoteChoice, NotesPanel, panel_edge, right_to_left};
pub use notice_banner::Banner;
pub use open_card::{show_open_card, take_over};
pub use poll_chart::PollChart;
pub use poll_details::PollDetails;
pub use poll_tables::PollTables;
pub use problem_page::ProblemPage;
pub use reading_options::{LanguageChoice, ReadingOptions};
pub use reading_progress::ReadingProgress;
pub use source_list::SourceList;
pub use text_block::TextBlock;
pub use timeline::Timeline;
pub use whos_who::WhosWho;
