//! The view: one public component per file, each written with `view!`, taking the data it shows
//! as props and the shared state ([`crate::state`]) from context. The same components render
//! the prerendered page at build time, where the interactive ones are Leptos islands the browser
//! hydrates (`#[island]`, see [`crate::app`]), and render a dataset from elsewhere in the browser.
//!
//! A text from the dataset that shares a line with the page's own words is set in a `<bdi>`: its
//! direction is its own (a Hebrew source label reads right to left) and nothing in it can turn
//! the words around it (a stray right-to-left mark or override ends where the text ends).

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
mod loading_line;
mod mark;
mod new_tab_link;
mod note_card;
mod notes_panel;
mod notice_banner;
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
pub use article_view::{ARTICLE_END_ID, ArticleView, body};
pub use byline::Byline;
pub use card_content::{CardContent, title_id};
pub use context_details::ContextDetails;
pub use copy_link::CopyLink;
pub use disclosure_toggle::DisclosureToggle;
pub use endnotes::Endnotes;
pub use lead::Lead;
pub use legend::Legend;
pub use loading_line::LoadingLine;
pub use mark::{Mark, card_id, opener_id, trigger_id};
pub use new_tab_link::NewTabLink;
pub use note_card::{CardMention, NoteCards, show_open_card, take_over};
pub use notes_panel::{NoteChoice, NotesPanel, panel_edge};
pub use notice_banner::{Banner, NoticeBanner};
pub use poll_chart::PollChart;
pub use poll_details::PollDetails;
pub use poll_tables::PollTables;
pub use problem_page::ProblemPage;
pub use reading_options::ReadingOptions;
pub use reading_progress::ReadingProgress;
pub use source_list::SourceList;
pub use text_block::TextBlock;
pub use timeline::Timeline;
pub use whos_who::WhosWho;
