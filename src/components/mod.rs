//! The view: one public component per file, each taking the data it shows as props.

mod actor_body;
mod article_view;
mod context_body;
mod copy_link;
mod dataset_problem;
mod disclosure_toggle;
mod keys;
mod load_banner;
mod note_card;
mod notes_panel;
mod poll_body;
mod poll_chart;
mod poll_table;
mod reading_progress;
mod reading_tools;
mod source_list;
mod timeline;
mod whos_who;

pub use crate::markup::article::trigger_id;
pub use actor_body::ActorBody;
pub use article_view::{ArticleView, switch_marks};
pub use context_body::ContextBody;
pub use copy_link::CopyLink;
pub use dataset_problem::DatasetProblem;
pub use disclosure_toggle::DisclosureToggle;
pub use load_banner::LoadBanner;
pub use note_card::{CARD_ID, NoteCard, bring_into_view, focus_mark};
pub use notes_panel::NotesPanel;
pub use poll_body::PollBody;
pub use poll_chart::PollChart;
pub use poll_table::PollTable;
pub use reading_progress::ReadingProgress;
pub use reading_tools::ReadingTools;
pub use source_list::SourceList;
pub use timeline::Timeline;
pub use whos_who::WhosWho;
