//! Card placement: pure layout maths, in viewport coordinates (CSS pixels).
//!
//! A card opens below the line of the marked phrase it belongs to, or above when there is more
//! room there, its start edge under the phrase's (the left in a left-to-right page, the right in
//! a right-to-left one), and shifts sideways to stay inside the viewport. Below [`SHEET_BELOW`] pixels of
//! viewport width it is a bottom sheet instead, laid out by CSS.

/// Viewport width under which a card becomes a bottom sheet (kept in step with `card.css`).
pub const SHEET_BELOW: f64 = 600.0;
/// Space between the marked line and the card.
pub const GAP: f64 = 6.0;
/// Space kept between the card and the viewport's edges.
pub const MARGIN: f64 = 8.0;

/// A rectangle, as `getBoundingClientRect` gives it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    fn bottom(&self) -> f64 {
        self.top + self.height
    }
}

/// Where a card goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Placement {
    /// A sheet along the bottom of a narrow viewport.
    Sheet,
    /// Floating beside the marked line: top-left corner in viewport coordinates, and the height
    /// it must shrink to (scrolling inside) when it is taller than the room on its side.
    Floating { left: f64, top: f64, above: bool, max_height: Option<f64> },
}

/// Of the line boxes of a marked phrase (one per line when it wraps), the one the card should
/// hang from: the line under the pointer where there is a pointer, else the first line.
pub fn pick_line(lines: &[Rect], pointer: Option<(f64, f64)>) -> Option<Rect> {
    let first = *lines.first()?;
    let Some((x, y)) = pointer else {
        return Some(first);
    };
    let distance = |r: &Rect| {
        let dx = (r.left - x).max(x - (r.left + r.width)).max(0.0);
        let dy = (r.top - y).max(y - r.bottom()).max(0.0);
        dx * dx + dy * dy
    };
    lines.iter().copied().min_by(|a, b| distance(a).total_cmp(&distance(b)))
}

/// The least height a card shrinks to, even when that means covering part of its line.
pub const MIN_HEIGHT: f64 = 160.0;

/// The part of the viewport a card may take: between `left` and `right` (an open panel beside the
/// article takes the rest), `height` tall; `rtl` where the page reads right to left.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Room {
    pub left: f64,
    pub right: f64,
    pub height: f64,
    pub rtl: bool,
}

/// Places a card of `card` size (width, height) next to the `line` it belongs to, within `room`.
/// The card never covers its line unless the room on both sides is under [`MIN_HEIGHT`]. An
/// embed, whose viewport is the whole article, never gets a sheet (`sheets` false): its bottom
/// would be far from the phrase.
pub fn place_in(line: Rect, card: (f64, f64), room: Room, sheets: bool) -> Placement {
    let (width, height) = card;
    let vh = room.height;
    if sheets && room.right - room.left < SHEET_BELOW {
        return Placement::Sheet;
    }
    let room_below = vh - line.bottom() - GAP - MARGIN;
    let room_above = line.top - GAP - MARGIN;
    let above = height > room_below && room_above > room_below;
    let side = if above { room_above } else { room_below };
    let max_height = (height > side).then(|| side.max(MIN_HEIGHT).min(vh - 2.0 * MARGIN));
    let height = max_height.unwrap_or(height);
    let top = if above { line.top - GAP - height } else { line.bottom() + GAP };
    let top = top.min(vh - MARGIN - height).max(MARGIN);
    let start = if room.rtl { line.left + line.width - width } else { line.left };
    let left = start.min(room.right - MARGIN - width).max(room.left + MARGIN);
    Placement::Floating { left, top, above, max_height }
}

#[cfg(test)]
mod tests {
    use super::{Placement, Rect, Room, pick_line, place_in};

    /// Places a card in a left-to-right viewport of `viewport` size, all of it the card's room.
    fn place(line: Rect, card: (f64, f64), viewport: (f64, f64), sheets: bool) -> Placement {
        place_in(line, card, Room { left: 0.0, right: viewport.0, height: viewport.1, rtl: false }, sheets)
    }

    const VIEWPORT: (f64, f64) = (1280.0, 800.0);
    const CARD: (f64, f64) = (360.0, 240.0);

    fn line(left: f64, top: f64) -> Rect {
        Rect { left, top, width: 80.0, height: 20.0 }
    }

