//! The view: one public component per file, each a function that builds its element from
//! [`crate::markup`], wires it to the shared state with effects and listeners ([`crate::dom`]),
//! and takes the data it shows as arguments.

mod article_view;
mod disclosure_toggle;
mod keys;
mod note_card;
mod notes_panel;
mod reading_progress;
mod reading_tools;

pub use crate::markup::article::trigger_id;
pub use article_view::{Prerendered, article_view, switch_marks};
pub use disclosure_toggle::disclosure_toggle;
pub use note_card::{CARD_ID, bring_into_view, focus_mark, note_card};
pub use notes_panel::notes_panel;
pub use reading_progress::reading_progress;
pub use reading_tools::reading_tools;
