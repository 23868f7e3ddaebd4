//! One block of the article: its element by kind, holding its text as plain runs and marks.

use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;

use super::Mark;
use crate::i18n::Words;
use crate::model::{Block, BlockKind, Segment, Written};

/// A paragraph, heading, caption, pull quote or disclaimer, with each mention as a [`Mark`], in
/// the language and direction of the text (the article around it is in the interface's).
#[component]
pub fn TextBlock(
    /// The block.
    block: &'static Block,
    /// The text's language and direction.
    written: Written<'static>,
) -> impl IntoView {
    let Written { lang, dir } = written;
    let runs = block
        .segments
        .iter()
        .map(|segment| match segment {
            Segment::Plain(range) => Either::Left(&block.text[range.clone()]),
            Segment::Marked { range, mention } => {
                Either::Right(view! { <Mark mention=*mention text=block.text[range.clone()].to_owned() /> })
            }
        })
        .collect_view();
    let id = block.id.as_str();
    match block.kind {
        BlockKind::Headline => {
            EitherOf4::A(view! { <h1 class="article__headline" data-block=id lang=lang dir=dir>{runs}</h1> })
        }
        BlockKind::Paragraph => EitherOf4::B(view! { <p data-block=id lang=lang dir=dir>{runs}</p> }),
        BlockKind::Pullquote => EitherOf4::C(
            view! { <blockquote class="article__pullquote" lang=lang dir=dir><p data-block=id>{runs}</p></blockquote> },
        ),
        BlockKind::Caption => {
            // The photo a caption is for is not reproduced: said so before it, in the page's
            // words (the block holds the dataset's text alone).
            let words = expect_context::<&'static Words>();
            EitherOf4::D(Either::Left(view! {
                <div class="article__caption">
                    <span class="article__photo">{words.photo_not_shown}</span>
                    " "
                    <p data-block=id lang=lang dir=dir>{runs}</p>
                </div>
            }))
        }
        kind => {
            let class = if kind == BlockKind::Standfirst { "article__standfirst" } else { "article__disclaimer" };
            EitherOf4::D(Either::Right(view! { <p class=class data-block=id lang=lang dir=dir>{runs}</p> }))
        }
    }
}
