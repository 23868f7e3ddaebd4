//! The bar for the phrase chosen in the text: selected there with a mouse or a finger, or found
//! here by typing it; and what can be done with it.

use leptos::prelude::*;

use super::text_pane::block_index;
use super::words::{isolated, use_words};
use super::{Editing, Picked};
use crate::i18n::fill;
use crate::model::{BlockKind, Blocks, NoteKind, Quote, anchor_for};

/// How many places a typed phrase lists.
const PLACES: usize = 12;

/// The phrase chosen, and what can be done with it: a new note of each kind, or another mention
/// of a note there is. A phrase can also be typed here, and its place chosen from a list.
#[component]
pub(super) fn PhraseBar() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let w = use_words();
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
                    let place = fill(
                        w.place,
                        &[
                            ("at", &(i + 1).to_string()),
                            ("total", &total.to_string()),
                            ("block", w.block_kinds[block_index(kind)]),
                            ("nth", &nth.to_string()),
                        ],
                    );
                    (block, range.clone(), place, format!("…{}…", &text[from..to]))
                })
                .collect::<Vec<_>>()
        })
    });
    let choose_place = move |block: usize, range: std::ops::Range<usize>| {
        let anchor = editing.draft.with_untracked(|d| anchor_for(&d.texts(), block, range));
        if let Some(anchor) = anchor {
            editing.picked.set(Some(Picked { block, anchor }));
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
            <h2 id="editor-phrase-title">{w.phrase_heading}</h2>
            <label class="editor__field" for="editor-find">{w.find_label}</label>
            <input id="editor-find" type="search" prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev)) />
            {move || {
                let places = places.get();
                (!typed.get().trim().is_empty()).then(|| {
                    if places.is_empty() {
                        view! { <p class="editor__hint" role="status">{w.not_found}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="editor__places" aria-label=w.places>
                                {places.into_iter().map(|(block, range, place, around)| view! {
                                    <li>
                                        <button type="button" class="button editor__place" on:click=move |_| choose_place(block, range.clone())>
                                            <span class="editor__where">{place}</span>
                                            " "
                                            <bdi>{around}</bdi>
                                        </button>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                })
            }}
            {move || match editing.picked.get() {
                None => view! { <p class="editor__hint">{w.none_chosen}</p> }.into_any(),
                Some(picked) => view! {
                    <p class="editor__picked" role="status">
                        {isolated(w.chosen, picked.anchor.exact.clone())}
                        {(!picked.anchor.prefix.is_empty() || !picked.anchor.suffix.is_empty()).then(|| view! {
                            <span class="editor__hint">" " {w.told_apart}</span>
                        })}
                    </p>
                    <label class="editor__check">
                        <input type="checkbox" prop:checked=move || every.get() on:change=move |ev| every.set(event_target_checked(&ev)) />
                        " " {w.mark_every}
                    </label>
                    <div class="editor__row" role="group" aria-label=w.new_note_on_it>
                        {NoteKind::ALL.into_iter().zip(w.new_note).map(|(kind, label)| view! {
                            <button type="button" class="button" on:click=move |_| create(kind)>{label}</button>
                        }).collect_view()}
                    </div>
                    {move || editing.draft.with(|d| !d.notes.is_empty()).then(|| view! {
                        <div class="editor__row">
                            <label for="editor-mention-of">{w.another_mention} " "</label>
                            <select id="editor-mention-of" on:change=move |ev| target.set(event_target_value(&ev).parse().ok())>
                                <option value="" selected=move || target.get().is_none()>{w.choose_note}</option>
                                {note_options}
                            </select>
                            <button type="button" class="button" on:click=add_mention disabled=move || target.get().is_none()>
                                {w.add_mention}
                            </button>
                        </div>
                    })}
                }.into_any(),
            }}
        </section>
    }
}
