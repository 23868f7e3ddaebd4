//! The text being annotated, with its mentions marked: selecting words in it chooses a phrase
//! for the phrase bar, and "Edit the text" changes it.

use std::ops::Range;

use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use super::retext::{Retext, current_texts};
use super::words::use_words;
use super::{Editing, Picked};
use crate::i18n::fill;
use crate::model::{BlockKind, Direction, Draft, Segment, anchor_for, segment};

/// The text, block by block, each mention a mark that leads to its note. Selecting words in a
/// block (not the headline, which is the title) chooses them for the bar.
#[component]
pub(super) fn TextPane() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let w = use_words();
    let hint = RwSignal::new(None::<&'static str>);
    let listener = EventListener::new(&document(), "selectionchange", move |_| {
        if let Some((block, range)) = selected_range() {
            let headline = editing
                .draft
                .with_untracked(|d| d.article.blocks.get(block).map(|b| b.kind) == Some(BlockKind::Headline));
            if headline {
                hint.set(Some(w.headline_hint));
                return;
            }
            let anchor = editing.draft.with_untracked(|d| anchor_for(&d.texts(), block, range));
            hint.set(None);
            if let Some(anchor) = anchor {
                editing.picked.set(Some(Picked { block, anchor }));
            }
        }
    });
    // Dropped, and so removed, with the pane.
    StoredValue::new_local(listener);
    let blocks = move || {
        let verdict = editing.verdict.get();
        editing.draft.with(|draft| {
            (draft.article.blocks.iter().enumerate())
                .map(|(index, block)| {
                    let marks: Vec<(Range<usize>, usize)> = (verdict.marks.iter())
                        .filter(|(b, _, _)| *b == index)
                        .map(|(_, range, note)| (range.clone(), *note))
                        .collect();
                    let runs = (segment(block.text.len(), &marks).into_iter())
                        .map(|run| match run {
                            Segment::Plain(range) => block.text[range].to_owned().into_any(),
                            Segment::Marked { range, mention: note } => {
                                let kind = draft.notes.get(note).map_or("context", |n| n.kind.as_str());
                                view! {
                                    <mark class=format!("editor__mark editor__mark--{kind}")>{block.text[range].to_owned()}</mark>
                                    // For the mouse: a keyboard reaches every note in the note list,
                                    // and Tab from the text goes straight on to "Find a phrase".
                                    <button type="button" class="editor__to-note" tabindex="-1" on:click=move |_| editing.go_to(Some(note), "")>
                                        <span class="visually-hidden">{fill(w.mark_note, &[("n", &(note + 1).to_string())])}</span>
                                        <span aria-hidden="true">{format!("{}", note + 1)}</span>
                                    </button>
                                }
                                .into_any()
                            }
                        })
                        .collect_view();
                    let tag = if block.kind == BlockKind::Headline { "editor__headline" } else { "editor__block" };
                    view! {
                        <p class=format!("{tag} editor__block--{}", kind_name(block.kind)) data-block=index>
                            {runs}
                        </p>
                    }
                })
                .collect_view()
        })
    };
    // The text as it is being changed, block by block, while the author edits it.
    let changing = RwSignal::new(None::<Vec<String>>);
    let said = RwSignal::new(None::<String>);
    let start_changing = move |_| {
        said.set(None);
        changing.set(Some(editing.draft.with_untracked(current_texts)));
    };
    view! {
        <section class="editor__text" aria-labelledby="editor-text-title">
            <h2 id="editor-text-title">{w.text_heading}</h2>
            <p class="editor__hint">{w.text_hint}</p>
            {move || hint.get().map(|text| view! { <p class="editor__hint" role="status">{text}</p> })}
            <p class="editor__hint" role="status">{move || said.get()}</p>
            <button type="button" class="button" hidden=move || changing.with(Option::is_some) on:click=start_changing>
                {w.edit_text}
            </button>
            <div
                class="editor__page"
                hidden=move || changing.with(Option::is_some)
                lang=move || editing.draft.with(|d| d.language.clone())
                dir=move || editing.draft.with(text_direction)
            >
                {blocks}
            </div>
            <Retext changing said />
        </section>
    }
}

/// The way the text runs, as the companion will set it: the draft's direction, else its
/// language's, else as each block's first letters say (`auto`).
pub(super) fn text_direction(draft: &Draft) -> &'static str {
    match (draft.direction, draft.language.as_deref()) {
        (Some(direction), _) => direction.as_str(),
        (None, Some(language)) => Direction::of_language(language).as_str(),
        (None, None) => "auto",
    }
}

/// The class suffix of a block kind.
fn kind_name(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Headline => "headline",
        BlockKind::Standfirst => "standfirst",
        BlockKind::Caption => "caption",
        BlockKind::Paragraph => "paragraph",
        BlockKind::Pullquote => "pullquote",
        BlockKind::Disclaimer => "disclaimer",
    }
}

/// A kind of block's place in the catalogue's list of them ([`crate::i18n::EditorWords::block_kinds`]).
pub(super) fn block_index(kind: BlockKind) -> usize {
    match kind {
        BlockKind::Headline => 0,
        BlockKind::Standfirst => 1,
        BlockKind::Caption => 2,
        BlockKind::Paragraph => 3,
        BlockKind::Pullquote => 4,
        BlockKind::Disclaimer => 5,
    }
}

/// The block and byte range of the page's selection, where it lies within one block of the text.
fn selected_range() -> Option<(usize, std::ops::Range<usize>)> {
    let selection = window().get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let block_of = |node: Node| -> Option<Element> {
        let element = if node.node_type() == Node::ELEMENT_NODE {
            node.dyn_into::<Element>().ok()?
        } else {
            node.parent_element()?
        };
        element.closest(".editor__page [data-block]").ok()?
    };
    let block = block_of(range.start_container().ok()?)?;
    if block_of(range.end_container().ok()?)? != block {
        return None;
    }
    let index: usize = block.get_attribute("data-block")?.parse().ok()?;
    // The text before each end of the selection, counted from the block's start, gives its
    // byte offsets (the note numbers beside marks are not part of the text).
    let offset = |container: Node, at: u32| -> Option<usize> {
        let before = document().create_range().ok()?;
        before.select_node_contents(&block).ok()?;
        before.set_end(&container, at).ok()?;
        let fragment = before.clone_contents().ok()?;
        if let Ok(numbers) = fragment.query_selector_all(".editor__to-note") {
            for number in (0..numbers.length()).filter_map(|i| numbers.item(i)) {
                if let Some(parent) = number.parent_node() {
                    _ = parent.remove_child(&number);
                }
            }
        }
        Some(fragment.text_content().unwrap_or_default().len())
    };
    let start = offset(range.start_container().ok()?, range.start_offset().ok()?)?;
    let end = offset(range.end_container().ok()?, range.end_offset().ok()?)?;
    Some((index, start..end))
}