    fn inside(p: Placement, card: (f64, f64), viewport: (f64, f64)) -> bool {
        match p {
            Placement::Sheet => true,
            Placement::Floating { left, top, max_height, .. } => {
                let height = max_height.unwrap_or(card.1);
                left >= 0.0 && top >= 0.0 && left + card.0 <= viewport.0 && top + height <= viewport.1
            }
        }
    }

    #[test]
    fn in_a_right_to_left_page_the_card_hangs_from_the_phrases_right_edge_and_keeps_clear_of_the_panel() {
        let room = Room { left: 0.0, right: 1280.0, height: 800.0, rtl: true };
        // The phrase ends (on the right) at 900: so does the card.
        assert_eq!(
            place_in(line(820.0, 100.0), CARD, room, true),
            Placement::Floating { left: 540.0, top: 126.0, above: false, max_height: None }
        );
        // Near the left edge, with the panel open on the left (the inline end), it keeps to the
        // article's side of the panel.
        let beside_panel = Room { left: 400.0, ..room };
        let Placement::Floating { left, .. } = place_in(line(420.0, 100.0), CARD, beside_panel, true) else {
            panic!("a card")
        };
        assert_eq!(left, 408.0);
    }

    #[test]
    fn opens_below_the_line_when_there_is_room() {
        assert_eq!(
            place(line(100.0, 100.0), CARD, VIEWPORT, true),
            Placement::Floating { left: 100.0, top: 126.0, above: false, max_height: None }
        );
    }

    #[test]
    fn flips_above_near_the_bottom_edge() {
        let p = place(line(100.0, 700.0), CARD, VIEWPORT, true);
        assert_eq!(p, Placement::Floating { left: 100.0, top: 454.0, above: true, max_height: None });
    }

    #[test]
    fn shifts_left_at_the_right_edge_and_right_at_the_left_edge() {
        assert!(matches!(place(line(1250.0, 100.0), CARD, VIEWPORT, true), Placement::Floating { left: 912.0, .. }));
        assert!(matches!(place(line(-30.0, 100.0), CARD, VIEWPORT, true), Placement::Floating { left: 8.0, .. }));
    }

    #[test]
    fn stays_inside_the_viewport_wherever_the_line_is() {
        for viewport in [(768.0, 1024.0), (1280.0, 800.0), (600.0, 400.0)] {
            for x in [-50.0, 0.0, 300.0, 700.0, 1300.0] {
                for y in [-40.0, 0.0, 200.0, 390.0, 790.0, 1100.0] {
                    let p = place(line(x, y), CARD, viewport, true);
                    assert!(inside(p, CARD, viewport), "{p:?} for line at {x},{y} in {viewport:?}");
                }
            }
        }
    }

    #[test]
    fn a_card_taller_than_the_room_on_either_side_shrinks_instead_of_covering_its_line() {
        let tall = (360.0, 700.0);
        let Placement::Floating { top, above, max_height: Some(max_height), .. } =
            place(line(100.0, 400.0), tall, VIEWPORT, true)
        else {
            panic!("expected a shrunk floating card");
        };
        assert!(above, "more room above the line");
        assert_eq!(max_height, 400.0 - 6.0 - 8.0);
        assert!(top + max_height <= 400.0 - 6.0, "the card ends above the line");
    }

    #[test]
    fn narrow_viewports_get_a_bottom_sheet() {
        assert_eq!(place(line(10.0, 10.0), CARD, (320.0, 640.0), true), Placement::Sheet);
        assert_eq!(place(line(10.0, 10.0), CARD, (599.0, 640.0), true), Placement::Sheet);
        let embedded = place(line(10.0, 10.0), (300.0, 240.0), (320.0, 4000.0), false);
        assert!(matches!(embedded, Placement::Floating { left: 10.0, top: 36.0, above: false, .. }), "{embedded:?}");
    }

    #[test]
    fn a_wrapped_phrase_hangs_the_card_from_the_line_under_the_pointer() {
        let lines = [
            Rect { left: 600.0, top: 100.0, width: 200.0, height: 20.0 },
            Rect { left: 40.0, top: 124.0, width: 90.0, height: 20.0 },
        ];
        assert_eq!(pick_line(&lines, Some((60.0, 130.0))), Some(lines[1]));
        assert_eq!(pick_line(&lines, Some((700.0, 105.0))), Some(lines[0]));
        assert_eq!(pick_line(&lines, None), Some(lines[0]));
        assert_eq!(pick_line(&[], None), None);
    }
}
