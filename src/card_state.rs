//! Which card is open, as a pure reducer that native tests can drive.
//!
//! A card opens **by hover** (after an intent delay) or **by press** (click, tap, Enter or Space).
//! A hover-opened card closes when the pointer leaves both the mark and the card; a pressed card
//! stays until it is dismissed (Esc, the close button, a press elsewhere, or focus leaving both).
//! Pressing the mark of a hover-opened card pins it instead of closing it, so a mouse user who
//! hovers and then clicks keeps the card.

use crate::model::MentionId;

/// How the open card was opened, which decides what closes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// Pointer hover: leaving mark and card closes it.
    Hover,
    /// Click, tap, Enter or Space: only a dismissal closes it.
    Press,
}

/// The open card: which mention it belongs to and how it was opened.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OpenCard {
    /// The mention whose mark opened the card.
    pub mention: MentionId,
    /// How it was opened.
    pub via: Via,
    /// Where the pointer was (viewport coordinates), to pick the line of a wrapped phrase.
    pub pointer: Option<(f64, f64)>,
}

/// What can happen to cards.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CardEvent {
    /// The pointer rested on a mark for the intent delay.
    HoverIntent { mention: MentionId, pointer: Option<(f64, f64)> },
    /// A mark was clicked, tapped, or activated with Enter or Space.
    Press { mention: MentionId, pointer: Option<(f64, f64)> },
    /// The pointer left both the mark and the card (after a grace period).
    PointerLeft,
    /// Focus moved into the card, or the reader pressed inside it: keep it until dismissed.
    Engaged,
    /// Esc, the close button, a press outside, or focus leaving both mark and card.
    Dismiss,
}

/// The next open card after `event`.
pub fn reduce(current: Option<OpenCard>, event: CardEvent) -> Option<OpenCard> {
    match event {
        CardEvent::HoverIntent { mention, pointer } => match current {
            Some(open) if open.via == Via::Press => Some(open),
            _ => Some(OpenCard { mention, via: Via::Hover, pointer }),
        },
        CardEvent::Press { mention, pointer } => match current {
            Some(open) if open.mention == mention && open.via == Via::Press => None,
            Some(open) if open.mention == mention => Some(OpenCard { via: Via::Press, ..open }),
            _ => Some(OpenCard { mention, via: Via::Press, pointer }),
        },
        CardEvent::PointerLeft => current.filter(|open| open.via == Via::Press),
        CardEvent::Engaged => current.map(|open| OpenCard { via: Via::Press, ..open }),
        CardEvent::Dismiss => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{CardEvent, OpenCard, Via, reduce};
    use crate::model::MentionId;

    const A: MentionId = MentionId(1);
    const B: MentionId = MentionId(2);

    fn run(events: &[CardEvent]) -> Option<OpenCard> {
        events.iter().fold(None, |open, &event| reduce(open, event))
    }

    fn hover(mention: MentionId) -> CardEvent {
        CardEvent::HoverIntent { mention, pointer: Some((1.0, 2.0)) }
    }

    fn press(mention: MentionId) -> CardEvent {
        CardEvent::Press { mention, pointer: None }
    }

    #[test]
    fn hover_opens_and_leaving_closes() {
        assert_eq!(run(&[hover(A)]).map(|o| (o.mention, o.via)), Some((A, Via::Hover)));
        assert_eq!(run(&[hover(A), CardEvent::PointerLeft]), None);
    }

    #[test]
    fn pressing_toggles_and_leaving_does_not_close_a_pressed_card() {
        assert_eq!(run(&[press(A), CardEvent::PointerLeft]).map(|o| o.via), Some(Via::Press));
        assert_eq!(run(&[press(A), press(A)]), None);
    }

    #[test]
    fn pressing_a_hovered_mark_pins_its_card_instead_of_closing_it() {
        let open = run(&[hover(A), press(A)]).expect("still open");
        assert_eq!((open.mention, open.via, open.pointer), (A, Via::Press, Some((1.0, 2.0))));
    }

    #[test]
    fn only_one_card_is_open_and_pressing_another_mark_switches() {
        assert_eq!(run(&[press(A), press(B)]).map(|o| o.mention), Some(B));
        assert_eq!(run(&[hover(A), hover(B)]).map(|o| o.mention), Some(B));
    }

    #[test]
    fn hovering_another_mark_does_not_replace_a_pressed_card() {
        assert_eq!(run(&[press(A), hover(B)]).map(|o| o.mention), Some(A));
    }

    #[test]
    fn engaging_with_a_hovered_card_keeps_it_open_when_the_pointer_leaves() {
        assert!(run(&[hover(A), CardEvent::Engaged, CardEvent::PointerLeft]).is_some());
    }

    #[test]
    fn dismiss_closes_whatever_is_open() {
        assert_eq!(run(&[press(A), CardEvent::Dismiss]), None);
        assert_eq!(run(&[hover(A), CardEvent::Dismiss]), None);
    }
}
