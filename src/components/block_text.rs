//! A block's text: plain runs as text nodes, marked runs as [`NoteTrigger`]s.

use leptos::either::Either;
use leptos::prelude::*;

use super::NoteTrigger;
use crate::model::{Block, Dataset, Segment};

/// The segments of one block, in order; together they are the block's text exactly.
#[component]
pub fn BlockText(
    /// The dataset, to know each mention's note.
    dataset: &'static Dataset,
    /// The block to render.
    block: &'static Block,
) -> impl IntoView {
    block
        .segments
        .iter()
        .map(|segment| match segment {
            Segment::Plain(range) => Either::Left(&block.text[range.clone()]),
            Segment::Marked { range, mention } => {
                let note = dataset.note_of(*mention);
                let text = block.text[range.clone()].to_owned();
                Either::Right(view! { <NoteTrigger mention=*mention kind=note.kind() note=note.id.as_str() reference=note.number note_id=dataset.mentions[mention.0].note text /> })
            }
        })
        .collect_view()
}
