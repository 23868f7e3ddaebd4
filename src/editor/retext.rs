//! "Edit the text": the text's blocks as fields, changed together and put in place with Done,
//! each note kept on its phrase (or named when its phrase is gone), and a first paragraph taken
//! for the headline made text again.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::Editing;
use super::text_pane::text_direction;
use super::words::use_words;
use crate::i18n::{EditorWords, fill};
use crate::model::{BlockKind, Draft, RawBlock};

/// Each block's text, in order: what the fields start from.
pub(super) fn current_texts(draft: &Draft) -> Vec<String> {
    draft.article.blocks.iter().map(|b| b.text.clone()).collect()
}

/// The fields, while `changing` holds the text being changed; `said` is where the pane tells
/// what came of it.
#[component]
pub(super) fn Retext(changing: RwSignal<Option<Vec<String>>>, said: RwSignal<Option<String>>) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let w = use_words();
    // The blocks as they were before the headline was made text, so that Cancel puts them back.
    let before_headline = StoredValue::new(None::<Vec<RawBlock>>);
    let close = move || {
        before_headline.set_value(None);
        changing.set(None);
    };
    let done = move |_| {
        let Some(texts) = changing.get_untracked() else { return };
        let moved = before_headline.with_value(Option::is_some);
        // Which notes lost their phrase, by index (no sort: the editor's wasm carries none for it).
        let mut lost: Vec<bool> = Vec::new();
        let mut changed = moved;
        editing.draft.update(|draft| {
            lost = vec![false; draft.notes.len()];
            for (block, text) in texts.iter().enumerate() {
                if draft.article.blocks.get(block).is_some_and(|b| &b.text != text) {
                    changed = true;
                    for note in draft.set_block_text(block, text) {
                        lost[note] = true;
                    }
                }
            }
        });
        let lost: Vec<usize> = (0..lost.len()).filter(|&i| lost[i]).collect();
        said.set(Some(editing.draft.with_untracked(|d| changed_text_words(d, changed, &lost, w))));
        close();
    };
    let cancel = move |_| {
        if let Some(blocks) = before_headline.get_value() {
            editing.draft.update(|d| d.article.blocks = blocks);
        }
        close();
    };
    let first_is_text = move |_| {
        let blocks = editing.draft.with_untracked(|d| d.article.blocks.clone());
        editing.draft.update(Draft::headline_to_paragraph);
        // The fields keep what was typed in them: each moves down one place, under a new,
        // empty headline.
        changing.update(|texts| {
            if let Some(texts) = texts {
                texts.insert(0, String::new());
            }
        });
        if before_headline.with_value(Option::is_none) {
            before_headline.set_value(Some(blocks));
        }
        request_animation_frame(|| {
            if let Some(field) =
                document().get_element_by_id("editor-block-0").and_then(|f| f.dyn_into::<HtmlElement>().ok())
            {
                _ = field.focus();
            }
        });
    };
    move || {
        let texts = changing.get()?;
        let kinds: Vec<BlockKind> = editing.draft.with(|d| d.article.blocks.iter().map(|b| b.kind).collect());
        let (language, direction) = editing.draft.with(|d| (d.language.clone(), text_direction(d)));
        let headline_first =
            kinds.first() == Some(&BlockKind::Headline) && texts.first().is_some_and(|t| !t.trim().is_empty());
        let fields = (texts.into_iter().enumerate())
            .map(|(block, text)| {
                let id = format!("editor-block-{block}");
                let label = match kinds.get(block) {
                    Some(BlockKind::Headline) => w.headline.to_owned(),
                    _ => fill(w.block_n, &[("n", &block.to_string())]),
                };
                let set = move |ev| {
                    let value = event_target_value(&ev);
                    changing.update(|t| {
                        if let Some(slot) = t.as_mut().and_then(|t| t.get_mut(block)) {
                            *slot = value;
                        }
                    });
                };
                view! {
                    <div class="editor__field">
                        <label for=id.clone()>{label}</label>
                        <textarea
                            id=id
                            rows="3"
                            data-path=format!("article.blocks[{block}].text")
                            lang=language.clone()
                            dir=direction
                            prop:value=text
                            on:input=set
                        ></textarea>
                    </div>
                }
            })
            .collect_view();
        Some(view! {
            <div class="editor__retext">
                {headline_first.then(|| view! {
                    <button type="button" class="button" on:click=first_is_text>
                        {w.headline_first}
                    </button>
                })}
                {fields}
                <div class="editor__actions">
                    <button type="button" class="button button--primary" on:click=done>{w.done}</button>
                    <button type="button" class="button" on:click=cancel>{w.cancel}</button>
                </div>
            </div>
        })
    }
}

/// What the editor says once the text is put in place: that nothing changed, that every note
/// still finds its phrase, or which do not.
fn changed_text_words(draft: &Draft, changed: bool, lost: &[usize], w: &EditorWords) -> String {
    if !changed {
        return w.text_unchanged.to_owned();
    }
    if lost.is_empty() {
        return w.text_changed.to_owned();
    }
    let names: Vec<String> =
        (lost.iter()).filter_map(|&i| Some(format!("{}. {}", i + 1, draft.notes.get(i)?.title))).collect();
    fill(w.text_lost, &[("notes", &names.join("; "))])
}
