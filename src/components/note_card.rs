//! The cards: one non-modal dialog per note, each a `popover` in the page's HTML, placed beside
//! the mark that opened it.
//!
//! Until the app takes over (and without the wasm) the browser opens them: every mark's button
//! is a `popovertarget`, so a click, tap, Enter or Space opens its note's card, Tab moves into it,
//! Esc, a press outside or its close button close it, and one card is open at a time
//! (`popover="auto"`). Where CSS anchor positioning works the card hangs from its phrase;
//! elsewhere it is a sheet at the bottom of the viewport (see `style/card.css`).
//!
//! Once the app has taken over, the cards are `popover="manual"` and follow [`CardState`]: the
//! app adds hover intent and the hoverable hover card, places the card beside the right line of a
//! wrapped phrase, and keeps focus in the ARIA Authoring Practices non-modal dialog pattern: the
//! mark keeps focus when the card opens; Tab from the mark moves into the card, Tab past the
//! card's last control continues after the mark, Shift+Tab from its first control returns to the
//! mark, and Esc closes it (handled by the app, which owns the document's listeners). A card the
//! browser opened before then stays open where it is, as the app's open card, and is the
//! browser's until it closes (see `open_card`, which also places the open card).
//!
//! In a frame, a source link opens its new tab through the app, which so learns when the frame may
//! not open one (an iframe sandboxed without `allow-popups`, as content systems embed by
//! address): the card then says so and offers the address to copy, instead of nothing happening.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent, PointerEvent};

use super::CardContent;
use super::open_card::closed_by_the_browser;
use crate::focus::{closest, focus_mark, focusables};
use crate::i18n::{LiveWords, fill};
use crate::ids::{card_id, title_id};
use crate::keys::is_tab;
use crate::model::{Dataset, MentionId, NoteId, NoteIndex, NoteKind};
use crate::state::{CardState, Ready};

/// Every note's card, rendered at build time on the article's page.
#[component]
pub fn NoteCards(
    /// The dataset whose notes the cards show.
    dataset: &'static Dataset,
) -> impl IntoView {
    (0..dataset.notes.len())
        .map(|i| {
            let note = NoteId(i);
            view! {
                <NoteCard note>
                    <CardContent dataset note />
                </NoteCard>
            }
        })
        .collect_view()
}

/// The mention a card is open for, or its note's first while none of its mentions is (provided
/// by each card to what it holds).
#[derive(Clone, Copy)]
pub struct CardMention(pub Signal<MentionId>);

/// One note's card around its content (`children`, rendered at build time): an island, for the
/// focus pattern, the hover card and the close button. (Where the page renders in the browser, an
/// ordinary component whose children keep their type, as [`crate::app::Companion`]'s.)
#[cfg(feature = "islands")]
#[island]
fn NoteCard(
    /// The note.
    note: NoteId,
    /// What the card shows.
    children: Children,
) -> impl IntoView {
    note_card(note, children)
}

/// See the islands build's `NoteCard`.
#[cfg(not(feature = "islands"))]
#[component]
fn NoteCard<C: IntoView + 'static>(
    /// The note.
    note: NoteId,
    /// What the card shows.
    children: TypedChildren<C>,
) -> impl IntoView {
    note_card(note, children.into_inner())
}

