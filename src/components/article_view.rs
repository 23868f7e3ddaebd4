//! The article and endnotes in the app, after the banner about where the dataset came from (if
//! the reader must know something about it). They are built once as DOM nodes from the same
//! description as the prerendered page ([`crate::markup`]); after that only attributes change.
//! A few effects keep the marks in step with the shared state (the open card, the highlighted
//! note, the kinds shown), and listeners on `<main>` handle input on every mark: no view code and
//! no subscription per mark, so a long article costs little to keep and nothing to update.

use reactive_graph::owner::StoredValue;
use reactive_graph::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent, Node, PointerEvent};

use super::note_card::focus_first_in_card;
use crate::dom::{closest, document, effect, listen, select_all, set_timeout, window};
use crate::markup::article::{BUTTON_ATTRIBUTES, Marks, article, block, body, mark, mark_class, trigger_id};
use crate::markup::el;
use crate::markup::endnotes::endnotes;
use crate::model::{Dataset, MentionId, NoteId, NoteKind};
use crate::settings::Settings;
use crate::state::{CardState, Highlight, ShownNotes, shared};

/// An article of at most this many runs of text (plain or marked) is built in one task, so the
/// prerendered page the app replaces is matched at once.
const FIRST_RUNS: usize = 600;
/// Of a longer article, the first task builds the blocks holding this many runs, and later tasks
/// the rest: enough to fill a screen, little enough to keep the first task short.
const FIRST_RUNS_OF_LONG: usize = 120;
/// How long one later task may take, in milliseconds: under the 50 ms of a long task.
const TASK_BUDGET_MS: f64 = 25.0;

/// The prerendered page's article and endnotes, which the app keeps rather than builds again
/// when they are of the dataset it shows.
pub struct Prerendered {
    article: Element,
    endnotes: Element,
}

impl Prerendered {
    /// The article and endnotes in the prerendered page `page`, if it holds them.
    pub fn find(page: &Element) -> Option<Self> {
        let part = |selector| page.query_selector(selector).ok().flatten();
        Some(Self { article: part("article.article")?, endnotes: part("section.endnotes")? })
    }

    /// The article and endnotes, their marks made the app's (see [`Marks::Buttons`]): if every
    /// mark is there, in reading order, for the note `dataset` has there. Otherwise `None`, and
    /// nothing has changed.
    fn adopt(self, dataset: &Dataset, marks: Marks) -> Option<(Element, Element)> {
        let links = select_all::<Element>(&self.article, "a.mark");
        let matches = links.len() == dataset.mentions.len()
            && links.iter().enumerate().all(|(i, link)| {
                link.get_attribute("data-note").as_deref() == Some(dataset.note_of(MentionId(i)).id.as_str())
            });
        if !matches {
            return None;
        }
        let document = document();
        for (i, link) in links.iter().enumerate() {
            let mention = MentionId(i);
            _ = link.replace_with_with_node_1(
                &mark(dataset, mention, dataset.mention_text(mention), marks).to_dom(&document),
            );
        }
        Some((self.article, self.endnotes))
    }
}

