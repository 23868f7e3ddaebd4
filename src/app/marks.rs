//! The marks kept in step with the page's state: the reader's choices and the take-over (every
//! mark whose looks they change), the highlighted note (its marks), the open card (its mark).
//! A mark is rendered as things stand ([`Mark`](crate::components::Mark)) and is not an island: this is the one place
//! that changes it afterwards, and each change touches only the marks it concerns, so opening a
//! card costs the same in an article of any length.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, NodeList};

use crate::components::MarkLooks;
use crate::ids::{card_id, opener_id, trigger_id};
use crate::model::{MentionId, NoteId, NoteIndex, NoteKind};
use crate::settings::Settings;
use crate::state::{CardState, Highlight, Ready, ShownNotes};

/// Keeps every [`Mark`](crate::components::Mark) in step, from the state each was rendered in: the default settings
/// before the take-over, or, for a mark rendered later (a long article drawn in steps), the
/// state at that moment, which these effects had seen last too.
pub(super) fn keep_the_marks(
    index: &'static NoteIndex,
    state: CardState,
    shown: ShownNotes,
    ready: Ready,
    highlight: Highlight,
) {
    Effect::new(move |before: Option<(Settings, bool)>| {
        let now = (shown.get(), ready.get());
        let (was, was_ready) = before.unwrap_or((Settings::default(), false));
        if (was, was_ready) == now {
            return now;
        }
        let (settings, is_ready) = now;
        let numbers: Vec<[usize; 2]> = (0..index.notes().len())
            .map(|at| [was, settings].map(|s| index.shown_number(NoteId(at), |k| s.shows(k))))
            .collect();
        // Only the marks in the page: one not rendered yet (a long article drawn in steps) is
        // drawn as things stand then.
        for label in marks_in_the_page() {
            let Some(mention) = label.get_attribute("data-mention").and_then(|m| m.parse().ok()).map(MentionId) else {
                continue;
            };
            let Some((at, note)) = index.note_of(mention).and_then(|at| Some((at, index.note(at)?))) else { continue };
            let repeat = index.is_repeat(mention);
            let looks = |settings: Settings, ready, number| MarkLooks {
                marked: settings.marks(note.kind, repeat),
                ready,
                number,
                ..MarkLooks::default()
            };
            let (before, after) =
                (looks(was, was_ready, numbers[at.0][0]), looks(settings, is_ready, numbers[at.0][1]));
            if let Some(button) = label.next_element_sibling() {
                repaint_mark(&label, &button, mention, note.kind, &note.id, before, after);
            }
        }
        now
    });
    Effect::new(move |before: Option<Option<NoteId>>| {
        let now = highlight.current();
        let was = before.flatten();
        if was != now {
            for (note, highlighted) in [(was, false), (now, true)] {
                let Some(note) = note.and_then(|n| index.note(n)) else { continue };
                let after = MarkLooks { highlighted, ..MarkLooks::default() };
                for &mention in &note.mentions {
                    repaint(mention, note.kind, &note.id, MarkLooks { highlighted: !highlighted, ..after }, after);
                }
            }
        }
        now
    });
    Effect::new(move |before: Option<Option<MentionId>>| {
        let now = state.current().map(|o| o.mention).filter(|_| ready.get());
        let was = before.flatten();
        if was != now {
            for (mention, expanded) in [(was, false), (now, true)] {
                let Some(mention) = mention else { continue };
                let after = MarkLooks { expanded, ..MarkLooks::default() };
                repaint(mention, NoteKind::Context, "", MarkLooks { expanded: !expanded, ..after }, after);
            }
        }
        now
    });
}

/// Changes on `mention`'s mark (of a note of `kind` with the id `note`) the attributes in which
/// `after` differs from `before`, as [`Mark`](crate::components::Mark) renders them.
fn repaint(mention: MentionId, kind: NoteKind, note: &str, before: MarkLooks, after: MarkLooks) {
    if before == after {
        return;
    }
    let document = document();
    if let (Some(label), Some(button)) =
        (document.get_element_by_id(&trigger_id(mention)), document.get_element_by_id(&opener_id(mention)))
    {
        repaint_mark(&label, &button, mention, kind, note, before, after);
    }
}

/// Every mark's phrase in the page, in reading order (its button is the element after it).
fn marks_in_the_page() -> impl Iterator<Item = Element> {
    let list = document().query_selector_all("label[data-mention]").ok();
    let count = list.as_ref().map_or(0, NodeList::length);
    (0..count).filter_map(move |i| list.as_ref()?.item(i)?.dyn_into().ok())
}

/// Changes on a mark's phrase `label` and its `button` what [`repaint`] says.
fn repaint_mark(
    label: &Element,
    button: &Element,
    mention: MentionId,
    kind: NoteKind,
    note: &str,
    before: MarkLooks,
    after: MarkLooks,
) {
    if before == after {
        return;
    }
    if before.marked != after.marked {
        set(label, "for", after.marked.then(|| opener_id(mention)).as_deref());
        set(label, "class", Some(after.class(kind)));
        set(label, "aria-hidden", after.marked.then_some("true"));
        set(button, "disabled", (!after.marked).then_some(""));
        set(button, "hidden", (!after.marked).then_some(""));
    }
    if before.ready != after.ready {
        set(button, "popovertarget", (!after.ready).then(|| card_id(note)).as_deref());
    }
    if before.focusable() != after.focusable() {
        set(button, "tabindex", after.focusable().then_some("0"));
    }
    if before.number != after.number {
        set(label, "data-ref", Some(&after.number.to_string()));
    }
    if before.highlighted != after.highlighted {
        set(label, "data-highlight", after.highlighted.then_some(""));
    }
    if before.expanded != after.expanded {
        set(button, "aria-expanded", after.expanded.then_some("true"));
    }
}

/// Sets `name` on `element` to `value`, or removes it where `value` is `None`.
fn set(element: &Element, name: &str, value: Option<&str>) {
    _ = match value {
        Some(value) => element.set_attribute(name, value),
        None => element.remove_attribute(name),
    };
}
