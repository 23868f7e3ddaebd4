//! The view: one public component per file, each taking the data it shows as props.

mod actor_body;
mod article_view;
mod block_text;
mod context_body;
mod copy_link;
mod dataset_problem;
mod endnotes;
mod keys;
mod legend;
mod note_card;
mod note_trigger;
mod poll_body;
mod poll_chart;
mod reading_progress;
mod reading_tools;
mod source_list;

pub use actor_body::ActorBody;
pub use article_view::ArticleView;
pub use block_text::BlockText;
pub use context_body::ContextBody;
pub use copy_link::CopyLink;
pub use dataset_problem::DatasetProblem;
pub use endnotes::Endnotes;
pub use legend::Legend;
pub use note_card::{CARD_ID, NoteCard, bring_into_view, focus_mark};
pub use note_trigger::{NoteTrigger, trigger_id};
pub use poll_body::PollBody;
pub use poll_chart::PollChart;
pub use reading_progress::ReadingProgress;
pub use reading_tools::ReadingTools;
pub use source_list::SourceList;