/// `<main>`: the banner about where the dataset came from, if any, the whole article,
/// set for reading, then the endnotes; kept from the prerendered page (`adopted`) where they are
/// this dataset's, else built.
pub fn article_view(
    dataset: &'static Dataset,
    banner: Option<crate::markup::Element<'static>>,
    adopted: Option<Prerendered>,
) -> Element {
    let state = shared::<CardState>();
    let shown = shared::<ShownNotes>();
    let highlight = shared::<Highlight>();
    let document = document();
    let main = el("main").attr("id", "main").to_dom(&document);
    if let Some(banner) = banner {
        _ = main.append_child(&banner.to_dom(&document));
    }
    let marks = Marks::Buttons(shown.get_untracked(), highlight.current_untracked());
    let (article, endnotes) = adopted.and_then(|page| page.adopt(dataset, marks)).unwrap_or_else(|| {
        let runs: Vec<usize> = body(dataset).map(|b| b.segments.len()).collect();
        let first = first_chunk(&runs);
        let article = article(dataset, marks, first).to_dom(&document);
        if first < runs.len() {
            build_later(dataset, shown, highlight, article.clone(), first);
        }
        (article, endnotes(dataset).to_dom(&document))
    });
    _ = main.append_child(&article);
    _ = main.append_child(&endnotes);
    keep_marks_in_step(dataset, state, shown, highlight);

    let mark = move |ev: &Event| mark_of(dataset, ev).filter(|&(_, kind)| shown.shows_untracked(kind));
    listen(&main, "pointerover", move |ev: PointerEvent| {
        if let (true, Some((mention, _))) = (ev.pointer_type() == "mouse" && !from_same_mark(&ev), mark(&ev)) {
            state.hover(mention, (f64::from(ev.client_x()), f64::from(ev.client_y())));
        }
    });
    listen(&main, "pointerout", move |ev: PointerEvent| {
        if ev.pointer_type() == "mouse" && !from_same_mark(&ev) && mark_of(dataset, &ev).is_some() {
            state.pointer_left();
        }
    });
    listen(&main, "click", move |ev: MouseEvent| {
        if let Some((mention, _)) = mark(&ev) {
            let pointer = (ev.detail() > 0).then(|| (f64::from(ev.client_x()), f64::from(ev.client_y())));
            state.press(mention, pointer);
        }
    });
    listen(&main, "keydown", move |ev: KeyboardEvent| {
        let Some((mention, _)) = mark(&ev) else { return };
        match ev.key().as_str() {
            "Enter" => {
                ev.prevent_default();
                if !ev.repeat() {
                    state.press(mention, None);
                }
            }
            // Space activates on release, like a native button; stop it scrolling the page.
            " " => ev.prevent_default(),
            // Tab from an open card's mark moves into the card (when it has something to focus).
            "Tab" if !ev.shift_key() && state.is_open_untracked_for(mention) && focus_first_in_card() => {
                ev.prevent_default()
            }
            _ => {}
        }
    });
    listen(&main, "keyup", move |ev: KeyboardEvent| {
        if let (" ", Some((mention, _))) = (ev.key().as_str(), mark(&ev)) {
            state.press(mention, None);
        }
    });
    main
}

/// The mention whose mark an event happened on (or inside), and its kind of note.
fn mark_of(dataset: &Dataset, ev: &Event) -> Option<(MentionId, NoteKind)> {
    let mark = closest(ev, "[data-mention]")?;
    let mention = MentionId(mark.get_attribute("data-mention")?.parse().ok()?);
    (mention.0 < dataset.mentions.len()).then(|| (mention, dataset.note_of(mention).kind()))
}

/// Whether the pointer moved between a mark and something inside it: not an entry or exit.
fn from_same_mark(ev: &PointerEvent) -> bool {
    let mark = closest(ev, "[data-mention]");
    let other = ev.related_target().and_then(|t| t.dyn_into::<Node>().ok());
    mark.is_some_and(|mark| other.is_some_and(|other| mark.contains(Some(&other))))
}

/// Effects that set the marks' attributes as the state changes: `aria-expanded` on the open
/// card's mark, `data-highlight` on the highlighted note's marks, and every mark's style and role
/// when the reader shows or hides a kind (in one pass over the marks).
fn keep_marks_in_step(dataset: &'static Dataset, state: CardState, shown: ShownNotes, highlight: Highlight) {
    let marks_of = |mention: MentionId| document().get_element_by_id(&trigger_id(mention));
    let mut expanded_before = None;
    effect(move || {
        let open = state.current().map(|o| o.mention);
        for (mention, expanded) in [(expanded_before, "false"), (open, "true")] {
            // A mark that is not a button (its kind is hidden) has no expanded state.
            if let Some(mark) = mention.and_then(marks_of).filter(|m| m.has_attribute("role")) {
                _ = mark.set_attribute("aria-expanded", expanded);
            }
        }
        expanded_before = open;
    });
    let mut highlighted_before = None;
    effect(move || {
        let note = highlight.current();
        let marks = |note: Option<NoteId>| {
            note.into_iter().flat_map(|n| dataset.notes[n.0].mentions.iter().copied()).filter_map(marks_of)
        };
        for mark in marks(highlighted_before) {
            _ = mark.remove_attribute("data-highlight");
        }
        for mark in marks(note) {
            _ = mark.set_attribute("data-highlight", "");
        }
        highlighted_before = note;
    });
    let mut shown_before = None;
    effect(move || {
        let settings = shown.get();
        if shown_before.is_some_and(|p| p != settings)
            && let Some(main) = document().get_element_by_id("main")
        {
            switch_marks(&main, settings);
        }
        shown_before = Some(settings);
    });
}

