//! The text being annotated, with its mentions marked, and the bar for the phrase chosen in it:
//! selected with a mouse or a finger, or found by typing it.

use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};

use super::{Editing, Picked};
use crate::model::{BlockKind, Blocks, Direction, Draft, NoteKind, Quote, anchor_for};

/// How many places a typed phrase lists.
const PLACES: usize = 12;

/// The text, block by block, each mention a mark that leads to its note. Selecting words in a
/// block (not the headline, which is the title) chooses them for the bar.
#[component]
pub fn TextPane() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let hint = RwSignal::new(None::<&'static str>);
    let listener = EventListener::new(&document(), "selectionchange", move |_| {
        if let Some((block, range)) = selected_range() {
            let headline = editing
                .draft
                .with_untracked(|d| d.article.blocks.get(block).map(|b| b.kind) == Some(BlockKind::Headline));
            if headline {
                hint.set(Some("The headline is the title: notes are marked in the text below it."));
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
                    let mut runs = Vec::new();
                    let mut at = 0;
                    for (_, range, note) in verdict.marks.iter().filter(|(b, _, _)| *b == index) {
                        if range.start < at || range.end > block.text.len() {
                            continue;
                        }
                        runs.push(view! { {block.text[at..range.start].to_owned()} }.into_any());
                        let note = *note;
                        let kind = draft.notes.get(note).map_or("context", |n| n.kind.as_str());
                        let text = block.text[range.clone()].to_owned();
                        runs.push(
                            view! {
                                <mark class=format!("editor__mark editor__mark--{kind}")>{text}</mark>
                                // For the mouse: a keyboard reaches every note in the note list,
                                // and Tab from the text goes straight on to "Find a phrase".
                                <button type="button" class="editor__to-note" tabindex="-1" on:click=move |_| editing.go_to(Some(note), "")>
                                    <span class="visually-hidden">{format!("(note {})", note + 1)}</span>
                                    <span aria-hidden="true">{format!("{}", note + 1)}</span>
                                </button>
                            }
                            .into_any(),
                        );
                        at = range.end;
                    }
                    runs.push(view! { {block.text[at..].to_owned()} }.into_any());
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
    // The text as it is being changed, block by block, while the reader edits it.
    let changing = RwSignal::new(None::<Vec<String>>);
    let said = RwSignal::new(None::<String>);
    let start_changing = move |_| {
        said.set(None);
        changing.set(Some(editing.draft.with_untracked(|d| d.article.blocks.iter().map(|b| b.text.clone()).collect())));
    };
    let done = move |_| {
        let Some(texts) = changing.get_untracked() else { return };
        // Which notes lost their phrase, by index (no sort: the editor's wasm carries none for it).
        let mut lost: Vec<bool> = Vec::new();
        editing.draft.update(|draft| {
            lost = vec![false; draft.notes.len()];
            for (block, text) in texts.iter().enumerate() {
                if draft.article.blocks.get(block).is_some_and(|b| &b.text != text) {
                    for note in draft.set_block_text(block, text) {
                        lost[note] = true;
                    }
                }
            }
        });
        let lost: Vec<usize> = (0..lost.len()).filter(|&i| lost[i]).collect();
        said.set(Some(editing.draft.with_untracked(|d| changed_text_words(d, &lost))));
        changing.set(None);
    };
    let first_is_text = move |_| {
        editing.draft.update(Draft::headline_to_paragraph);
        changing.set(Some(editing.draft.with_untracked(|d| d.article.blocks.iter().map(|b| b.text.clone()).collect())));
        request_animation_frame(|| {
            if let Some(field) =
                document().get_element_by_id("editor-block-0").and_then(|f| f.dyn_into::<HtmlElement>().ok())
            {
                _ = field.focus();
            }
        });
    };
    let fields = move || {
        let texts = changing.get()?;
        let kinds: Vec<BlockKind> = editing.draft.with(|d| d.article.blocks.iter().map(|b| b.kind).collect());
        let (language, direction) = editing.draft.with(|d| (d.language.clone(), text_direction(d)));
        let headline_first =
            kinds.first() == Some(&BlockKind::Headline) && texts.first().is_some_and(|t| !t.trim().is_empty());
        let fields = (texts.into_iter().enumerate())
            .map(|(block, text)| {
                let id = format!("editor-block-{block}");
                let label = match kinds.get(block) {
                    Some(BlockKind::Headline) => "Headline".to_owned(),
                    _ => format!("Block {block}"),
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
        Some(
            view! {
                <div class="editor__retext">
                    {headline_first.then(|| view! {
                        <button type="button" class="button" on:click=first_is_text>
                            "The headline is the first paragraph: add a headline before it"
                        </button>
                    })}
                    {fields}
                    <div class="editor__actions">
                        <button type="button" class="button button--primary" on:click=done>"Done"</button>
                        <button type="button" class="button" on:click=move |_| changing.set(None)>"Cancel"</button>
                    </div>
                </div>
            }
            .into_any(),
        )
    };
    view! {
        <section class="editor__text" aria-labelledby="editor-text-title">
            <h2 id="editor-text-title">"Your text"</h2>
            <p class="editor__hint">"Select a phrase to write a note on it, or to add it as another mention of a note."</p>
            {move || hint.get().map(|text| view! { <p class="editor__hint" role="status">{text}</p> })}
            <p class="editor__hint" role="status">{move || said.get()}</p>
            <button type="button" class="button" hidden=move || changing.with(Option::is_some) on:click=start_changing>
                "Edit the text"
            </button>
            <div
                class="editor__page"
                hidden=move || changing.with(Option::is_some)
                lang=move || editing.draft.with(|d| d.language.clone())
                dir=move || editing.draft.with(text_direction)
            >
                {blocks}
            </div>
            {fields}
        </section>
    }
}

/// The way the text runs, as the companion will set it: the draft's direction, else its
/// language's, else as each block's first letters say (`auto`).
fn text_direction(draft: &Draft) -> &'static str {
    match (draft.direction, draft.language.as_deref()) {
        (Some(direction), _) => direction.as_str(),
        (None, Some(language)) => Direction::of_language(language).as_str(),
        (None, None) => "auto",
    }
}

/// What the editor says once the text is changed: that every note still finds its phrase, or
/// which do not.
fn changed_text_words(draft: &Draft, lost: &[usize]) -> String {
    if lost.is_empty() {
        return "The text is changed, and every note still finds its phrase.".to_owned();
    }
    let names: Vec<String> =
        (lost.iter()).filter_map(|&i| Some(format!("{}. {}", i + 1, draft.notes.get(i)?.title))).collect();
    format!(
        "The text is changed. No longer found: {}. Choose their phrase again, or put their words back.",
        names.join("; ")
    )
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

/// The phrase chosen, and what can be done with it: a new note of each kind, or another mention
/// of a note there is. A phrase can also be typed here, and its place chosen from a list.
#[component]
pub fn PhraseBar() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let typed = RwSignal::new(String::new());
    let every = RwSignal::new(false);
    let target = RwSignal::new(None::<usize>);
    // Where a typed phrase occurs: block, byte range and a few words around it.
    let places = Memo::new(move |_| {
        let phrase = typed.get();
        if phrase.trim().is_empty() {
            return Vec::new();
        }
        editing.draft.with(|draft| {
            let texts = draft.texts();
            let search = Blocks::new(&texts);
            let blocks = &draft.article.blocks;
            let found: Vec<(usize, std::ops::Range<usize>)> =
                (search.occurrences(Quote { exact: phrase.trim(), prefix: "", suffix: "" }).into_iter())
                    .filter(|(block, _)| blocks[*block].kind != BlockKind::Headline)
                    .collect();
            let total = found.len();
            (found.into_iter().enumerate().take(PLACES))
                .map(|(i, (block, range))| {
                    let text = texts[block].1;
                    let from = text[..range.start].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
                    let to = text[range.end..].char_indices().nth(30).map_or(text.len(), |(i, _)| range.end + i);
                    // Which one it is, and where: the same words can stand in the same words
                    // around them ("3 of 5, paragraph 4").
                    let kind = blocks[block].kind;
                    let nth = blocks[..=block].iter().filter(|b| b.kind == kind).count();
                    let place = format!("{} of {total}, {} {nth}", i + 1, kind_name(kind));
                    (block, range.clone(), place, format!("…{}…", &text[from..to]))
                })
                .collect::<Vec<_>>()
        })
    });
    let choose_place = move |block: usize, range: std::ops::Range<usize>| {
        let anchor = editing.draft.with_untracked(|d| anchor_for(&d.texts(), block, range));
        if let Some(anchor) = anchor {
            editing.picked.set(Some(super::Picked { block, anchor }));
        }
    };
    let anchor = move || {
        editing.picked.get().map(|picked| {
            let mut anchor = picked.anchor;
            if every.get() {
                anchor.prefix.clear();
                anchor.suffix.clear();
                anchor.every = true;
            }
            anchor
        })
    };
    let create = move |kind: NoteKind| {
        let Some(anchor) = anchor() else { return };
        let title = anchor.exact.clone();
        let index = editing.draft.try_update(|d| d.add_note(kind, &title, anchor));
        editing.picked.set(None);
        every.set(false);
        if let Some(index) = index {
            editing.go_to(Some(index), &format!("notes[{index}].title"));
        }
    };
    let add_mention = move |_| {
        let (Some(anchor), Some(note)) = (anchor(), target.get_untracked()) else { return };
        editing.draft.update(|d| {
            if let Some(note) = d.notes.get_mut(note) {
                note.anchors.push(anchor);
            }
        });
        editing.picked.set(None);
        every.set(false);
        editing.go_to(Some(note), "");
    };
    let note_options = move || {
        editing.draft.with(|d| {
            (d.notes.iter().enumerate())
                .map(|(i, n)| view! { <option value=i.to_string()>{format!("{}. {}", i + 1, n.title)}</option> })
                .collect_view()
        })
    };
    view! {
        <section class="editor__phrase" aria-labelledby="editor-phrase-title">
            <h2 id="editor-phrase-title">"Phrase"</h2>
            <label class="editor__field" for="editor-find">"Find a phrase in the text"</label>
            <input id="editor-find" type="search" prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev)) />
            {move || {
                let places = places.get();
                (!typed.get().trim().is_empty()).then(|| {
                    if places.is_empty() {
                        view! { <p class="editor__hint" role="status">"Not in the text as typed (notes are marked in whole words)."</p> }.into_any()
                    } else {
                        view! {
                            <ul class="editor__places" aria-label="Places">
                                {places.into_iter().map(|(block, range, place, around)| view! {
                                    <li>
                                        <button type="button" class="button editor__place" on:click=move |_| choose_place(block, range.clone())>
                                            <span class="editor__where">{place}</span>
                                            ": "
                                            {around}
                                        </button>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                })
            }}
            {move || match editing.picked.get() {
                None => view! { <p class="editor__hint">"No phrase chosen: select one in the text, or find it here."</p> }.into_any(),
                Some(picked) => view! {
                    <p class="editor__picked" role="status">
                        "Chosen: “" <bdi>{picked.anchor.exact.clone()}</bdi> "”"
                        {(!picked.anchor.prefix.is_empty() || !picked.anchor.suffix.is_empty()).then(|| view! {
                            <span class="editor__hint">" (told apart from the same words elsewhere by what stands around it)"</span>
                        })}
                    </p>
                    <label class="editor__check">
                        <input type="checkbox" prop:checked=move || every.get() on:change=move |ev| every.set(event_target_checked(&ev)) />
                        " Mark every occurrence of these words"
                    </label>
                    <div class="editor__row" role="group" aria-label="New note on it">
                        <button type="button" class="button" on:click=move |_| create(NoteKind::Actor)>"New actor"</button>
                        <button type="button" class="button" on:click=move |_| create(NoteKind::Poll)>"New poll figure"</button>
                        <button type="button" class="button" on:click=move |_| create(NoteKind::Context)>"New context note"</button>
                    </div>
                    {move || editing.draft.with(|d| !d.notes.is_empty()).then(|| view! {
                        <div class="editor__row">
                            <label for="editor-mention-of">"Or another mention of "</label>
                            <select id="editor-mention-of" on:change=move |ev| target.set(event_target_value(&ev).parse().ok())>
                                <option value="" selected=move || target.get().is_none()>"(choose a note)"</option>
                                {note_options}
                            </select>
                            <button type="button" class="button" on:click=add_mention disabled=move || target.get().is_none()>
                                "Add the mention"
                            </button>
                        </div>
                    })}
                }.into_any(),
            }}
        </section>
    }
}
