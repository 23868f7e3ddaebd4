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
//! browser's until it closes (see [`take_over`]).
//!
//! In a frame, a source link opens its new tab through the app, which so learns when the frame may
//! not open one (an iframe sandboxed without `allow-popups`, as content systems embed by
//! address): the card then says so and offers the address to copy, instead of nothing happening.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, KeyboardEvent, MouseEvent, PointerEvent};

use super::{CardContent, panel_edge};
use crate::card_state::{OpenCard, Via};
use crate::focus::{card_element, closest, focus_mark, focusables};
use crate::ids::{card_id, opener_id, title_id, trigger_id};
use crate::keys::is_tab;
use crate::labels::decimal;
use crate::model::{Dataset, MentionId, NoteId, NoteIndex, NoteKind};
use crate::placement::{MARGIN, Placement, Rect, pick_line, place};
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

/// Shows the open card and hides the one before, then places it at once, in the same task, so it
/// is first painted where it belongs; and again after the frame's updates, in case its content
/// changed with the mention (another mention of the same note). Where `sheets` is false (an
/// embed) a card always floats beside its phrase.
pub fn show_open_card(index: &'static NoteIndex, state: CardState, sheets: bool) {
    let resized = RwSignal::new(0u32);
    Effect::new(move |_| {
        let handle = window_event_listener(leptos::ev::resize, move |_| resized.update(|n| *n = n.wrapping_add(1)));
        on_cleanup(move || handle.remove());
    });
    Effect::new(move |before: Option<(Option<OpenCard>, u32)>| {
        let (open, size) = (state.current(), resized.get());
        let (was, was_size) = before.unwrap_or((None, size));
        let note_of = |o: OpenCard| index.note_of(o.mention);
        if let Some(card) =
            was.filter(|w| open.is_none_or(|o| note_of(o) != note_of(*w))).and_then(|w| card_of(index, w.mention))
        {
            _ = card.hide_popover();
        }
        if open.is_none() {
            sheet_room(false);
        }
        if was.map(|w| w.mention) != open.map(|o| o.mention) {
            read_after_its_block(index, was, open);
        }
        if let Some((open, card)) = open.and_then(|o| Some((o, card_of(index, o.mention)?))) {
            // A card the browser opened before the app took over keeps its place until it moves.
            let adopted = was.is_none() && is_open(&card) && size == was_size;
            if !is_open(&card) {
                _ = card.show_popover();
            }
            // Every card opens at its top, with its title and close button in view, whatever the
            // reader scrolled to in it (or in another mention's) before.
            if !adopted && was.is_none_or(|w| w.mention != open.mention) {
                card.set_scroll_top(0);
            }
            // The same mention's card, opened another way (a hover card the reader clicked
            // into, which then stays), stays where it is: placing it again would move what the
            // reader is about to click from under the pointer.
            let opened = was.is_none_or(|w| w.mention != open.mention);
            if !adopted && (opened || size != was_size) {
                // Only a card just opened brings its phrase into view: after a resize (a phone's
                // address bar comes and goes as the reader scrolls) the page stays where they are.
                let reveal = opened;
                position(&card, open, sheets, reveal);
                request_animation_frame(move || {
                    if state.current_untracked() == Some(open) {
                        position(&card, open, sheets, reveal);
                    }
                });
            }
        }
        (open, size)
    });
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
    let (id, kind, first) = index.note(note).map_or(("", NoteKind::Context, MentionId(0)), |n| {
        (n.id.as_str(), n.kind, n.mentions.first().copied().unwrap_or(MentionId(0)))
    });
    // Only a change of this reaches the card's content.
    let mention = Signal::from(Memo::new(move |_| {
        state.current().map(|o| o.mention).filter(|&m| index.note_of(m) == Some(note)).unwrap_or(first)
    }));
    provide_context(CardMention(mention));
    // A bottom sheet starts at half the screen and grows to most of it once the reader scrolls in
    // it; it starts small again for the next mention.
    let grown = RwSignal::new(false);
    // A source link this frame could not open: its address and text.
    let blocked = RwSignal::new(None::<(String, String)>);
    Effect::new(move |_| {
        state.current();
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
                        "Links cannot open from this frame. To open “" <bdi>{text.clone()}</bdi>
                        "”, copy its address into a new tab:"
                    </p>
                    <input type="text" readonly value=address aria-label=format!("The address of “{text}”") />
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
            // button's Enter to close it; after, it takes none, since a screen reader reads a
            // focusable dialog whole whenever reading moves into it, and then line by line.
            tabindex=move || (!ready.get()).then_some("-1")
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

/// The app takes the cards over from the browser, before it answers any input: every closed card
/// becomes `popover="manual"`, opened and closed by the app alone; a card the browser has open
/// becomes the app's open card, for the mention whose mark opened it, and stays the browser's
/// (`auto`) until it closes.
pub fn take_over(index: &NoteIndex, state: CardState) {
    for note in index.notes() {
        let Some(card) = document().get_element_by_id(&card_id(&note.id)) else { continue };
        if !is_open(&card) {
            _ = card.set_attribute("popover", "manual");
        } else if let Some(mention) = opener_of(&card, &note.mentions) {
            state.press(mention, None);
        }
    }
}

/// Which of `mentions` opened the browser's open `card`: the one whose mark has focus (a keyboard,
/// and most mice, focus the button they press), else the one whose mark is nearest the card,
/// which hangs from it (or, as a sheet, is nearest the phrase the reader was at).
fn opener_of(card: &Element, mentions: &[MentionId]) -> Option<MentionId> {
    let marks = mentions.iter().filter_map(|&m| Some((m, document().get_element_by_id(&opener_id(m))?)));
    let active = document().active_element();
    if let Some((mention, _)) = marks.clone().find(|(_, mark)| Some(mark) == active.as_ref()) {
        return Some(mention);
    }
    let area = card.get_bounding_client_rect();
    let distance = |mark: &Element| {
        let y = mark.get_bounding_client_rect().y();
        (area.top() - y).max(y - area.bottom()).max(0.0)
    };
    marks.min_by(|(_, a), (_, b)| distance(a).total_cmp(&distance(b))).map(|(mention, _)| mention)
}

/// A card closed: when the browser closed it (light dismiss or Esc on a card it had opened
/// before the app took over), it becomes the app's like the others, and the app's open card,
/// if it was this one, closes too.
fn closed_by_the_browser(state: CardState, index: &NoteIndex, note: NoteId, ev: &Event) {
    let Some(card) = ev.current_target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    if is_open(&card) {
        return;
    }
    _ = card.set_attribute("popover", "manual");
    if state.current_untracked().is_some_and(|o| index.note_of(o.mention) == Some(note)) {
        state.dismiss();
    }
}

/// The card of `mention`'s note.
fn card_of(index: &NoteIndex, mention: MentionId) -> Option<HtmlElement> {
    card_element(index, mention)?.dyn_into().ok()
}

/// Has assistive technology read the open card right after the block of the article (paragraph,
/// heading, quote) that holds its phrase, and no longer the card before: the block `aria-owns`
/// it. In the document every card follows the article (a popover is drawn above the page wherever
/// it is, and inside the article it would take the article's styles), so a screen reader would
/// otherwise read it after "End of the article", and reading up out of it would leave the card
/// and the reader's place behind.
fn read_after_its_block(index: &NoteIndex, was: Option<OpenCard>, open: Option<OpenCard>) {
    let block_of = |mention: MentionId| {
        document().get_element_by_id(&opener_id(mention))?.closest(".article > *, .article__header > *").ok().flatten()
    };
    if let Some(block) = was.and_then(|w| block_of(w.mention)) {
        _ = block.remove_attribute("aria-owns");
    }
    if let Some((block, note)) = open.and_then(|o| Some((block_of(o.mention)?, index.note(index.note_of(o.mention)?)?)))
    {
        _ = block.set_attribute("aria-owns", &card_id(&note.id));
    }
}

/// Gives the page room under its last line while a sheet is open, or takes it back (see
/// `style/card.css`): the root's `data-sheet`.
fn sheet_room(open: bool) {
    if let Some(root) = document().document_element() {
        _ = if open { root.set_attribute("data-sheet", "") } else { root.remove_attribute("data-sheet") };
    }
}

/// A window shorter than this (CSS pixels) brings a phrase up under the header to give its card
/// the room below it.
const SHORT_WINDOW: f64 = 520.0;

/// Whether a card is showing.
pub fn is_open(card: &Element) -> bool {
    card.matches(":popover-open").unwrap_or(false)
}

/// Places the card beside the open mention's mark, or clears its position for the bottom sheet
/// (scrolling the phrase up out from under it if `reveal`). Measuring and placing is layout work the browser does at once, so it is done on the element
/// itself rather than through reactive attributes.
fn position(card: &HtmlElement, open: OpenCard, sheets: bool, reveal: bool) {
    let Some(mark) = document().get_element_by_id(&trigger_id(open.mention)) else {
        return;
    };
    let rects = mark.get_client_rects();
    let lines: Vec<Rect> = (0..rects.length())
        .filter_map(|i| rects.item(i))
        .map(|r| Rect { left: r.left(), top: r.top(), width: r.width(), height: r.height() })
        .collect();
    let window = window();
    let number = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let width = f64::from(document().document_element().map_or(0, |e| e.client_width()));
    // Beside an open panel, the card keeps to the article's side of it (over the article, the
    // panel steps aside for the card it opens).
    let width = panel_edge().unwrap_or(width);
    let viewport = (width, number(window.inner_height()));
    let style = card.style();
    _ = style.remove_property("max-height");
    // Measured as a floating card: 100vw counts a vertical scrollbar; the room it has does not.
    _ = card.set_attribute("data-side", "below");
    _ = style.set_property("max-width", &px((viewport.0 - 2.0 * MARGIN).max(0.0)));
    let size = card.get_bounding_client_rect();
    let Some(line) = pick_line(&lines, open.pointer) else {
        return;
    };
    // In an embed, the card keeps to the part of the frame the host shows (where it has said).
    let (shown_top, viewport) = match crate::host_view::visible() {
        Some((top, height)) if !sheets => {
            // A phrase outside that part was just scrolled to (from the panel, Next, a note
            // link): the host centres it, as `scrollIntoView` asks, and says so only after the
            // card is placed. The card is placed for that view: a screen as tall as the part
            // seen so far, centred on the phrase, cut by the frame's top and bottom, less a tenth
            // at each end for a host that centres it a little off (WebKit, a host's own header).
            let middle = line.top + line.height / 2.0;
            if middle < top || middle > top + height {
                let frame = f64::from(document().document_element().map_or(0, |e| e.scroll_height()));
                let (top, bottom) = ((middle - 0.4 * height).max(0.0), (middle + 0.4 * height).min(frame));
                (top, (viewport.0, bottom - top))
            } else {
                (top, (viewport.0, height))
            }
        }
        _ => (0.0, viewport),
    };
    let line = Rect { top: line.top - shown_top, ..line };
    let placement = place(line, (size.width(), size.height()), viewport, sheets);
    // In a short window (a laptop at 200 % zoom), a card cut to the room beside a phrase in the
    // middle shows a line or two: a card the reader asked for (not a passing hover, which a
    // scroll would move from under the pointer) gets the window's height below the phrase,
    // brought up under the header.
    if let Placement::Floating { max_height: Some(_), .. } = placement
        && reveal
        && open.via == Via::Press
        && shown_top == 0.0
        && viewport.1 < SHORT_WINDOW
    {
        let header = document()
            .query_selector(".page__brand")
            .ok()
            .flatten()
            .map_or(0.0, |h| h.get_bounding_client_rect().bottom());
        let lift = (line.top - header - MARGIN).floor();
        if lift > 1.0 {
            window.scroll_by_with_x_and_y(0.0, lift);
            return position(card, open, sheets, false);
        }
    }
    match placement {
        Placement::Sheet => {
            _ = style.remove_property("max-width");
            _ = style.remove_property("left");
            _ = style.remove_property("top");
            _ = card.set_attribute("data-side", "sheet");
            sheet_room(true);
            // The phrase stays in view above the sheet: the page scrolls it up if the sheet
            // would cover it.
            let sheet_top = card.get_bounding_client_rect().top();
            let covered = line.top + line.height + MARGIN - sheet_top;
            if reveal && covered > 0.0 {
                window.scroll_by_with_x_and_y(0.0, covered.ceil());
            }
        }
        Placement::Floating { left, top, above, max_height } => {
            sheet_room(false);
            let (x, y) = (window.scroll_x().unwrap_or(0.0), window.scroll_y().unwrap_or(0.0));
            if let Some(max_height) = max_height {
                _ = style.set_property("max-height", &px(max_height.floor()));
            }
            _ = style.set_property("left", &px(left + x));
            _ = style.set_property("top", &px(top + shown_top + y));
            _ = card.set_attribute("data-side", if above { "above" } else { "below" });
        }
    }
}

/// A length in whole CSS pixels.
fn px(value: f64) -> String {
    format!("{}px", decimal(value, 0))
}