/// Makes every mark of a hidden kind plain text (no role, no tab stop, no ARIA state, no
/// style) and every mark of a shown kind a button again: one pass over the marks under `root`
/// when the reader changes what is shown, rather than a subscription per mark.
pub fn switch_marks(root: &Element, settings: Settings) {
    for mark in select_all::<Element>(root, "[data-mention]") {
        let Some(kind) = mark.get_attribute("data-kind").and_then(|k| NoteKind::from_name(&k)) else { continue };
        let on = settings.shows(kind);
        _ = mark.set_attribute("class", &mark_class(kind, on));
        for (name, value) in BUTTON_ATTRIBUTES {
            _ = if on { mark.set_attribute(name, value) } else { mark.remove_attribute(name) };
        }
    }
}

/// How many blocks are built at once: all of an ordinary article, and of a very long one the
/// blocks holding the first [`FIRST_RUNS_OF_LONG`] runs.
fn first_chunk(runs: &[usize]) -> usize {
    if runs.iter().sum::<usize>() <= FIRST_RUNS {
        return runs.len();
    }
    let mut total = 0;
    runs.iter()
        .take_while(|&&n| {
            total += n;
            total <= FIRST_RUNS_OF_LONG
        })
        .count()
        .max(1)
}

/// Builds the blocks of the article's body from `from` on, a few at a time, one task each,
/// sizing each step so a task (the step and the layout it causes) stays near
/// [`TASK_BUDGET_MS`]. Marks take the kinds shown and the note highlighted at the time they are
/// built.
fn build_later(dataset: &'static Dataset, shown: ShownNotes, highlight: Highlight, article: Element, from: usize) {
    let now = || window().performance().map_or(0.0, |p| p.now());
    let total = body(dataset).count();
    // (next block, blocks per step, when the last step started); gone once the app unmounts.
    let progress = StoredValue::new((from, 4usize, now()));
    fn next(
        dataset: &'static Dataset,
        article: Element,
        total: usize,
        progress: StoredValue<(usize, usize, f64)>,
        state: (ShownNotes, Highlight),
        now: fn() -> f64,
    ) {
        set_timeout(
            move || {
                // Stop quietly if the article has been unmounted meanwhile.
                let Some((start, size, started)) = progress.try_get_value() else { return };
                let took = (now() - started).max(1.0);
                let size = ((size as f64 * (TASK_BUDGET_MS / took).clamp(0.5, 2.0)) as usize).max(1);
                let end = (start + size).min(total);
                let marks = Marks::Buttons(state.0.get_untracked(), state.1.current_untracked());
                let document = document();
                for b in body(dataset).skip(start).take(end - start) {
                    _ = article.append_child(&block(dataset, b, marks).to_dom(&document));
                }
                progress.set_value((end, size, now()));
                if end < total {
                    next(dataset, article, total, progress, state, now);
                }
            },
            std::time::Duration::ZERO,
        );
    }
    next(dataset, article, total, progress, (shown, highlight), now);
}

#[cfg(test)]
mod tests {
    use super::{FIRST_RUNS, FIRST_RUNS_OF_LONG, first_chunk};

    #[test]
    fn an_ordinary_article_renders_at_once_and_a_long_one_starts_with_a_chunk() {
        assert_eq!(first_chunk(&[20; 13]), 13);
        assert_eq!(first_chunk(&[20; FIRST_RUNS / 20]), FIRST_RUNS / 20);
        assert_eq!(first_chunk(&[30; 1300]), FIRST_RUNS_OF_LONG / 30);
        assert_eq!(first_chunk(&[FIRST_RUNS + 1, 5]), 1, "at least one block");
        assert_eq!(first_chunk(&[]), 0);
    }
}