/// The body of [`NoteCard`] around its content, rendered (by `content`) once the card's mention is
/// provided.
fn note_card<V: IntoView + 'static>(note: NoteId, content: impl FnOnce() -> V) -> impl IntoView {
    let index = expect_context::<&'static NoteIndex>();
    let state = expect_context::<CardState>();
    let ready = expect_context::<Ready>();
    let words = expect_context::<&'static LiveWords>();
    let (id, kind, first) = index.note(note).map_or(("", NoteKind::Context, MentionId(0)), |n| {
        (n.id.as_str(), n.kind, n.mentions.first().copied().unwrap_or(MentionId(0)))
    });
    // Only a change of this reaches the card's content; only this note's opening, closing or
    // change of mention reaches this card. It starts from the mention the card's markup shows,
    // the note's first, since hydrating takes the markup as it is, and on the article's page a
    // card may be hydrated as it opens for another mention (`src/islands.js`); from the effect
    // after its hydration on, it is the open one.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let mention = Memo::new(move |_| if hydrated.get() { state.open_in(note).unwrap_or(first) } else { first });
    provide_context(CardMention(mention.into()));
    // A bottom sheet starts at half the screen and grows to most of it once the reader scrolls in
    // it; it starts small again for the next mention.
    let grown = RwSignal::new(false);
    // A source link this frame could not open: its address and text.
    let blocked = RwSignal::new(None::<(String, String)>);
    Effect::new(move |_| {
        state.open_in(note);
        if grown.get_untracked() {
            grown.set(false);
        }
        if blocked.with_untracked(Option::is_some) {
            blocked.set(None);
        }
    });
    let on_scroll = move |ev: Event| {
        let Some(card) = ev.current_target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        if card.get_attribute("data-side").as_deref() == Some("sheet") && card.scroll_top() > 0 {
            grown.set(true);
        }
    };
    let on_key_down = move |ev: KeyboardEvent| {
        let (true, Some(open)) = (is_tab(&ev), state.current_untracked()) else { return };
        let Some(card) = ev.current_target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let focusables = focusables(&card);
        let active = document().active_element();
        let is_active = |el: Option<&Element>| el.is_some() && el == active.as_ref();
        if ev.shift_key() && is_active(focusables.first()) {
            ev.prevent_default();
            focus_mark(open.mention);
        } else if !ev.shift_key() && is_active(focusables.last()) {
            // Focus the mark and let the browser's own Tab move on from there.
            focus_mark(open.mention);
        }
    };
    // Without the wasm the close button hides the popover itself; with it, the app closes the
    // card and puts focus back on the mark that opened it.
    let on_click = move |ev: MouseEvent| {
        // The head's link to the sources scrolls the card to them, not the page's address.
        if ready.get_untracked() && closest(&ev, ".card__to-sources").is_some() {
            ev.prevent_default();
            let card = ev.current_target().and_then(|t| t.dyn_into::<Element>().ok());
            if let Some(sources) = card.and_then(|c| c.query_selector(".card__sources").ok().flatten()) {
                sources.scroll_into_view();
            }
            return;
        }
        if ready.get_untracked() && closest(&ev, ".card__close").is_some() {
            ev.prevent_default();
            state.dismiss();
            focus_mark(mention.get_untracked());
            return;
        }
        let plain = ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
        if let (true, true, Some(link)) =
            (ready.get_untracked(), plain && in_a_frame(), closest(&ev, "a[target=_blank]"))
        {
            ev.prevent_default();
            let address = link.get_attribute("href").unwrap_or_default();
            match window().open_with_url_and_target(&address, "_blank") {
                // The new page gets no handle on this one, as `noopener` gives a link.
                Ok(Some(opened)) => _ = opened.set_opener(&wasm_bindgen::JsValue::NULL),
                _ => {
                    blocked.set(Some((address, link.text_content().unwrap_or_default().trim().to_owned())));
                    request_animation_frame(move || {
                        if let Some(field) = document()
                            .query_selector(&format!("#{} .card__blocked input", card_id(id)))
                            .ok()
                            .flatten()
                            .and_then(|f| f.dyn_into::<web_sys::HtmlInputElement>().ok())
                        {
                            _ = field.focus();
                            field.select();
                        }
                    });
                }
            }
        }
    };
    let blocked_note = move || {
        blocked.get().map(|(address, text)| {
            view! {
                <div class="card__blocked" role="alert">
                    <p>
                        {words.blocked_before.as_ref()} <bdi>{text.clone()}</bdi> {words.blocked_after.as_ref()}
                    </p>
                    <input type="text" readonly value=address aria-label=fill(&words.address_of, &[("text", &text)]) />
                </div>
            }
        })
    };
    view! {
        <div
            id=card_id(id)
            class=format!("card card--{}", kind.as_str())
            popover="auto"
            role="dialog"
            aria-labelledby=title_id(id)
            // Until the app takes over the card can take focus, as Firefox needs for the close
            // button's Enter to close it; after, it takes none (`take_over`).
            tabindex="-1"
            on:pointerdown=move |_| state.engaged()
            on:pointerenter=move |ev: PointerEvent| {
                if ev.pointer_type() == "mouse" {
                    state.pointer_back()
                }
            }
            on:pointerleave=move |ev: PointerEvent| {
                if ev.pointer_type() == "mouse" {
                    state.pointer_left()
                }
            }
            data-grown=move || grown.get().then_some("")
            on:keydown=on_key_down
            on:click=on_click
            on:scroll=on_scroll
            on:toggle=move |ev: Event| {
                if ready.get_untracked() {
                    closed_by_the_browser(state, index, note, &ev);
                }
            }
        >
            {content()}
            {blocked_note}
        </div>
    }
}

/// Whether the page is in a frame (embedded), where a link's new tab may not be allowed.
fn in_a_frame() -> bool {
    window().top().ok().flatten().is_some_and(|top| !js_sys::Object::is(&top, &window()))
}
