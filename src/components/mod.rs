//! The view: one public component per file, each taking the data it shows as props.

mod article_view;
mod disclosure_toggle;
mod keys;
mod note_card;
mod notes_panel;
mod reading_progress;
mod reading_tools;

pub use crate::markup::article::trigger_id;
pub use article_view::{ArticleView, switch_marks};
pub use disclosure_toggle::DisclosureToggle;
pub use note_card::{CARD_ID, NoteCard, bring_into_view, focus_mark};
pub use notes_panel::NotesPanel;
pub use reading_progress::ReadingProgress;
pub use reading_tools::ReadingTools;
